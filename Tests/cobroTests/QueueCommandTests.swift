import Foundation
import Testing

/// `cobro queue`, `cobro queue next` and `cobro log` together, on a small portfolio built to hit
/// every rule of SPEC §5 "Call queue".
@Suite("cobro queue and queue next (SPEC §4, §5 Call queue)")
struct QueueCommandTests {
    let home: String
    let db: String
    /// Monday 2026-11-23, 15:00 UTC: 16:00 in Madrid, 10:00 in New York, 09:00 in Mexico City.
    let at = "2026-11-23T15:00:00Z"

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-queue-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        db = "\(home)/cobro.sqlite"
        try importFile("customers", """
            code,name,timezone,do_not_call,status
            C01,Ferretería Núñez,Europe/Madrid,false,active
            C02,Harbor Lane Supplies,America/New_York,false,active
            C03,Óptica Ñandú,America/Mexico_City,false,active
            C04,Do Not Call Ltd,Europe/Madrid,true,active
            C05,Legal Case S.A.,Europe/Madrid,false,legal
            C06,Only Disputed S.L.,Europe/Madrid,false,active
            C07,Tokyo Trading,Asia/Tokyo,false,active
            C08,Paid Up S.A.,Europe/Madrid,false,active
            C09,Promise Today S.L.,Europe/Madrid,false,active
            C10,Promise Broken S.L.,Europe/Madrid,false,active
            C11,Callback Due S.L.,Europe/Madrid,false,active
            """)
        try importFile("invoices", """
            number,customer_code,issue_date,due_date,amount,currency,disputed
            F01,C01,2026-09-01,2026-09-30,500.00,EUR,false
            F02,C02,2026-10-01,2026-10-31,900.00,USD,false
            F03,C03,2026-08-01,2026-08-31,20000.00,MXN,false
            F04,C04,2026-09-01,2026-09-30,500.00,EUR,false
            F05,C05,2026-09-01,2026-09-30,500.00,EUR,false
            F06,C06,2026-09-01,2026-09-30,500.00,EUR,true
            F07,C07,2026-09-01,2026-09-30,500.00,EUR,false
            F08,C08,2026-09-01,2026-09-30,500.00,EUR,false
            F09,C09,2026-09-01,2026-09-30,300.00,EUR,false
            F10,C10,2026-09-01,2026-09-30,300.00,EUR,false
            F11,C11,2026-09-01,2026-09-30,300.00,EUR,false
            """)
        try importFile("payments", "customer_code,date,amount,currency,invoice_number\nC08,2026-10-01,500.00,EUR,F08\n")
        for arguments in [
            ["--customer", "C09", "--channel", "call", "--outcome", "promise", "--at", "2026-11-16T10:00:00+01:00",
             "--promise-amount", "300", "--promise-currency", "EUR", "--promise-date", "2026-11-23"],
            ["--customer", "C10", "--channel", "call", "--outcome", "promise", "--at", "2026-11-10T10:00:00+01:00",
             "--promise-amount", "300", "--promise-currency", "EUR", "--promise-date", "2026-11-16"],
            ["--customer", "C11", "--channel", "call", "--outcome", "callback", "--at", "2026-11-20T10:00:00+01:00",
             "--callback", "2026-11-23T12:00:00+01:00"],
        ] {
            let result = try CobroProcess.run(["log"] + arguments + ["--db", db], home: home)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    private func importFile(_ kind: String, _ text: String) throws {
        let path = "\(home)/\(kind).csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let result = try CobroProcess.run(["import", kind, path, "--db", db], home: home)
        #expect(result.status == 0, "\(result.stderr)")
    }

    private func queue(_ extra: String...) throws -> [[String: Any]] {
        let result = try CobroProcess.run(["queue", "--at", at, "--format", "json", "--db", db] + extra, home: home)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        return json["entries"] as! [[String: Any]]
    }

    @Test("tiers in order, each with a why; the ineligible are left out")
    func tiersAndEligibility() throws {
        let entries = try queue()
        let codes = entries.map { $0["code"] as! String }
        let reasons = entries.map { $0["reason"] as! String }
        #expect(codes.prefix(3) == ["C11", "C10", "C09"])
        #expect(reasons.prefix(3) == ["callback", "broken_promise", "promise_due"])
        #expect(Set(codes.dropFirst(3)) == ["C01", "C02", "C03"])
        #expect(reasons.dropFirst(3).allSatisfy { $0 == "priority" })
        for excluded in ["C04", "C05", "C06", "C07", "C08"] { #expect(!codes.contains(excluded), "\(excluded) must not be queued") }
        #expect(entries.allSatisfy { !($0["why"] as! String).isEmpty })
        let harbor = try #require(entries.first { $0["code"] as? String == "C02" })
        let overdue = try #require(harbor["overdue"] as? [[String: Any]])
        #expect(overdue.count == 1)
        #expect(overdue[0]["currency"] as? String == "USD")
        #expect(overdue[0]["amount"] as? String == "900.00")
        #expect(overdue[0]["oldest_days"] as? Int == 23)
    }

    @Test("a right-party call today holds the customer out of the queue; logging releases a claim")
    func holdAfterConversation() throws {
        let logged = try CobroProcess.run(["log", "--customer", "C01", "--channel", "call", "--outcome", "right_party",
                                           "--at", "2026-11-23T09:00:00+01:00", "--db", db], home: home)
        #expect(logged.status == 0)
        #expect(!(try queue()).contains { $0["code"] as? String == "C01" })
    }

    @Test("queue next claims: the next clerk gets the next account, and the queue hides it from others")
    func queueNext() throws {
        let first = try CobroProcess.run(["queue", "next", "--user", "ana", "--at", at, "--db", db], home: home)
        #expect(first.status == 0)
        let taken = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as! [String: Any]
        #expect(taken["code"] as? String == "C11")
        let second = try CobroProcess.run(["queue", "next", "--user", "luis", "--at", at, "--db", db], home: home)
        #expect((try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as! [String: Any])["code"] as? String == "C10")
        #expect(!(try queue("--user", "eva")).contains { $0["code"] as? String == "C11" })
    }

    @Test("queue next exits 3 with nothing on stdout when no account is left")
    func nothingLeft() throws {
        for clerk in 0..<6 {
            _ = try CobroProcess.run(["queue", "next", "--user", "clerk\(clerk)", "--at", at, "--db", db], home: home)
        }
        let last = try CobroProcess.run(["queue", "next", "--user", "late", "--at", at, "--db", db], home: home)
        #expect(last.status == 3)
        #expect(last.stdout.isEmpty)
    }

    @Test("twenty queue next processes at once hand out twenty different accounts")
    func twentyClerksAtOnce() throws {
        let customers = "code,name,timezone\n" + (1...25).map { "M\($0),Many \($0),Europe/Madrid" }.joined(separator: "\n") + "\n"
        try importFile("customers", customers)
        try importFile("invoices", "number,customer_code,issue_date,due_date,amount,currency\n"
                       + (1...25).map { "M-\($0),M\($0),2026-09-01,2026-09-30,\($0 * 10).00,EUR" }.joined(separator: "\n") + "\n")
        let processes = try (0..<20).map { clerk -> (Process, Pipe) in
            let process = Process()
            process.executableURL = CobroProcess.binary
            process.arguments = ["queue", "next", "--user", "clerk\(clerk)", "--at", at, "--db", db]
            process.environment = CobroProcess.environment(home: home)
            let output = Pipe()
            process.standardOutput = output
            let errors = "\(home)/clerk\(clerk).err"
            _ = FileManager.default.createFile(atPath: errors, contents: nil)
            process.standardError = FileHandle(forWritingAtPath: errors)
            try process.run()
            return (process, output)
        }
        let codes = processes.enumerated().map { clerk, running -> String in
            let (process, output) = running
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
            let errors = (try? String(contentsOfFile: "\(home)/clerk\(clerk).err", encoding: .utf8)) ?? ""
            return json?["code"] as? String ?? "exit \(process.terminationStatus): \(errors)"
        }
        #expect(Set(codes).count == 20, "\(codes.sorted())")
        #expect(codes.allSatisfy { !$0.hasPrefix("exit") }, "\(codes)")
    }
}
