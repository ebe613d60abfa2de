import CobroDomain
import CobroStore
import Foundation
import Testing

@Suite("Agreements: how long a plan a clerk may activate is the owner's setting (agreement_owner_months)")
struct AgreementLimitConfigTests {
    let home: String
    let db: String

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-limit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: "\(home)/config/cobro", withIntermediateDirectories: true)
        db = "\(home)/cobro.sqlite"
        try Data("code,name\nC1,Ferretería Núñez\n".utf8).write(to: URL(fileURLWithPath: "\(home)/c.csv"))
        try Data("number,customer_code,issue_date,due_date,amount,currency\nF-1,C1,2026-09-01,2026-10-01,1300.00,EUR\n".utf8)
            .write(to: URL(fileURLWithPath: "\(home)/i.csv"))
        _ = try CobroProcess.run(["import", "customers", "\(home)/c.csv", "--db", db], home: home)
        _ = try CobroProcess.run(["import", "invoices", "\(home)/i.csv", "--db", db], home: home)
        let database = try CobroDatabase.open(path: db)
        try database.addUser(name: "olga", role: .owner, at: Date())
        try database.addUser(name: "clara", role: .clerk, pin: "4321", at: Date(), by: "olga")
    }

    private func clerkActivatesThirteenMonths() throws -> CobroProcess.Result {
        try CobroProcess.run(["agreement", "plan", "--customer", "C1", "--date", "2026-11-23", "--installments", "13", "--frequency", "monthly",
                              "--first", "2026-12-23", "--save", "--user", "clara", "--db", db], home: home,
                              environment: ["COBRO_PIN": "4321"])
    }

    @Test("by default a clerk cannot activate a 13-month plan; with agreement_owner_months: 24 they can")
    func limitFromConfig() throws {
        let refused = try clerkActivatesThirteenMonths()
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("owner"), "\(refused.stderr)")
        try Data("agreement_owner_months: 24\n".utf8).write(to: URL(fileURLWithPath: "\(home)/config/cobro/config.yaml"))
        let allowed = try clerkActivatesThirteenMonths()
        #expect(allowed.status == 0, "\(allowed.stderr)")
    }

    @Test("a wrong value is reported with the file and line")
    func wrongValue() throws {
        try Data("language: en\nagreement_owner_months: forever\n".utf8).write(to: URL(fileURLWithPath: "\(home)/config/cobro/config.yaml"))
        let result = try clerkActivatesThirteenMonths()
        #expect(result.status == 1)
        #expect(result.stderr.contains("config.yaml:2:") && result.stderr.contains("agreement_owner_months"), "\(result.stderr)")
    }
}
