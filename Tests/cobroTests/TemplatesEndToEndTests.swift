import Foundation
import Testing

/// A reminder sent from the templates screen of the real binary, in tmux: from a demo debtor's
/// account, the second (letter) template filled in, sent with no mail command configured, so
/// it lands in the outbox under XDG_DATA_HOME; `cobro export contacts` shows it logged.
@Suite("Templates screen end to end in tmux", .serialized)
struct TemplatesEndToEndTests {
    let folder: String
    let db: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-templates-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        db = "\(folder)/demo.sqlite"
        let demo = try CobroProcess.run(["demo", "--no-open", "--customers", "300", "--seed", "11", "--today", "2026-11-23", "--db", db],
                                        home: folder)
        #expect(demo.status == 0, "\(demo.stderr)")
    }

    /// A customer of the currency the aging screen opens on with something overdue.
    private func overdueDebtor() throws -> String {
        let result = try CobroProcess.run(["report", "aging", "--as-of", "2026-11-23", "--format", "json", "--db", db], home: folder)
        let aging = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let customers = (aging["currencies"] as! [[String: Any]])[0]["customers"] as! [[String: Any]]
        let overdue = customers.first { customer in
            ["31-60", "61-90", "91-120", "120+"].contains { Double(customer[$0] as! String)! > 0 }
        }
        return try #require(overdue?["code"] as? String)
    }

    @Test("open an account, m for the templates, preview the second letter, send it: the file is in the outbox and the contact log has it")
    func sendFromAccount() throws {
        let code = try overdueDebtor()
        let tmux = try TmuxSession(arguments: ["--db", db, "--screen", "aging", "--at", "2026-11-23T11:00:00+01:00"], width: 120, height: 40,
                                   folder: folder, environment: CobroProcess.environment(home: folder, extra: ["LANG": "C.UTF-8", "USER": "olga-e2e"]))
        try tmux.waitFor("Unapplied", timeout: 60)
        try tmux.send("/")
        try tmux.type(code)
        try tmux.send("Enter")
        try tmux.send("Enter")
        try tmux.waitFor("Open invoices", timeout: 60)
        try tmux.send("m")
        try tmux.waitFor("Reminder templates", timeout: 60)
        for _ in 0..<5 { try tmux.send("Down") }
        try tmux.waitFor("Second, firmer reminder · letter", timeout: 60)
        let preview = try tmux.waitFor("For \(code)", timeout: 60)
        #expect(preview.contains("Invoices: "), "the preview names the invoices it speaks of")
        try tmux.send("s")
        try tmux.waitFor("Sent and logged:", timeout: 60)
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)

        let outbox = "\(folder)/data/cobro/outbox"
        let files = try FileManager.default.contentsOfDirectory(atPath: outbox)
        let letter = try #require(files.first { $0.contains("_\(code)_second_letter") })
        let text = try String(contentsOfFile: "\(outbox)/\(letter)", encoding: .utf8)
        #expect(text.contains("olga-e2e"), "the clerk signs it")

        let contacts = try CobroProcess.run(["export", "contacts", "-", "--db", db], home: folder)
        #expect(contacts.status == 0, "\(contacts.stderr)")
        let logged = contacts.stdout.split(separator: "\n").filter { $0.contains(code) && $0.contains("second (letter):") }
        #expect(logged.count == 1, "\(contacts.stdout.suffix(2000))")
    }
}
