import CobroDomain
import CobroStore
import Foundation
import Testing

@Suite("cobro audit: the trail of changes, by customer and since a moment, as a table or JSON")
struct AuditCommandTests {
    let home: String
    let db: String

    /// C001 and C002 imported, C001's invoice disputed, a promise logged for C001, C002 suspended.
    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-audit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        db = "\(home)/cobro.sqlite"
        try Data("code,name\nC001,Óptica Ñandú\nC002,Harbor Lane\n".utf8).write(to: URL(fileURLWithPath: "\(home)/c.csv"))
        _ = try CobroProcess.run(["import", "customers", "\(home)/c.csv", "--db", db], home: home)
        let database = try CobroDatabase.open(path: db)
        let instant = { (text: String) in ISO8601DateFormatter().date(from: text)! }
        try database.setDoNotCall(true, customerCode: "C002", reason: "asked not to be called", user: "marta", at: instant("2026-11-20T09:00:00Z"))
        _ = try CobroProcess.run(["log", "--customer", "C001", "--channel", "call", "--outcome", "promise", "--at", "2026-11-23T10:30:00+01:00",
                                  "--user", "ana", "--promise-amount", "150.00", "--promise-currency", "EUR", "--promise-date", "2026-11-27",
                                  "--db", db], home: home)
    }

    private func cobro(_ arguments: String...) throws -> CobroProcess.Result {
        try CobroProcess.run(arguments + ["--db", db], home: home)
    }

    private func entries(_ result: CobroProcess.Result) throws -> [[String: Any]] {
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        return json["entries"] as! [[String: Any]]
    }

    @Test("JSON: every entry with at, user, action, entity, key, before and after (null when absent), newest first")
    func json() throws {
        // The import ran now; the other changes are dated in November 2026.
        let all = try entries(try cobro("audit", "--format", "json"))
        #expect(all.map { "\($0["entity"]!) \($0["action"]!)" } == ["customers import", "promise create", "contact create", "customer update"])
        let promise = all[1]
        #expect(promise["at"] as? String == "2026-11-23T09:30:00Z")
        #expect(promise["user"] as? String == "ana")
        #expect(promise["before"] is NSNull)
        #expect((promise["after"] as? [String: Any])?["amount"] as? String == "150.00")
        let flag = all[3]
        #expect(flag["key"] as? String == "C002")
        #expect((flag["before"] as? [String: Any])?["do_not_call"] as? Bool == false)
        #expect((flag["after"] as? [String: Any])?["do_not_call"] as? Bool == true)
        let file = all[0]
        #expect(file["user"] as? String == "tester")
        #expect((file["after"] as? [String: Any])?["inserted"] as? Int == 2)
        #expect(Set(file.keys) == ["at", "user", "action", "entity", "key", "before", "after"])
    }

    @Test("--customer keeps that customer's entries, contacts and promises included; --since a day or an instant")
    func filters() throws {
        let customer = try entries(try cobro("audit", "--customer", "C001", "--format", "json"))
        #expect(customer.map { $0["entity"] as! String } == ["promise", "contact"])
        func since(_ text: String) throws -> [String] {
            try entries(try cobro("audit", "--since", text, "--customer", "C001", "--format", "json")).map { $0["entity"] as! String }
        }
        #expect(try since("2026-11-23") == ["promise", "contact"])
        #expect(try since("2026-11-23T09:30:00Z") == ["promise", "contact"])
        #expect(try since("2026-11-23T10:31:00+01:00").isEmpty)
        #expect(try since("2026-11-24").isEmpty)
        let utc = try entries(try cobro("audit", "--since", "2026-11-20", "--customer", "C002", "--format", "json"))
        #expect(utc.count == 1)
        let honolulu = try CobroProcess.run(["audit", "--since", "2026-11-20", "--customer", "C002", "--format", "json", "--db", db], home: home,
                                            environment: ["TZ": "Pacific/Honolulu"])
        #expect(try entries(honolulu).isEmpty, "the day starts in the desk's zone: 10:00 UTC in Honolulu, after the 09:00 UTC change")
    }

    @Test("a --since that is neither a date nor a timestamp is a usage error with a clear message")
    func badSince() throws {
        let result = try cobro("audit", "--since", "yesterday")
        #expect(result.status == 64)
        #expect(result.stderr.contains("--since") && result.stderr.contains("yesterday"))
        #expect(result.stdout.isEmpty)
        #expect(try cobro("audit", "--format", "csv").status == 64)
    }

    @Test("the table fits 80 columns, with headings in the user's language and what changed under each entry")
    func table() throws {
        let english = try cobro("audit")
        #expect(english.status == 0, "\(english.stderr)")
        let lines = english.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("When") && lines[0].contains("Who") && lines[0].contains("Entity"))
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.contains { $0.hasPrefix("2026-11-20 09:00") && $0.contains("marta") && $0.contains("C002") })
        #expect(lines.contains { $0.contains("do_not_call: false→true") })
        #expect(lines.last == "4 entries")
        let spanish = try cobro("audit", "--lang", "es", "--customer", "C999")
        #expect(spanish.status == 0 && spanish.stdout.contains("no tiene entradas"))
        #expect(try cobro("audit", "--lang", "es").stdout.hasPrefix("Cuándo"))
    }

    @Test("once users exist only an owner reads the trail")
    func ownerOnly() throws {
        let database = try CobroDatabase.open(path: db)
        try database.addUser(name: "marta", role: .owner, pin: "2468", at: Date())
        try database.addUser(name: "ana", role: .clerk, pin: "1357", at: Date(), by: "marta")
        let clerk = try CobroProcess.run(["audit", "--user", "ana", "--db", db], home: home, environment: ["COBRO_PIN": "1357"])
        #expect(clerk.status == 1 && clerk.stdout.isEmpty && clerk.stderr.contains("ana"))
        let owner = try CobroProcess.run(["audit", "--user", "marta", "--db", db], home: home, environment: ["COBRO_PIN": "2468"])
        #expect(owner.status == 0, "\(owner.stderr)")
        #expect(owner.stdout.contains("marta"))
    }

    @Test("no command edits or deletes the trail: after imports, calls, agreements, reminders and the demo, every earlier entry is as written")
    func appendOnly() throws {
        let shell = SQLiteShell(path: db)
        let dump = "SELECT id, at, user_name, action, entity, entity_key, customer_code, before_json, after_json FROM audit_trail ORDER BY id"
        let before = try shell.lines(dump)
        try Data("number,customer_code,issue_date,due_date,amount,currency\nF-1,C001,2026-09-01,2026-10-01,300.00,EUR\n".utf8)
            .write(to: URL(fileURLWithPath: "\(home)/i.csv"))
        for arguments in [["import", "invoices", "\(home)/i.csv"], ["import", "invoices", "\(home)/i.csv"],
                          ["import", "customers", "\(home)/c.csv"],
                          ["log", "--customer", "C001", "--channel", "call", "--outcome", "no_answer"],
                          ["agreement", "plan", "--customer", "C001", "--date", "2026-11-23", "--installments", "3", "--frequency", "monthly",
                           "--first", "2026-12-23", "--save"],
                          ["remind", "--as-of", "2026-11-23", "--outbox", "\(home)/outbox"],
                          ["audit"], ["export", "contacts", "\(home)/contacts.csv"]] {
            let result = try cobro(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let after = try shell.lines(dump)
        #expect(Array(after.prefix(before.count)) == before)
        #expect(after.count > before.count)
        #expect(throws: SQLiteShell.Failed.self) { try shell.lines("DELETE FROM audit_trail") }
        #expect(throws: SQLiteShell.Failed.self) { try shell.lines("UPDATE audit_trail SET user_name = 'x'") }
        #expect(try shell.lines(dump) == after)
    }

    private func cobro(_ arguments: [String]) throws -> CobroProcess.Result {
        try CobroProcess.run(arguments + ["--db", db], home: home)
    }
}
