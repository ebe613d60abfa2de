import Foundation
import Testing

/// The real binary in a real terminal (tmux): the desk opens on a demo database, shows the same
/// totals as `cobro report aging`, sorts, filters, survives resizing, and leaves the terminal as
/// it found it.
@Suite("The desk end to end in tmux", .serialized)
struct DeskEndToEndTests {
    let folder: String
    let db: String
    let environment: [String: String]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        db = "\(folder)/demo.sqlite"
        environment = CobroProcess.environment(home: folder, extra: ["LANG": "C.UTF-8"])
        let demo = try CobroProcess.run(["demo", "--no-open", "--customers", "300", "--seed", "3", "--today", "2026-11-23", "--db", db],
                                        home: folder)
        #expect(demo.status == 0, "\(demo.stderr)")
    }

    private func openDesk(width: Int, height: Int) throws -> TmuxSession {
        try TmuxSession(arguments: ["--db", db, "--screen", "aging"], width: width, height: height, folder: folder,
                        environment: environment.merging(["TZ": "UTC"]) { $1 })
    }

    /// The report's totals for the first currency, as the English desk prints them.
    private func reportedTotals() throws -> (currency: String, buckets: [String], balance: String) {
        let result = try CobroProcess.run(["report", "aging", "--format", "json", "--db", db], home: folder)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let first = (json["currencies"] as! [[String: Any]])[0]
        let totals = first["totals"] as! [String: String]
        let buckets = ["current", "1-30", "31-60", "61-90", "91-120", "120+"].map { englishGrouping(totals[$0]!) }
        return (first["currency"] as! String, buckets, englishGrouping(totals["balance"]!))
    }

    /// `1234567.89` → `1,234,567.89`.
    private func englishGrouping(_ decimal: String) -> String {
        let negative = decimal.hasPrefix("-")
        let parts = decimal.drop(while: { $0 == "-" }).split(separator: ".", omittingEmptySubsequences: false)
        var integer = ""
        for (offset, digit) in parts[0].enumerated() {
            if offset > 0, (parts[0].count - offset) % 3 == 0 { integer += "," }
            integer.append(digit)
        }
        return (negative ? "-" : "") + integer + (parts.count > 1 ? "." + parts[1] : "")
    }

    @Test("at 120x40: aging totals equal the report; sort, filter, resize, quit with q; terminal restored")
    func agingAtFullSize() throws {
        let tmux = try openDesk(width: 120, height: 40)
        let expected = try reportedTotals()
        let screen = try tmux.waitFor("Unapplied")
        #expect(screen.contains("Aging as of"))
        let bucketLines = screen.split(separator: "\n").filter { line in
            ["Current", "1-30", "31-60", "61-90", "91-120", "120+"].contains { line.trimmingCharacters(in: .whitespaces).hasPrefix($0 + " ") }
        }
        #expect(bucketLines.count == 6)
        for (line, amount) in zip(bucketLines, expected.buckets) {
            #expect(line.contains(" \(amount) ") || line.hasSuffix(" \(amount)"), "\(line) should show \(amount)")
        }
        #expect(screen.contains("Balance \(expected.balance)"))

        try tmux.send("s")
        try tmux.waitFor("Sort: oldest")
        try tmux.send("/")
        try tmux.type("C0001")
        let filtered = try tmux.waitFor {
            $0.contains("Filter: C0001") && $0.range(of: #"\d+ of \d+ customers"#, options: .regularExpression) != nil
        }
        let listed = filtered.split(separator: "\n").filter { $0.hasPrefix("C0") }
        #expect(!listed.isEmpty && listed.allSatisfy { $0.hasPrefix("C0001") })
        try tmux.send("Enter")

        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor { $0.contains("Aging as of") && $0.split(separator: "\n").allSatisfy { $0.count <= 80 } }
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("too small")
        try tmux.resize(width: 120, height: 40)
        try tmux.waitFor("Aging as of")

        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        #expect(try tmux.terminalWasRestored())
    }

    @Test("at 80x24: the desk fits, opens an account with Enter and goes back with Esc")
    func agingAtMinimumSize() throws {
        let tmux = try openDesk(width: 80, height: 24)
        try tmux.waitFor("Unapplied")
        try tmux.send("Enter")
        let account = try tmux.waitFor("Open invoices")
        #expect(account.contains("2 Account"))
        try tmux.send("Escape")
        try tmux.waitFor("Unapplied")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        #expect(try tmux.terminalWasRestored())
    }

    @Test("SIGTERM ends the desk with status 143 and the terminal restored")
    func terminatedBySignal() throws {
        let tmux = try openDesk(width: 100, height: 30)
        try tmux.waitFor("Aging as of")
        let pid = try #require(try tmux.programPID())
        kill(pid, SIGTERM)
        #expect(try tmux.exitStatus() == 143)
        #expect(try tmux.terminalWasRestored())
    }

    @Test("an empty database opens on the welcome screen, which says how to begin")
    func welcome() throws {
        let tmux = try TmuxSession(arguments: ["--db", "\(folder)/empty.sqlite"], width: 120, height: 40, folder: folder,
                                   environment: environment)
        let screen = try tmux.waitFor("Welcome to Cobro")
        #expect(screen.contains("cobro import customers"))
        #expect(screen.contains("cobro demo"))
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
    }
}
