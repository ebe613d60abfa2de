import ArgumentParser
import CobroDomain
import CobroStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill an empty database with a realistic demo portfolio, then open the desk on it.",
        discussion: """
            Spanish and English customers in EUR, USD, MXN and CLP, invoices of every age around --today,
            full, partial and targeted payments, credit notes, disputed invoices and do-not-call customers.
            The same --seed and --today always make the same portfolio.
            """
    )

    @Option(name: .long, help: "How many customers (about ten invoices each).")
    var customers = 500

    @Option(name: .long, help: "The seed of the generator: the same seed makes the same portfolio.")
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("The day the portfolio is built around (YYYY-MM-DD). Default: today.", valueName: "date"))
    var today: CivilDate?

    @Flag(name: .long, help: "Only create the portfolio; do not open the desk.")
    var noOpen = false

    @OptionGroup var desk: DeskDisplayOptions

    @OptionGroup var options: DeskOptions

    func validate() throws {
        guard customers > 0 else { throw ValidationError("--customers must be at least 1") }
    }

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            let today = today ?? settings.today
            let summary = try database.makeDemo(customers: customers, seed: seed, today: today, actor: settings.user)
            if noOpen {
                print("\(database.path): demo with \(summary.customers) customers, \(summary.invoices) invoices, \(summary.creditNotes) credit notes, \(summary.payments) payments, \(summary.contacts) contacts, \(summary.promises) promises")
                return
            }
            try desk.open(database, settings: settings, today: today)
        }
    }
}
