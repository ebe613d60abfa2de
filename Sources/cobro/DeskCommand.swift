import ArgumentParser
import CobroApp
import CobroDomain
import CobroStore
import CobroTemplates
import CobroTerminal
import Foundation

struct DeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk",
        abstract: "Open the desk: the full-screen, keyboard-driven collections desk (the default command).",
        discussion: """
            Keys: 1 Queue, 2 Account, 3 Templates, 4 Agreements, 5 Aging (and Tab) switch screens; ? lists every key of the screen; / filters;
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

    @Option(name: .long, help: ArgumentHelp("The screen the desk opens on: queue (a clerk's day) or aging (an owner's look).", valueName: "queue|aging"))
    var screen: FirstScreen = .queue

    @Option(name: .long, help: ArgumentHelp("Work the desk as if it were this instant (ISO 8601 with offset; training, demos). The clock runs on from there. Default: now.", valueName: "timestamp"))
    var at: InstantArgument?

    enum FirstScreen: String, ExpressibleByArgument, CaseIterable {
        case queue, aging
        var deskScreen: DeskScreen { self == .queue ? .queue : .aging }
    }

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
        // With --at the desk's clock starts there and runs at the real pace.
        let clock: @Sendable () -> Date
        if let start = at?.date {
            let startedAt = Date()
            clock = { start.addingTimeInterval(Date().timeIntervalSince(startedAt)) }
        } else {
            clock = { Date() }
        }
        var context = DeskContext(
            databaseName: URL(fileURLWithPath: database.path).lastPathComponent, user: settings.user,
            language: settings.language, today: today ?? at.map { CivilDate(containing: $0.date, in: settings.timeZone) } ?? settings.today, exportFolder: FileManager.default.currentDirectoryPath,
            timeZone: settings.timeZone, policy: settings.policy, conversionRates: settings.conversionRates,
            clock: clock, firstScreen: screen.deskScreen, role: settings.role,
            agreementMonthLimit: settings.agreementMonthLimit)
        // The templates screen sends reminders as `cobro remind` does: same company, mail,
        // outbox, ladder and interest rules, and the shipped templates seeded when missing.
        context.company = settings.company
        context.mail = settings.mail
        context.outbox = ReminderDelivery.defaultOutbox()
        context.shippedTemplates = try ShippedTemplates.standard()?.load() ?? []
        context.configuredLadder = settings.configuredLadder
        context.latePayment = settings.latePayment
        // Agreements break with the passing days as well as with payments: the desk's day starts
        // by recording what changed since it last looked. Every screen works the effective
        // status out from the payments anyway, so a file opened read-only still opens.
        _ = try? database.recordAgreementTransitions(asOf: context.today, graceDays: settings.policy.agreementGraceDays,
                                                     at: context.clock())
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
