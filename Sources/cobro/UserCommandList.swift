import ArgumentParser
import CobroDomain
import CobroStore
import CobroTerminal
import Foundation

struct UserListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the users: name, role, disabled, created (owner-only once roles are on).")

    @Option(name: .long, help: ArgumentHelp("table (for people) or json.", valueName: "table|json"))
    var format: AgreementFormat = .table

    @OptionGroup var options: DeskOptions

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            let users = try userRefusals(in: settings.language) {
                try database.requireOwner(settings.user, to: .manageUsers)
                return try database.users()
            }
            switch format {
            case .json: print(try UserListJSON.text(users))
            case .table: print(UserListTable(users: users, language: settings.language).text, terminator: "")
            }
        }
    }
}

/// `{"users": [{"name": "ana", "role": "clerk", "disabled": false, "created": "…", "pin": true}]}`:
/// `pin` says whether the user has one (without, they act only from their own login).
enum UserListJSON {
    private struct Entry: Encodable {
        let name: String
        let role: String
        let disabled: Bool
        let created: String
        let pin: Bool
    }

    static func text(_ users: [UserAccount]) throws -> String {
        let entries = users.map { account in
            Entry(name: account.name, role: account.user.role.rawValue, disabled: account.user.disabled,
                  created: account.createdAt.formatted(Date.ISO8601FormatStyle()), pin: account.hasPin)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(["users": entries]), as: UTF8.self)
    }
}

/// The users as aligned columns for people.
struct UserListTable {
    let users: [UserAccount]
    let language: Language

    var text: String {
        let es = language == .es
        guard !users.isEmpty else {
            return (es ? "Sin usuarios: modo de un solo usuario (quien abre el archivo actúa como propietario)."
                : "No users: single-user mode (whoever opens the file acts as owner).") + "\n"
        }
        let header = es ? ["Usuario", "Rol", "Estado", "PIN", "Creado"] : ["User", "Role", "Status", "PIN", "Created"]
        let rows = users.map { account in
            [account.name, account.user.role.name(in: language),
             account.user.disabled ? (es ? "desactivado" : "disabled") : (es ? "activo" : "active"),
             account.hasPin ? (es ? "sí" : "yes") : (es ? "no (solo su acceso)" : "no (own login only)"),
             account.createdAt.formatted(Date.ISO8601FormatStyle())]
        }
        let widths = header.indices.map { column in ([header] + rows).map { TextWidth.of($0[column]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : TextWidth.pad(cell, to: widths[column], alignment: .left)
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
