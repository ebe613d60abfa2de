import ArgumentParser
import CobroApp
import CobroDomain
import CobroStore
import CobroTerminal
import Foundation

struct DeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk",
        abstract: "Open the desk: the full-screen, keyboard-driven collections desk (the default command).",
        discussion: """
            Keys: 2 Account, 5 Aging (and Tab) switch screens; ? lists every key of the screen; / filters;
            Enter opens; Esc goes back; q quits. The terminal must be at least 80×24.
            """
    )

    @OptionGroup var desk: DeskDisplayOptions
    @OptionGroup var options: DeskOptions

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            try desk.open(database, settings: settings)
        }
    }
}

/// How the desk looks: shared by `cobro desk` and `cobro demo`, which opens it afterwards.
struct DeskDisplayOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Colour theme: default, dark, high-contrast, mono, or your own. Default: the config file's theme, else default ($NO_COLOR: mono).", valueName: "name"))
    var theme: String?

    /// Opens the desk; `today` overrides the desk's own day (the demo's `--today`).
    func open(_ database: CobroDatabase, settings: DeskSettings, today: CivilDate? = nil) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Failure("cobro: the desk needs a terminal; for scripts use 'cobro report aging' and the other commands")
        }
        let chosenTheme: Theme
        do {
            chosenTheme = try ThemeCatalog.standard().deskTheme(requested: theme ?? settings.themeName)
        } catch {
            throw Failure("cobro: \(error)")
        }
        let context = DeskContext(
            databaseName: URL(fileURLWithPath: database.path).lastPathComponent, user: settings.user,
            language: settings.language, today: today ?? settings.today, exportFolder: FileManager.default.currentDirectoryPath,
            timeZone: settings.timeZone)
        let session: TerminalSession
        do {
            session = try TerminalSession.start(theme: chosenTheme)
        } catch {
            throw Failure("cobro: \(error)")
        }
        defer { session.stop() }
        DeskLoop.run(context: context, data: database, session: session)
    }
}
