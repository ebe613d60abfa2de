import Foundation
import Testing

/// Issue 8, concurrency: clerks taking accounts and logging calls, payment imports, agreements
/// being saved, aging reports and one large invoice import, all as separate `cobro` processes on
/// one database for a while.
/// Afterwards every write is there exactly once, no account was held by two clerks at once, and
/// no command failed: writers wait for each other (busy timeout) instead of failing.
/// Longer by hand: `COBRO_CONCURRENCY_SECONDS=120 swift test --filter ConcurrencyTests`.
@Suite("Concurrency: several cobro processes writing one database at once", .serialized)
struct ConcurrencyTests {
    /// A Monday morning, inside every customer's calling hours (all in UTC).
    static let at = "2026-11-23T10:00:00Z"
    static let clerks = 4
    let home: String
    let db: String
    let files = PortfolioFiles(prefix: "W", customers: 200, invoicesEach: 3)

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-concurrency-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        db = "\(home)/cobro.sqlite"
        let paths = try files.write(into: home)
        for (kind, path) in [("customers", paths.customers), ("invoices", paths.invoices)] {
            let result = try CobroProcess.run(["import", kind, path, "--db", db], home: home)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    /// A clerk's turn with an account: from the start of `queue next` to the end of the `log`.
    struct Turn {
        let clerk: String
        let code: String
        let claim: TimedRun
        let log: TimedRun

        /// Between the claim's end and the log's start the clerk surely held the account.
        func surelyHeldAtTheSameTime(as other: Turn) -> Bool {
            claim.end < other.log.start && other.claim.end < log.start
        }
    }

    /// Takes the next account, stays on the call a moment, logs it (an e-mail, which the contact
    /// limits do not count, so the busiest accounts keep coming back and clerks meet on them).
    private static func clerk(_ name: String, turns: TurnBook) -> @Sendable (ConcurrentWorkers) -> Void {
        { workers in
            var number = 0
            while workers.timeLeft {
                let claim = workers.cobro(name, ["queue", "next", "--user", name, "--at", at])
                guard claim.status == 0,
                      let json = try? JSONSerialization.jsonObject(with: Data(claim.stdout.utf8)) as? [String: Any],
                      let code = json["code"] as? String else { continue }
                usleep(useconds_t.random(in: 50_000...250_000))
                number += 1
                let log = workers.cobro(name, ["log", "--customer", code, "--channel", "email", "--outcome", "other",
                                               "--user", name, "--note", "\(name)-\(number)", "--at", at])
                turns.add(Turn(clerk: name, code: code, claim: claim, log: log))
            }
        }
    }

    /// Imports small payment files, each payment with a reference of its own.
    private func payments(_ workers: ConcurrentWorkers) {
        var file = 0
        while workers.timeLeft {
            file += 1
            let rows = (1...5).map { row in
                "\(files.code(Int.random(in: 1...files.customers))),2026-11-20,1.00,EUR,transfer,PAY-\(file)-\(row)"
            }
            let path = "\(home)/payments-\(file).csv"
            try? Data((["customer_code,date,amount,currency,method,reference"] + rows).joined(separator: "\n").utf8)
                .write(to: URL(fileURLWithPath: path))
            workers.cobro("payments", ["import", "payments", path])
        }
    }

    static let bigImport = 10_000

    /// Two seconds in, one large invoice import: its single transaction holds the write lock for
    /// a while, and every other writer must wait for it rather than fail.
    private func largeImport(_ workers: ConcurrentWorkers) {
        let rows = (1...Self.bigImport).map { "BIG-\($0),\(files.code(1 + $0 % files.customers)),2026-10-01,2026-10-20,3.00,EUR" }
        let path = "\(home)/big-invoices.csv"
        try? Data((["number,customer_code,issue_date,due_date,amount,currency"] + rows).joined(separator: "\n").utf8)
            .write(to: URL(fileURLWithPath: path))
        usleep(2_000_000)
        workers.cobro("large import", ["import", "invoices", path])
    }

    /// Saves an agreement for one customer after another, from the end of the portfolio.
    private func agreements(_ workers: ConcurrentWorkers) {
        var customer = files.customers
        while workers.timeLeft, customer > files.customers / 2 {
            workers.cobro("agreements", ["agreement", "plan", "--customer", files.code(customer), "--date", "2026-11-23",
                                         "--installments", "3", "--frequency", "monthly", "--first", "2026-12-31", "--save"])
            customer -= 1
        }
    }

    @Test("clerks, payment imports, agreements, reports and a large import at once: every write once, no account held by two clerks, none refused")
    func everythingAtOnce() throws {
        let seconds = ProcessInfo.processInfo.environment["COBRO_CONCURRENCY_SECONDS"].flatMap(Double.init) ?? 12
        let workers = ConcurrentWorkers(home: home, database: db, seconds: seconds)
        let turns = TurnBook()
        let started = Date()
        for number in 1...Self.clerks { workers.start(Self.clerk("clerk\(number)", turns: turns)) }
        workers.start { [self] in payments($0) }
        workers.start { [self] in agreements($0) }
        workers.start { [self] in largeImport($0) }
        workers.start { workers in
            while workers.timeLeft { workers.cobro("reports", ["report", "aging", "--as-of", "2026-11-23", "--format", "json"]) }
        }
        workers.wait()
        let elapsed = Date().timeIntervalSince(started)
        let runs = workers.runs
        let shell = SQLiteShell(path: db)

        // Nothing refused: a writer that found the file busy waited for its turn.
        let failed = runs.filter { $0.status != 0 }
        #expect(failed.isEmpty, "\(failed.map { "\($0.worker) \($0.arguments.prefix(2)) exit \($0.status): \($0.stderr)" })")
        #expect(!runs.contains { $0.stderr.contains("busy") || $0.stderr.contains("locked") })

        // Every call logged is there once; nothing else is.
        let logged = turns.all.filter { $0.log.status == 0 }.map { $0.log.arguments[$0.log.arguments.firstIndex(of: "--note")! + 1] }
        let notes = try shell.lines("SELECT note || '|' || count(*) FROM contact_log WHERE note LIKE 'clerk%' GROUP BY note")
        #expect(notes.sorted() == logged.map { "\($0)|1" }.sorted())

        // Every payment imported is there once.
        let imported = runs.filter { $0.worker == "payments" && $0.status == 0 }.count
        #expect(try shell.count("SELECT count(*) FROM payment WHERE reference LIKE 'PAY-%'") == imported * 5)
        #expect(try shell.count("SELECT count(DISTINCT reference) FROM payment WHERE reference LIKE 'PAY-%'") == imported * 5)

        // The large import is there whole, and took the time it took while the others waited.
        let large = try #require(runs.first { $0.worker == "large import" })
        #expect(try shell.count("SELECT count(*) FROM invoice WHERE number LIKE 'BIG-%'") == Self.bigImport)

        // Every agreement saved is there once, with its three installments.
        let saved = runs.filter { $0.worker == "agreements" && $0.status == 0 }.count
        #expect(try shell.count("SELECT count(*) FROM agreement") == saved)
        #expect(try shell.count("SELECT count(*) FROM installment") == saved * 3)
        #expect(try shell.count("SELECT count(*) FROM (SELECT customer_id FROM agreement GROUP BY customer_id HAVING count(*) > 1)") == 0)

        // No account was held by two clerks at once, and every claim ended with its call logged.
        let all = turns.all
        var shared: [String] = []
        for (index, turn) in all.enumerated() {
            for other in all[(index + 1)...] where other.code == turn.code && other.clerk != turn.clerk
                && turn.surelyHeldAtTheSameTime(as: other) {
                shared.append("\(turn.code): \(turn.clerk) and \(other.clerk)")
            }
        }
        #expect(shared.isEmpty, "\(shared)")
        #expect(try shell.count("SELECT count(*) FROM queue_claim") == 0)
        #expect(try shell.soundness() == "ok")

        let reports = runs.filter { $0.worker == "reports" && $0.status == 0 }.count
        let retaken = Dictionary(grouping: all, by: \.code).values.filter { Set($0.map(\.clerk)).count > 1 }.count
        let longestOther = runs.filter { $0.worker != "large import" }.map(\.seconds).max() ?? 0
        print("concurrency test: \(Self.clerks + 4) processes at once for \(String(format: "%.1f", elapsed)) s, \(runs.count) commands: "
              + "\(all.count) accounts taken and \(logged.count) calls logged by \(Self.clerks) clerks (\(retaken) accounts worked by "
              + "more than one clerk in turn), \(imported) payment imports (\(imported * 5) payments), \(saved) agreements, "
              + "\(reports) aging reports, a \(Self.bigImport)-invoice import (\(String(format: "%.2f", large.seconds)) s); \(failed.count) failed, \(shared.count) accounts held by two clerks at once; "
              + "longest other command \(String(format: "%.2f", longestOther)) s")
    }
}

/// The clerks' turns, gathered from their threads.
final class TurnBook: @unchecked Sendable {
    private let lock = NSLock()
    private var turns: [ConcurrencyTests.Turn] = []

    func add(_ turn: ConcurrencyTests.Turn) { lock.withLock { turns.append(turn) } }

    var all: [ConcurrencyTests.Turn] { lock.withLock { turns } }
}
