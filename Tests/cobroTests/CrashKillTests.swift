import Foundation
import Testing

/// Issue 8, crash safety: `cobro` killed with SIGKILL at random moments of a change leaves a
/// database that passes `PRAGMA integrity_check` and holds all of the change or none of it.
/// Each test measures the command's whole run first and spreads its kills over it; the report
/// line says how many kills, the seed, and how many landed before, during and after the write
/// transaction. More by hand: `COBRO_KILLS=200 COBRO_KILL_SEED=42 swift test --filter CrashKillTests`.
@Suite("Crash safety: SIGKILL at random moments leaves a sound database with all of a change or none", .serialized)
struct CrashKillTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-kill-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func cobro(_ arguments: [String], db: String) throws -> CobroProcess.Result {
        try CobroProcess.run(arguments + ["--db", db], home: folder)
    }

    /// How long a run to completion takes, and that it succeeded.
    private func timed(_ arguments: [String], db: String) throws -> TimeInterval {
        let start = Date()
        let result = try cobro(arguments, db: db)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return Date().timeIntervalSince(start)
    }

    @Test("a 20,000-invoice import killed at random points: integrity ok, and no invoice or every one of them")
    func killedImports() throws {
        let files = PortfolioFiles(prefix: "K", customers: 2_000, invoicesEach: 10)
        let paths = try files.write(into: folder)
        let base = "\(folder)/base.sqlite", db = "\(folder)/work.sqlite"
        #expect(try cobro(["import", "customers", paths.customers], db: base).status == 0)
        let shell = SQLiteShell(path: db)
        let importing = ["import", "invoices", paths.invoices]

        try DatabaseFile.copy(base, to: db)
        let duration = try timed(importing, db: db)
        #expect(try shell.count("SELECT count(*) FROM invoice") == files.invoiceCount)

        var plan = KillPlan(defaultKills: 15, duration: duration)
        var tally = KillTally()
        var partial = 0
        var fresh = false
        for _ in 0..<plan.kills {
            // A file that got every invoice starts over; one that got none takes the next kill as it is.
            if !fresh { try DatabaseFile.copy(base, to: db) }
            let run = try plan.kill(importing + ["--db", db], home: folder, database: db)
            #expect(try shell.soundness() == "ok")
            let stored = try shell.count("SELECT count(*) FROM invoice")
            if stored != 0 && stored != files.invoiceCount { partial += 1 }
            tally.add(run.moment(changeStored: stored == files.invoiceCount))
            fresh = stored == 0
        }
        #expect(partial == 0, "\(partial) kills left part of the file in the database")

        let finished = try cobro(importing, db: db)
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(try shell.count("SELECT count(*) FROM invoice") == files.invoiceCount)
        #expect(try shell.soundness() == "ok")
        print("kill test, import of \(files.invoiceCount) invoices (\(String(format: "%.2f", duration)) s): \(plan.kills) kills, "
              + "seed \(plan.seed); \(tally) the write transaction; \(partial) partial")
    }

    /// 300 customers owing EUR, for the small changes' kills.
    private func smallPortfolio() throws -> (db: String, files: PortfolioFiles) {
        let files = PortfolioFiles(prefix: "S", customers: 300, invoicesEach: 2)
        let paths = try files.write(into: folder)
        let db = "\(folder)/small.sqlite"
        #expect(try cobro(["import", "customers", paths.customers], db: db).status == 0)
        #expect(try cobro(["import", "invoices", paths.invoices], db: db).status == 0)
        return (db, files)
    }

    @Test("a call with a promise logged and killed at random points: the entry once with its promise, or neither")
    func killedLogs() throws {
        let (db, files) = try smallPortfolio()
        let shell = SQLiteShell(path: db)
        func logging(_ note: String, customer: Int) -> [String] {
            ["log", "--customer", files.code(customer), "--channel", "call", "--outcome", "promise", "--note", note,
             "--at", "2026-11-23T10:00:00Z", "--promise-amount", "50.00", "--promise-currency", "EUR",
             "--promise-date", "2026-12-10"]
        }
        func stored(_ note: String) throws -> (entries: Int, promises: Int) {
            (try shell.count("SELECT count(*) FROM contact_log WHERE note = '\(note)'"),
             try shell.count("SELECT count(*) FROM promise p JOIN contact_log c ON c.id = p.contact_log_id "
                             + "WHERE c.note = '\(note)' AND p.amount = 5000"))
        }
        let duration = try (1...3).map { try timed(logging("timing-\($0)", customer: $0), db: db) }.sorted()[1]

        var plan = KillPlan(defaultKills: 30, duration: duration)
        var tally = KillTally()
        var broken: [String] = []
        for kill in 0..<plan.kills {
            let note = "kill-\(kill)"
            let run = try plan.kill(logging(note, customer: 1 + kill % files.customers) + ["--db", db], home: folder, database: db)
            #expect(try shell.soundness() == "ok")
            let found = try stored(note)
            if found.entries > 1 || found.promises != found.entries { broken.append("\(note): \(found)") }
            tally.add(run.moment(changeStored: found.entries == 1))
        }
        #expect(broken.isEmpty, "entries without their promise, or twice: \(broken)")

        #expect(try cobro(logging("after", customer: 1), db: db).status == 0)
        let after = try stored("after")
        #expect(after.entries == 1 && after.promises == 1)
        print("kill test, cobro log with a promise (\(String(format: "%.3f", duration)) s): \(plan.kills) kills, seed \(plan.seed); "
              + "\(tally) the write transaction; \(broken.count) partial")
    }

    @Test("an agreement saved and killed at random points: the agreement with all six installments, or nothing")
    func killedAgreements() throws {
        let (db, files) = try smallPortfolio()
        let shell = SQLiteShell(path: db)
        func saving(customer: Int) -> [String] {
            ["agreement", "plan", "--customer", files.code(customer), "--date", "2026-11-23", "--down-payment", "10.00",
             "--installments", "6", "--frequency", "monthly", "--first", "2026-12-31", "--save"]
        }
        /// Agreements of the customer, and of those the ones whose installments and down payment add up.
        func stored(customer: Int) throws -> (agreements: Int, whole: Int) {
            let code = files.code(customer)
            return (try shell.count("SELECT count(*) FROM agreement a JOIN customer c ON c.id = a.customer_id WHERE c.code = '\(code)'"),
                    try shell.count("""
                        SELECT count(*) FROM agreement a JOIN customer c ON c.id = a.customer_id WHERE c.code = '\(code)'
                        AND (SELECT count(*) FROM installment i WHERE i.agreement_id = a.id) = 6
                        AND (SELECT sum(amount) FROM installment i WHERE i.agreement_id = a.id) + a.down_payment = a.amount
                        """))
        }
        // Each kill works on a customer of its own, so an agreement that made it never blocks the next.
        let duration = try (1...3).map { try timed(saving(customer: $0), db: db) }.sorted()[1]

        var plan = KillPlan(defaultKills: 30, duration: duration)
        var tally = KillTally()
        var broken: [String] = []
        for kill in 0..<min(plan.kills, files.customers - 4) {
            let customer = 4 + kill
            let run = try plan.kill(saving(customer: customer) + ["--db", db], home: folder, database: db)
            #expect(try shell.soundness() == "ok")
            let found = try stored(customer: customer)
            if found.agreements > 1 || found.whole != found.agreements { broken.append("\(files.code(customer)): \(found)") }
            tally.add(run.moment(changeStored: found.agreements == 1))
        }
        #expect(broken.isEmpty, "agreements without all their installments, or twice: \(broken)")

        #expect(try cobro(saving(customer: files.customers), db: db).status == 0)
        let after = try stored(customer: files.customers)
        #expect(after.agreements == 1 && after.whole == 1)
        print("kill test, cobro agreement plan --save (\(String(format: "%.3f", duration)) s): \(plan.kills) kills, seed \(plan.seed); "
              + "\(tally) the write transaction; \(broken.count) partial")
    }
}
