import ArgumentParser
import CobroDomain
import CobroStore
import Foundation

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Users and roles: add, list and disable users, change a PIN.",
        discussion: """
            A new database is in single-user mode: whoever opens it acts as owner. Adding the first user, who \
            must be an owner, turns roles on (clerk, owner); after that only an owner manages users. The acting \
            user is the login name, or --user NAME with NAME's PIN (typed on the terminal, or $COBRO_PIN). A new \
            PIN is typed twice on the terminal, or taken from $COBRO_NEW_PIN; at least 4 characters.
            """,
        subcommands: [UserAddCommand.self, UserListCommand.self, UserDisableCommand.self, UserPinCommand.self]
    )
}

struct UserAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a user (the first one must be an owner; then owner-only).")

    @Argument(help: ArgumentHelp("The user's name: their login name, to act without a PIN from their own account.", valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("clerk: works the queue, logs contacts, drafts agreements and reminders. owner: everything.", valueName: "clerk|owner"))
    var role: Role

    @Flag(name: .long, help: "No PIN: the user can act only from their own login.")
    var noPin = false

    @OptionGroup var options: DeskOptions

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            let language = settings.language
            try userRefusals(in: language) {
                try database.requireOwner(settings.user, to: .manageUsers)
                let pin = noPin ? nil : try PinPrompt(language: language).newPin(for: name)
                guard noPin || pin != nil else {
                    throw Failure(language == .es
                        ? "cobro: falta el PIN de '\(name)': escríbalo en un terminal, páselo en COBRO_NEW_PIN, o use --no-pin"
                        : "cobro: no PIN for '\(name)': type it on a terminal, pass it in COBRO_NEW_PIN, or use --no-pin")
                }
                let rolesWereOn = !(try database.users().isEmpty)
                try database.addUser(name: name, role: role, pin: pin, at: Date(), by: settings.user)
                print(language == .es ? "Usuario \(name) añadido (\(role.name(in: .es)))." : "Added \(name) (\(role.name(in: .en))).")
                if !rolesWereOn, name != settings.loginName {
                    print(language == .es
                        ? "Los roles están activos: a partir de ahora actúe como \(name) con --user \(name) y su PIN, o desde su propio acceso."
                        : "Roles are on: from now on act as \(name) with --user \(name) and their PIN, or from their own login.")
                }
            }
        }
    }
}

struct UserDisableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable", abstract: "Disable a user, who can no longer act (owner-only; never the last active owner).")

    @Argument(help: ArgumentHelp("The user to disable.", valueName: "name"))
    var name: String

    @OptionGroup var options: DeskOptions

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            try userRefusals(in: settings.language) {
                try database.disableUser(name: name, at: Date(), by: settings.user)
            }
            print(settings.language == .es ? "Usuario \(name) desactivado." : "Disabled \(name).")
        }
    }
}

struct UserPinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pin", abstract: "Change a user's PIN (the user themself, or an owner).")

    @Argument(help: ArgumentHelp("Whose PIN.", valueName: "name"))
    var name: String

    @OptionGroup var options: DeskOptions

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            let language = settings.language
            try userRefusals(in: language) {
                if settings.user != name { try database.requireOwner(settings.user, to: .manageUsers) }
                guard let pin = try PinPrompt(language: language).newPin(for: name) else {
                    throw Failure(language == .es ? "cobro: falta el PIN nuevo: escríbalo en un terminal o páselo en COBRO_NEW_PIN"
                        : "cobro: no new PIN: type it on a terminal or pass it in COBRO_NEW_PIN")
                }
                try database.setPin(of: name, to: pin, at: Date(), by: settings.user)
            }
            print(language == .es ? "PIN de \(name) cambiado." : "Changed the PIN of \(name).")
        }
    }
}

extension Role: ExpressibleByArgument {
    func name(in language: Language) -> String {
        switch self {
        case .clerk: return language == .es ? "gestor" : "clerk"
        case .owner: return language == .es ? "propietario" : "owner"
        }
    }
}

/// A user or role refusal from the store, said in the user's language: one line, exit 1.
func userRefusals<T>(in language: Language, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let refusal as UserError {
        throw Failure("cobro: \(refusal.message(in: language))")
    }
}
