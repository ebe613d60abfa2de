import CobroDomain
import CobroStore
import Foundation
import Testing

@Suite("cobro agreement plan and list (SPEC §4 \"Agreement JSON\")")
struct AgreementCommandTests {
    let home: String
    let db: String

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-agreement-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        db = "\(home)/cobro.sqlite"
        try importFile("customers", "code,name\nC001,Óptica Ñandú\nC002,Harbor Lane\nC003,Viña Los Andes\n")
        try importFile("invoices", """
            number,customer_code,issue_date,due_date,amount,currency
            F-1,C001,2026-09-01,2026-10-01,600.00,EUR
            F-2,C001,2026-10-01,2026-10-31,400.00,EUR
            G-1,C002,2026-10-01,2026-10-31,80.00,EUR
            G-2,C002,2026-10-01,2026-10-31,99.00,USD
            H-1,C003,2026-10-01,2026-10-31,100000,CLP
            """)
    }

    private func importFile(_ kind: String, _ text: String) throws {
        let path = "\(home)/\(kind)-\(UUID().uuidString).csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let result = try cobro("import", kind, path)
        #expect(result.status == 0, "\(result.stderr)")
    }

    private func cobro(_ arguments: String...) throws -> CobroProcess.Result {
        try CobroProcess.run(arguments + ["--db", db], home: home)
    }

    private func json(_ result: CobroProcess.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    }

    private static let specPlan = ["agreement", "plan", "--customer", "C001", "--date", "2026-11-23", "--down-payment", "100.00",
                                   "--installments", "3", "--frequency", "monthly", "--first", "2027-01-31"]

    private func plan(_ extra: String...) throws -> CobroProcess.Result {
        try CobroProcess.run(Self.specPlan + extra + ["--db", db], home: home)
    }

    @Test("the SPEC's example: 1000.00 with 100.00 down, three monthly installments from Jan 31 clamped to month ends")
    func specExample() throws {
        let plan = try json(try plan("--format", "json"))
        #expect(plan as NSDictionary == [
            "customer": "C001", "currency": "EUR", "amount": "1000.00", "down_payment": "100.00", "agreement_date": "2026-11-23",
            "installments": [["n": 1, "due": "2027-01-31", "amount": "300.00"], ["n": 2, "due": "2027-02-28", "amount": "300.00"],
                             ["n": 3, "due": "2027-03-31", "amount": "300.00"]],
        ] as NSDictionary)
        #expect(try cobro("agreement", "list", "--format", "json").stdout.contains(#""agreements": []"#), "without --save nothing is stored")
    }

    @Test("zero-decimal CLP, no down payment: the remainder goes to the last installment")
    func clp() throws {
        let plan = try json(try cobro("agreement", "plan", "--customer", "C003", "--date", "2026-11-23", "--installments", "7",
                                      "--frequency", "weekly", "--first", "2026-12-01", "--format", "json"))
        #expect(plan["amount"] as? String == "100000" && plan["down_payment"] as? String == "0")
        let installments = plan["installments"] as! [[String: Any]]
        #expect(installments.map { $0["amount"] as! String } == ["14285", "14285", "14285", "14285", "14285", "14285", "14290"])
        #expect(installments.last?["due"] as? String == "2027-01-12")
    }

    @Test("--amount overrides the balance; --currency is needed with two currencies; a currency not owed is refused")
    func currencies() throws {
        let several = try cobro("agreement", "plan", "--customer", "C002", "--date", "2026-11-23", "--installments", "2",
                                "--frequency", "biweekly", "--first", "2026-12-01")
        #expect(several.status == 1 && several.stderr.contains("EUR, USD") && several.stdout.isEmpty)
        let usd = try json(try cobro("agreement", "plan", "--customer", "C002", "--currency", "USD", "--date", "2026-11-23",
                                     "--installments", "2", "--frequency", "biweekly", "--first", "2026-12-01", "--format", "json"))
        #expect((usd["installments"] as! [[String: Any]]).map { $0["amount"] as! String } == ["49.50", "49.50"])
        #expect((usd["installments"] as! [[String: Any]]).map { $0["due"] as! String } == ["2026-12-01", "2026-12-15"])
        let notOwed = try cobro("agreement", "plan", "--customer", "C002", "--currency", "MXN", "--date", "2026-11-23",
                                "--installments", "2", "--frequency", "weekly", "--first", "2026-12-01")
        #expect(notOwed.status == 1 && notOwed.stderr.contains("MXN"))
        let agreed = try json(try plan("--amount", "500.00", "--format", "json"))
        #expect(agreed["amount"] as? String == "500.00")
        #expect((agreed["installments"] as! [[String: Any]]).map { $0["amount"] as! String } == ["133.33", "133.33", "133.34"])
    }

    @Test("refusals: too many installments, a down payment over the debt, unknown customer exit 1; usage errors exit 64")
    func refusals() throws {
        let tooMany = try cobro("agreement", "plan", "--customer", "C003", "--date", "2026-11-23", "--installments", "100001",
                                "--frequency", "weekly", "--first", "2026-12-01")
        #expect(tooMany.status == 1 && tooMany.stderr.contains("100001"))
        let spanish = try plan("--down-payment", "2000.00", "--lang", "es")
        #expect(spanish.status == 1 && spanish.stderr.contains("la entrada"))
        #expect(try cobro("agreement", "plan", "--customer", "C999", "--installments", "2", "--frequency", "weekly",
                          "--first", "2026-12-01").status == 1)
        #expect(try plan("--amount", "1.234").status == 1)
        #expect(try cobro("agreement", "plan", "--customer", "C001", "--installments", "2", "--frequency", "yearly",
                          "--first", "2026-12-01").status == 64)
        #expect(try cobro("agreement", "plan", "--customer", "C001", "--installments", "2", "--frequency", "weekly").status == 64)
        #expect(try cobro("agreement", "list", "--status", "late").status == 64)
        #expect(try cobro("agreement", "list", "--format", "csv").status == 64)
    }

    @Test("--save stores it as active and prints its id; list shows it with its installments' progress")
    func saveAndList() throws {
        let saved = try json(try plan("--format", "json", "--save"))
        #expect(saved["id"] as? Int == 1 && saved["amount"] as? String == "1000.00")
        try importFile("payments", "customer_code,date,amount,currency,reference\nC001,2026-11-24,250.00,EUR,P-1\n")
        let list = try json(try cobro("agreement", "list", "--format", "json", "--as-of", "2027-02-03"))
        let agreements = list["agreements"] as! [[String: Any]]
        #expect(agreements.count == 1)
        let agreement = agreements[0]
        #expect(agreement["id"] as? Int == 1 && agreement["customer"] as? String == "C001" && agreement["status"] as? String == "active")
        #expect(agreement["down_payment"] as? String == "100.00" && agreement["agreement_date"] as? String == "2026-11-23")
        let installments = agreement["installments"] as! [[String: Any]]
        #expect(installments.map { $0["paid"] as! String } == ["150.00", "0.00", "0.00"])
        #expect(installments.map { $0["status"] as! String } == ["late", "pending", "pending"])
        #expect(installments.map { $0["n"] as! Int } == [1, 2, 3])

        let broken = try json(try cobro("agreement", "list", "--format", "json", "--as-of", "2027-02-06"))
        #expect((broken["agreements"] as! [[String: Any]])[0]["status"] as? String == "broken")
        #expect(((broken["agreements"] as! [[String: Any]])[0]["installments"] as! [[String: Any]])[0]["status"] as? String == "missed")

        let table = try cobro("agreement", "list", "--as-of", "2027-02-03", "--lang", "es")
        #expect(table.status == 0 && table.stdout.contains("Acuerdo 1") && table.stdout.contains("atrasado"))
    }

    @Test("--status and --customer filter the list by effective status and account")
    func filters() throws {
        #expect(try plan("--save").status == 0)
        let usd = try cobro("agreement", "plan", "--customer", "C002", "--currency", "USD", "--date", "2026-11-23", "--installments", "1",
                            "--frequency", "weekly", "--first", "2026-12-01", "--save")
        #expect(usd.status == 0, "\(usd.stderr)")
        try importFile("payments", "customer_code,date,amount,currency,reference\nC002,2026-11-30,99.00,USD,P-1\nC001,2026-11-23,100.00,EUR,P-2\n")
        func ids(_ arguments: String..., asOf: String = "2026-12-02") throws -> [Int] {
            let list = try json(try CobroProcess.run(["agreement", "list", "--format", "json", "--as-of", asOf] + arguments + ["--db", db],
                                                     home: home))
            return (list["agreements"] as! [[String: Any]]).map { $0["id"] as! Int }
        }
        #expect(try ids() == [1, 2])
        #expect(try ids("--status", "completed") == [2])
        #expect(try ids("--status", "active") == [1])
        #expect(try ids("--status", "cancelled") == [])
        #expect(try ids("--status", "broken", asOf: "2027-02-06") == [1], "installment 1 was due 2027-01-31")
        #expect(try ids("--customer", "C002") == [2])
        #expect(try cobro("agreement", "list", "--customer", "C999").status == 1)
    }

    @Test("on a database with users a clerk may not activate a 13-month plan; an owner may; an unknown user is refused")
    func roles() throws {
        let database = try CobroDatabase.open(path: db)
        try database.addUser(name: "marta", role: .owner, pin: "2468", at: Date())
        try database.addUser(name: "ana", role: .clerk, pin: "1357", at: Date(), by: "marta")
        let long = ["agreement", "plan", "--customer", "C001", "--date", "2026-11-23", "--installments", "13", "--frequency", "monthly",
                    "--first", "2026-12-23", "--save", "--format", "json", "--db", db]
        let clerk = try CobroProcess.run(long + ["--user", "ana"], home: home, environment: ["COBRO_PIN": "1357"])
        #expect(clerk.status == 1 && clerk.stdout.isEmpty)
        #expect(clerk.stderr.contains("only an owner may activate") && clerk.stderr.contains("12 months"))
        let spanish = try CobroProcess.run(long + ["--user", "ana", "--lang", "es"], home: home, environment: ["COBRO_PIN": "1357"])
        #expect(spanish.status == 1 && spanish.stderr.contains("solo un propietario"))
        let stranger = try CobroProcess.run(long + ["--user", "pepe"], home: home)
        #expect(stranger.status == 1 && stranger.stderr.contains("pepe"))
        let list = try CobroProcess.run(["agreement", "list", "--format", "json", "--user", "marta", "--db", db], home: home,
                                        environment: ["COBRO_PIN": "2468"])
        #expect(list.stdout.contains(#""agreements": []"#), "nothing was saved")
        let owner = try json(try CobroProcess.run(long + ["--user", "marta"], home: home, environment: ["COBRO_PIN": "2468"]))
        #expect(owner["id"] as? Int == 1)
        #expect((owner["installments"] as! [[String: Any]]).last?["due"] as? String == "2027-12-23")
    }
}
