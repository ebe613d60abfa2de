import CobroDomain
import CobroStore
import Foundation
import Testing

@Suite("cobro remind (SPEC §5 \"Dunning stages\"): JSON report, outbox files, idempotence, catch-up, dry run, template errors")
struct RemindCommandTests {
    let home: String
    let db: String
    let outbox: String

    /// C001 (Spanish, e-mail) owes F-1 (83 days late on 23 Nov) and F-2 (24 days); C002 (English,
    /// no e-mail) owes G-1 (50 days); C003 is in legal; D-1 is disputed.
    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-remind-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: "\(home)/config/cobro", withIntermediateDirectories: true)
        db = "\(home)/cobro.sqlite"
        outbox = "\(home)/outbox"
        try importFile("customers", """
            code,name,email,status,language
            C001,Óptica Ñandú,pagos@nandu.es,active,es
            C002,Harbor Lane,,active,en
            C003,Viña Los Andes,cobros@vina.cl,legal,es
            """)
        try importFile("invoices", """
            number,customer_code,issue_date,due_date,amount,currency,disputed
            F-1,C001,2026-08-01,2026-09-01,200.00,EUR,false
            F-2,C001,2026-10-01,2026-10-30,50.00,EUR,false
            D-1,C001,2026-10-01,2026-10-30,20.00,EUR,true
            G-1,C002,2026-09-01,2026-10-04,99.00,EUR,false
            H-1,C003,2026-09-01,2026-10-04,10.00,EUR,false
            """)
        try configure(company: true)
    }

    private func configure(company: Bool, extra: String = "") throws {
        let text = (company ? "company:\n  name: Cobros Ejemplo SL\n  email: cobros@ejemplo.es\n" : "") + extra
        try Data(text.utf8).write(to: URL(fileURLWithPath: "\(home)/config/cobro/config.yaml"))
    }

    private func importFile(_ kind: String, _ text: String) throws {
        let path = "\(home)/\(kind)-\(UUID().uuidString).csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let result = try CobroProcess.run(["import", kind, path, "--db", db], home: home)
        #expect(result.status == 0, "\(result.stderr)")
    }

    private func remind(_ asOf: String, _ extra: String...) throws -> (json: [String: Any], stderr: String) {
        let result = try CobroProcess.run(["remind", "--as-of", asOf, "--outbox", outbox, "--format", "json", "--db", db] + extra, home: home)
        #expect(result.status == 0, "\(result.stderr)")
        return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any], result.stderr)
    }

    private func sent(_ json: [String: Any]) -> [String] {
        (json["sent"] as! [[String: Any]]).map { "\($0["customer"]!) \($0["stage"]!) \($0["channel"]!) \(($0["invoices"] as! [String]).joined(separator: ","))" }
    }

    private func skipped(_ json: [String: Any]) -> [String] {
        (json["skipped"] as! [[String: Any]]).map { "\($0["customer"]!) \($0["invoice"]!) \($0["reason"]!)" }
    }

    private func outboxFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: outbox)) ?? []).sorted()
    }

    private func contactCount(_ code: String) throws -> Int {
        try CobroDatabase.open(path: db).account(code: code, asOf: CivilDate(iso: "2026-12-31")!)!.contactLog.count
    }

    @Test("the JSON report as the SPEC writes it, with the files written to the outbox")
    func reportAndFiles() throws {
        let (json, _) = try remind("2026-11-23")
        #expect(Set(json.keys) == ["as_of", "sent", "skipped"])
        #expect(json["as_of"] as? String == "2026-11-23")
        #expect(sent(json) == ["C001 second email F-2", "C001 demand letter F-1", "C002 final letter G-1"])
        #expect(skipped(json) == ["C001 D-1 disputed", "C002 G-1 no_email", "C003 H-1 status"])
        let entries = json["sent"] as! [[String: Any]]
        #expect(entries.allSatisfy { Set($0.keys) == ["customer", "stage", "channel", "invoices", "file"] })
        #expect(entries.map { ($0["file"] as! String).split(separator: "/").last! } ==
                ["2026-11-23_C001_second_email.eml", "2026-11-23_C001_demand_letter.txt", "2026-11-23_C002_final_letter.txt"])
        #expect(outboxFiles() == ["2026-11-23_C001_demand_letter.txt", "2026-11-23_C001_second_email.eml", "2026-11-23_C002_final_letter.txt"])
        let email = try String(contentsOfFile: "\(outbox)/2026-11-23_C001_second_email.eml", encoding: .utf8)
        #expect(email.contains("To: =?UTF-8?B?"))
        #expect(email.contains("F-2"))
        // The final notice states the interest (99.00 € × 10.15 % × 50 / 365 = 1.38 €) and the 40 € compensation.
        let letter = try String(contentsOfFile: "\(outbox)/2026-11-23_C002_final_letter.txt", encoding: .utf8)
        #expect(letter.contains("€1.38"))
        #expect(letter.contains("€40.00"))
        #expect(try contactCount("C001") == 2)
    }

    @Test("a second run the same day sends nothing and writes nothing")
    func idempotent() throws {
        _ = try remind("2026-11-23")
        let files = outboxFiles()
        let (again, _) = try remind("2026-11-23")
        #expect(sent(again).isEmpty)
        #expect(outboxFiles() == files)
        #expect(try contactCount("C001") == 2)
    }

    @Test("a run after missed days sends the latest stage reached, not the stages in between")
    func catchUp() throws {
        let (early, _) = try remind("2026-11-06")
        #expect(sent(early).filter { $0.hasPrefix("C001") } == ["C001 first email F-2", "C001 final email F-1", "C001 final letter F-1"])
        // F-2 (due 30 Oct) got `first` on 6 Nov; nobody ran until 13 Dec (44 days late): only `second` goes,
        // and F-1 goes from `final` to `demand`.
        let (late, _) = try remind("2026-12-13")
        #expect(sent(late).filter { $0.hasPrefix("C001") } == ["C001 second email F-2", "C001 demand letter F-1"])
    }

    @Test("--dry-run reports what is due and writes nothing: no file, no contact-log entry, nothing recorded")
    func dryRun() throws {
        let (json, _) = try remind("2026-11-23", "--dry-run")
        #expect(sent(json) == ["C001 second email F-2", "C001 demand letter F-1", "C002 final letter G-1"])
        #expect((json["sent"] as! [[String: Any]]).allSatisfy { $0["file"] is NSNull })
        #expect(!FileManager.default.fileExists(atPath: outbox))
        #expect(try contactCount("C001") == 0)
        #expect(sent(try remind("2026-11-23").json).count == 3)
    }

    @Test("without company: in config.yaml the reminders still go, signed without a company name")
    func withoutCompany() throws {
        try configure(company: false)
        let (json, _) = try remind("2026-11-23")
        #expect(sent(json) == ["C001 second email F-2", "C001 demand letter F-1", "C002 final letter G-1"])
        let letter = try String(contentsOfFile: "\(outbox)/2026-11-23_C002_final_letter.txt", encoding: .utf8)
        #expect(letter.contains("G-1"))
        #expect(!letter.contains("{{"))
    }

    @Test("a template that needs a field the account lacks skips the message with reason template; nothing blank is sent")
    func templateError() throws {
        let database = try CobroDatabase.open(path: db)
        let key = TemplateKey(stage: "second", language: .es, channel: .email)
        try database.saveTemplate(ReminderTemplate(key: key, subject: "Aviso para {{contact_name}}", body: "Estimado/a {{contact_name}}:\n"),
                                  user: nil, at: Date())
        let (json, stderr) = try remind("2026-11-23")
        #expect(!sent(json).contains("C001 second email F-2"))
        #expect(skipped(json).contains("C001 F-2 template"))
        #expect(stderr.contains("contact_name"))
        #expect(!outboxFiles().contains("2026-11-23_C001_second_email.eml"))
        #expect(try contactCount("C001") == 1)
    }

    @Test("the owner's ladder and rates from config.yaml dunning:")
    func ownersConfig() throws {
        try configure(company: true, extra: """
            dunning:
              stages:
                - {name: final, days: 45, channels: [letter], late_payment: true}
              interest_rates: {2026-H2: 12.00}

            """)
        let (json, _) = try remind("2026-11-23")
        #expect(sent(json) == ["C001 final letter F-1", "C002 final letter G-1"])
        // 99.00 € × 12 % × 50 / 365 = 1.6274 → 1.63 €
        let letter = try String(contentsOfFile: "\(outbox)/2026-11-23_C002_final_letter.txt", encoding: .utf8)
        #expect(letter.contains("€1.63"))
        try configure(company: true, extra: "dunning:\n  stages: [{name: a, days: 1, channels: [call]}]\n")
        let refused = try CobroProcess.run(["remind", "--db", db], home: home)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("stage 'a' needs one or more different channels"))
    }

    @Test("a wrong dunning: setting in config.yaml is refused with the file, its line and what to write; nothing is sent",
          arguments: [
              ("interest_rates: {2026-H3: 10}", "interest rate '2026-H3: 10' must be a half-year like 2026-H2 and a percentage like 10.15"),
              ("interest_rates: {2026-H2: 10.155}", "interest rate '2026-H2: 10.155' must be a half-year like 2026-H2"),
              ("compensation: {EUR: forty}", "compensation 'EUR: forty' must be a currency code and an amount"),
              ("interest_currencies: [EURO]", "interest_currencies must be a list of currency codes"),
              ("stage: []", "unknown setting 'stage' (known: stages, interest_rates, interest_currencies, compensation)"),
              ("stages: [{name: a, days: 7, channels: [email]}, {name: b, days: 7, channels: [letter]}]",
               "stages a and b are reached on the same day; give each its own"),
          ])
    func wrongDunningConfig(setting: String, message: String) throws {
        try configure(company: true, extra: "dunning:\n  \(setting)\n")
        let result = try CobroProcess.run(["remind", "--as-of", "2026-11-23", "--outbox", outbox, "--db", db], home: home)
        #expect(result.status == 1)
        #expect(result.stderr.contains("config.yaml:4: dunning: "), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(outboxFiles().isEmpty)
    }

    @Test("the ladder the owner saved in the desk is the run's; config.yaml's stages win over it")
    func savedLadder() throws {
        let owners = try DunningPolicy(stages: [DunningStage(name: "second", days: 21, channels: [.letter])])
        try CobroDatabase.open(path: db).saveDunningPolicy(owners, user: nil, at: Date())
        #expect(sent(try remind("2026-11-23", "--dry-run").json) == ["C001 second letter F-1,F-2", "C002 second letter G-1"])
        try configure(company: true, extra: "dunning:\n  stages: [{name: first, days: 7, channels: [email]}]\n")
        #expect(sent(try remind("2026-11-23", "--dry-run").json) == ["C001 first email F-1,F-2"])
    }

    @Test("the table speaks the user's language and names each reason code")
    func table() throws {
        let result = try CobroProcess.run(["remind", "--as-of", "2026-11-23", "--dry-run", "--lang", "es", "--db", db], home: home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Recordatorios al 23/11/2026: 3 enviados"))
        #expect(result.stdout.contains("no_email: sin dirección de correo válida"))
    }
}
