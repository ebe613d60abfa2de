import ArgumentParser
import CobroDomain
import CobroStore
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure what users wait for, on demo databases of 10,000 and 100,000 customers (or on --db).",
        discussion: """
            Run it on a release build (swift build -c release; .build/release/cobro bench). The demo \
            databases (seed 1, built around 2026-11-23; about ten invoices and ten contact-log entries per \
            customer) live in --folder as demo-<N>.sqlite and are reused when they hold a finished demo of \
            that size; otherwise `cobro demo` makes them and its time is the demo_creation figure. With \
            --db only that file is measured. The queue and the desk run at --at (default \
            2026-11-23T17:00:00Z, inside calling hours in every demo zone); reports are as of that day.

            Every measurement is warmed up once and then taken --repetitions times, except the import \
            (no warm-up, up to 3 samples, 1 at a million customers) and demo creation (1 sample, only when \
            the demo is made). The measurements, by their JSON names:
              demo_creation (s): `cobro demo --no-open`, a process of its own; null when reused.
              import_invoices (rows/s): the database's invoices exported to CSV, then `cobro import \
            invoices` into a fresh database already holding its customers; p95 is the rate at the p95 time.
              aging_report (ms): `cobro report aging --format json`, process start to exit.
              floor_group_by (ms): the sqlite3 shell on the same file: one GROUP BY of invoice amounts \
            by currency, customer and bucket (no payments at all), process start to exit.
              aging_floor_ratio (x): aging_report over floor_group_by (medians; p95s).
              queue_build (ms): the call queue built at --at.
              queue_next (ms): the next account taken (claim, then release).
              account_open (ms): an account at the head of the queue opened.
              log_call (ms): a call logged (on a temporary copy of the file).
              agreement_save (ms): an agreement built (balance, six monthly installments) and saved \
            as active (on the copy).
              desk_first_frame (ms): the desk, in a process of its own (cobro bench --desk-only), \
            from process start to its first frame; a frame is the screen's cells plus the changes a \
            terminal would be sent.
              desk_data_shown (ms): from process start until the queue and the aging report are loaded.
              aging_key_to_frame (ms): --keys key presses on the aging screen (scrolling, paging, sorting, \
            currency, a typed filter), key to frame; median is p50, and p99 is given.
              queue_key_to_frame (ms): the same on the queue screen (scrolling, paging, currency, tier, search).
              desk_peak_rss (MB): the desk process's peak resident memory (getrusage ru_maxrss).
            JSON: {"machine": {"cpu", "cores", "memory_gb"}, "date", "build", "databases": [{"customers", \
            "path", "demo": "created|reused|given", "measurements": {NAME: {"median", "p95", "unit"}}}]}.
            The table shows median / p95 (p50 / p99 for keys) per size, and the growth from the smallest to \
            the largest database divided by their size ratio (≤ 1: at most linear).
            """
    )

    @Option(name: .long, help: ArgumentHelp("A demo size to measure (repeatable; replaces 10000 and 100000).", valueName: "n"))
    var customers: [Int] = []

    @Flag(name: .long, help: "Also measure 1,000,000 customers.")
    var large = false

    @Option(name: .long, help: ArgumentHelp("Where the demo databases are kept. Default: $XDG_CACHE_HOME/cobro/bench, else ~/.cache/cobro/bench.", valueName: "dir"))
    var folder: String?

    @Option(name: .long, help: "How many times each measurement is taken after its warm-up.")
    var repetitions = 5

    @Option(name: .long, help: "How many key presses to time on each of the aging and queue screens, per desk run.")
    var keys = 1000

    @Option(name: .long, help: ArgumentHelp("The queue's instant (ISO 8601 with offset). Default: 2026-11-23T17:00:00Z.", valueName: "timestamp"))
    var at: InstantArgument?

    @Option(name: .long, help: ArgumentHelp("table for people, json for programs.", valueName: "table|json"))
    var format: ReportFormat = .table

    /// The desk's own process: measures the desk once on --db and prints it as JSON.
    @Flag(name: .long, help: .hidden)
    var deskOnly = false

    @OptionGroup var options: DeskOptions

    func validate() throws {
        guard repetitions > 0, keys > 0 else { throw ValidationError("--repetitions and --keys must be at least 1") }
        guard customers.allSatisfy({ $0 > 0 }) else { throw ValidationError("--customers must be at least 1") }
        guard format != .csv else { throw ValidationError("--format is table or json") }
        guard !deskOnly || options.db != nil else { throw ValidationError("--desk-only needs --db") }
    }

    func run() throws {
        try reportingFailures {
            let instant = at?.date ?? BenchDemo.instant
            if deskOnly {
                let (database, settings) = try options.openDatabase()
                try BenchDesk.runHere(database: database, settings: settings, instant: instant, keys: keys)
                return
            }
            let work = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-bench-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: work) }
            var databases: [BenchDatabase] = []
            if let path = options.db {
                databases.append(try measure(path: path, demo: "given", creation: nil, instant: instant, work: work))
            } else {
                let folder = folder ?? BenchDemo.defaultFolder()
                for size in Set(customers.isEmpty ? [10_000, 100_000] + (large ? [1_000_000] : []) : customers).sorted() {
                    progress("demo-\(size).sqlite: the demo database")
                    let (path, creation) = try BenchDemo.prepare(customers: size, folder: folder)
                    databases.append(try measure(path: path, demo: creation == nil ? "reused" : "created", creation: creation,
                                                 instant: instant, work: work))
                }
            }
            let report = BenchReport(machine: .current(), databases: databases)
            print(format == .json ? report.json : report.table)
        }
    }

    /// Every measurement on one database file, in the report's order.
    private func measure(path: String, demo: String, creation: Duration?, instant: Date, work: String) throws -> BenchDatabase {
        let settings = try DeskSettings.resolve(databaseOption: path, userOption: options.user, languageOption: options.lang)
        let database = try CobroDatabase.open(path: path)
        let customers = try database.customerCount()
        let asOf = CivilDate(containing: instant, in: settings.timeZone)
        let name = URL(fileURLWithPath: path).lastPathComponent
        var figures = [creation.map { BenchFigure(.demoCreation, durations: [$0]) } ?? .absent(.demoCreation)]
        progress("\(name): aging report and floor")
        figures += try BenchAging(path: path, asOf: asOf, repetitions: repetitions).run()
        progress("\(name): queue, account, call, agreement")
        figures += try QueueBench(database: database, settings: settings, instant: instant, repetitions: repetitions, work: work).run()
        progress("\(name): desk")
        figures += try BenchDesk.measure(path: path, keys: keys, instant: instant, repetitions: repetitions)
        progress("\(name): import")
        let importSamples = min(repetitions, customers >= 1_000_000 ? 1 : 3)
        figures.append(try BenchImport(database: database, asOf: asOf, work: work).run(samples: importSamples))
        let ordered = BenchFigure.Kind.allCases.compactMap { kind in figures.first { $0.kind == kind } }
        return BenchDatabase(customers: customers, path: path, demo: demo, figures: ordered)
    }

    /// Where a long run is, on stderr, so that the output stays the report alone.
    private func progress(_ step: String) {
        printError("cobro bench: \(step)…")
    }
}
