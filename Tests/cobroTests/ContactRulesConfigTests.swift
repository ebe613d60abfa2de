import Foundation
import Testing

@Suite("Contact limits are a policy the owner changes in config.yaml (contact_rules)")
struct ContactRulesConfigTests {
    let home: String
    let db: String

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-rules-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: "\(home)/config/cobro", withIntermediateDirectories: true)
        db = "\(home)/cobro.sqlite"
        try write("c.csv", "code,name,timezone\nC001,Óptica Ñandú,Europe/Madrid\n")
        try write("i.csv", "number,customer_code,issue_date,due_date,amount,currency\nF-1,C001,2026-09-01,2026-10-01,150.00,EUR\n")
        _ = try cobro("import", "customers", "\(home)/c.csv")
        _ = try cobro("import", "invoices", "\(home)/i.csv")
        for hour in ["09", "10"] {
            _ = try cobro("log", "--customer", "C001", "--channel", "call", "--outcome", "no_answer", "--at", "2026-11-23T\(hour):00:00+01:00")
        }
    }

    private func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: "\(home)/\(name)"))
    }

    private func cobro(_ arguments: String...) throws -> CobroProcess.Result {
        try CobroProcess.run(arguments + ["--db", db], home: home)
    }

    private func queuedCodes() throws -> [String] {
        let result = try cobro("queue", "--at", "2026-11-23T12:00:00+01:00", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        return (json["entries"] as! [[String: Any]]).map { $0["code"] as! String }
    }

    @Test("two unanswered calls today keep the account in the queue by default, and out of it with max_call_attempts: 2")
    func maxAttemptsFromConfig() throws {
        #expect(try queuedCodes() == ["C001"])
        try write("config/cobro/config.yaml", "contact_rules:\n  max_call_attempts: 2\n")
        #expect(try queuedCodes() == [])
    }

    @Test("calling hours from the config: a window closed at noon empties the queue")
    func callingHoursFromConfig() throws {
        try write("config/cobro/config.yaml", "contact_rules:\n  calling_hours_by_zone: {Europe/Madrid: 15:00-20:00 mon-fri}\n")
        #expect(try queuedCodes() == [])
    }

    @Test("a wrong value is an error naming the file, the line and the setting")
    func wrongValue() throws {
        try write("config/cobro/config.yaml", "language: es\ncontact_rules:\n  max_call_attempts: seven\n")
        let result = try cobro("queue")
        #expect(result.status == 1)
        #expect(result.stderr.contains("config.yaml:2:"), "\(result.stderr)")
        #expect(result.stderr.contains("max_call_attempts"))
        let unknown = try { try write("config/cobro/config.yaml", "contact_rules:\n  max_calls: 3\n"); return try cobro("queue") }()
        #expect(unknown.stderr.contains("unknown setting 'max_calls'"), "\(unknown.stderr)")
    }
}
