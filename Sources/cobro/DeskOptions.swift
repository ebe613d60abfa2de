import ArgumentParser
import CobroDomain
import CobroStore
import Foundation

/// The options every command shares: which database, who acts, which language.
struct DeskOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", discussion: "Default: $COBRO_DB, else $XDG_DATA_HOME/cobro/cobro.sqlite, else ~/.local/share/cobro/cobro.sqlite.", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Who acts (recorded in the audit trail). Default: the login name.", discussion: "Once the database has users, acting as another user needs their PIN: typed on the terminal, or $COBRO_PIN without one.", valueName: "name"))
    var user: String?

    @Option(name: .long, help: ArgumentHelp("Language for people's output: es or en. Default: the config file, else $LANG.", valueName: "es|en"))
    var lang: Language?

    /// The settings these options, the environment and the config file resolve to.
    func settings() throws -> DeskSettings {
        try DeskSettings.resolve(databaseOption: db, userOption: user, languageOption: lang)
    }

    /// Opens the database and checks who acts (asking a PIN if `--user` names someone else),
    /// turning a refusal into a one-line message and exit status 1.
    func openDatabase() throws -> (CobroDatabase, DeskSettings) {
        var settings = try settings()
        let database: CobroDatabase
        do {
            database = try CobroDatabase.open(path: settings.databasePath)
        } catch {
            throw Failure(error.message(in: settings.language))
        }
        try ActingUserCheck.resolve(&settings, userOption: user, database: database)
        return (database, settings)
    }
}

extension Language: ExpressibleByArgument {}

extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
    public static var defaultCompletionKind: CompletionKind { .default }
}

/// A refusal the user can act on: printed to stderr as one line (or one per problem), exit 1.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension ParsableCommand {
    /// Runs `body`, printing a `Failure` (or any store error) to stderr and exiting with 1.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as Failure {
            printError(error.description)
            throw ExitCode(1)
        } catch let error as ImportFailure {
            printError(error.description)
            throw ExitCode(1)
        } catch let error as StoreError {
            printError("cobro: \(error.description)")
            throw ExitCode(1)
        } catch let error as ExitCode {
            throw error
        } catch {
            printError("cobro: \(error)")
            throw ExitCode(1)
        }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
