import Foundation
import Testing

@Suite("cobro log (SPEC §4): records a contact for dialers and scripts")
struct LogCommandTests {
    let home: String
    let db: String

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-log-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        db = "\(home)/cobro.sqlite"
        let customers = "\(home)/c.csv"
        try Data("code,name\nC001,Óptica Ñandú\n".utf8).write(to: URL(fileURLWithPath: customers))
        _ = try CobroProcess.run(["import", "customers", customers, "--db", db], home: home)
    }

    private func cobro(_ arguments: String...) throws -> CobroProcess.Result {
        try CobroProcess.run(arguments + ["--db", db], home: home)
    }

    @Test("a promise is logged and printed as JSON with its id")
    func logPromise() throws {
        let result = try cobro("log", "--customer", "C001", "--channel", "call", "--outcome", "promise", "--at", "2026-11-23T10:30:00+01:00",
                               "--user", "ana", "--note", "Pagará el viernes", "--promise-amount", "150.00", "--promise-currency", "EUR",
                               "--promise-date", "2026-11-27")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(json["id"] as? Int == 1)
        #expect(json["at"] as? String == "2026-11-23T09:30:00Z")
        #expect(json["outcome"] as? String == "promise")
    }

    @Test("export contacts writes the contact log, promise included")
    func exportContacts() throws {
        _ = try cobro("log", "--customer", "C001", "--channel", "call", "--outcome", "promise", "--at", "2026-11-23T10:30:00Z",
                      "--user", "ana", "--note", "Pagará, el viernes", "--promise-amount", "150", "--promise-currency", "EUR",
                      "--promise-date", "2026-11-27")
        let export = try cobro("export", "contacts", "-", "--as-of", "2026-11-23")
        let lines = export.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "id,customer_code,at,channel,direction,outcome,contact,user,note,next_action,promise_amount,promise_currency,promise_date,callback_at,corrects")
        #expect(lines.count == 2)
        #expect(lines[1] == "1,C001,2026-11-23T10:30:00Z,call,outbound,promise,,ana,\"Pagará, el viernes\",,150.00,EUR,2026-11-27,,")
    }

    @Test("bad input is refused with a clear message and nothing is written")
    func refusals() throws {
        #expect(try cobro("log", "--customer", "C001", "--channel", "fax", "--outcome", "other").status == 64)
        #expect(try cobro("log", "--customer", "C001", "--channel", "call", "--outcome", "promise").status == 64)
        #expect(try cobro("log", "--customer", "C001", "--channel", "call", "--outcome", "callback").status == 64)
        #expect(try cobro("log", "--customer", "C001", "--channel", "call", "--outcome", "other", "--at", "yesterday").status == 64)
        let unknown = try cobro("log", "--customer", "C999", "--channel", "call", "--outcome", "no_answer")
        #expect(unknown.status == 1 && unknown.stderr.contains("C999"))
        let badAmount = try cobro("log", "--customer", "C001", "--channel", "call", "--outcome", "promise",
                                  "--promise-amount", "12.345", "--promise-currency", "EUR", "--promise-date", "2026-11-27")
        #expect(badAmount.status == 1 && badAmount.stderr.contains("decimals"))
        let ok = try cobro("log", "--customer", "C001", "--channel", "call", "--outcome", "no_answer")
        let json = try JSONSerialization.jsonObject(with: Data(ok.stdout.utf8)) as! [String: Any]
        #expect(json["id"] as? Int == 1, "nothing was written by the refused calls")
    }
}
