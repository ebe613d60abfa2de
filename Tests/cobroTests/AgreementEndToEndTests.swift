import CobroStore
import Foundation
import Testing

/// An agreement built on screen in the real binary, in tmux: from a demo customer's account,
/// four installments with the first one changed, activated, then found by `cobro agreement list`
/// and in the database's status history.
@Suite("Payment agreements end to end in tmux", .serialized)
struct AgreementEndToEndTests {
    let folder: String
    let db: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-agreement-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        db = "\(folder)/demo.sqlite"
        let demo = try CobroProcess.run(["demo", "--no-open", "--customers", "300", "--seed", "11", "--today", "2026-11-23", "--db", db],
                                        home: folder)
        #expect(demo.status == 0, "\(demo.stderr)")
    }

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CobroProcess.run(arguments + ["--format", "json", "--db", db], home: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    }

    /// A debtor in the currency the aging screen opens on (the first by code) without any
    /// agreement yet, and how that currency writes 100.
    private func customerWithoutAgreement() throws -> (code: String, hundred: String) {
        let aging = try json(["report", "aging", "--as-of", "2026-11-23"])
        let first = (aging["currencies"] as! [[String: Any]])[0]
        let agreements = try json(["agreement", "list", "--as-of", "2026-11-23"])["agreements"] as! [[String: Any]]
        let taken = Set(agreements.map { $0["customer"] as! String })
        let debtors = (first["customers"] as! [[String: Any]]).filter { Double($0["balance"] as! String)! > 1000 }
        let debtor = try #require(debtors.first { !taken.contains($0["code"] as! String) })
        let hasCents = (debtor["balance"] as! String).contains(".")
        return (debtor["code"] as! String, hasCents ? "100.00" : "100")
    }

    @Test("build a plan from an account, edit an installment, activate it; the list and the history show it")
    func buildEditActivate() throws {
        let (code, hundred) = try customerWithoutAgreement()
        let tmux = try TmuxSession(arguments: ["--db", db, "--screen", "aging", "--at", "2026-11-23T11:00:00+01:00"], width: 120, height: 40,
                                   folder: folder, environment: CobroProcess.environment(home: folder, extra: ["LANG": "C.UTF-8", "USER": "olga-e2e"]))
        try tmux.waitFor("Unapplied", timeout: 60)
        try tmux.send("/")
        try tmux.type(code)
        try tmux.send("Enter")
        try tmux.send("Enter")
        try tmux.waitFor("Open invoices", timeout: 60)
        try tmux.send("a")
        try tmux.waitFor("New agreement", timeout: 60)
        try tmux.send("Tab", "C-u")
        try tmux.type("4")
        for _ in 0..<7 { try tmux.send("Tab") }
        try tmux.type("100")
        try tmux.send("Enter")
        try tmux.waitFor(" 4 23 Mar 2027", timeout: 60)
        try tmux.send("C-t")
        try tmux.waitFor("activated", timeout: 60)
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)

        let listed = try json(["agreement", "list", "--customer", code, "--as-of", "2026-11-23"])["agreements"] as! [[String: Any]]
        let agreement = try #require(listed.first)
        #expect(listed.count == 1)
        #expect(agreement["status"] as? String == "active")
        let installments = agreement["installments"] as! [[String: Any]]
        #expect(installments.count == 4)
        #expect(installments.first?["amount"] as? String == hundred)
        #expect(installments.map { $0["due"] as! String } == ["2026-12-23", "2027-01-23", "2027-02-23", "2027-03-23"])

        let database = try CobroDatabase.open(path: db)
        let history = try database.agreementHistory(id: Int64(agreement["id"] as! Int))
        #expect(history.map(\.status) == [.active])
        #expect(history.first?.user == "olga-e2e")
    }
}
