import CobroStore
import Foundation
import Testing

@Suite("cobro retention, run as a user runs it: the list, then --anonymise with the figures kept")
struct RetentionCommandTests {
    let home: String
    let db: String

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-retention-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        db = "\(home)/cobro.sqlite"
        let database = try CobroDatabase.open(path: db)
        let files: [(ImportKind, String)] = [
            (.customers, "code,name,phone,language\nC1,Ana Antigua,+34 600 111 222,es\nC2,Bob Recent,,en\nC3,Carla Debe,,es\n"),
            (.invoices, """
                number,customer_code,issue_date,due_date,amount,currency
                F1,C1,2018-01-01,2018-01-31,100.00,EUR
                F2,C2,2024-01-01,2024-01-31,100.00,EUR
                F3,C3,2018-01-01,2018-01-31,100.00,EUR
                """),
            (.payments, "customer_code,date,amount,currency\nC1,2018-02-10,100.00,EUR\nC2,2024-02-01,100.00,EUR\n"),
        ]
        for (kind, text) in files {
            _ = try database.importCSV(kind, bytes: Array(text.utf8), fileName: "\(kind).csv", decimalSeparator: .point, actor: "tester")
        }
    }

    private func cobro(_ arguments: String...) throws -> CobroProcess.Result {
        try CobroProcess.run(arguments + ["--db", db], home: home)
    }

    private func json(_ text: String) throws -> NSDictionary {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! NSDictionary
    }

    @Test("the JSON list names who is past six years; --anonymise lists who it anonymised, and the aging report is the same after")
    func listThenAnonymise() throws {
        let listed = try cobro("retention", "--as-of", "2026-12-04", "--format", "json")
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(try json(listed.stdout) == json("""
            {"as_of": "2026-12-04", "years": 6, "cutoff": "2020-12-04", "anonymised": [],
             "customers": [{"code": "C1", "name": "Ana Antigua", "last_activity": "2018-02-10", "anonymised_at": null}]}
            """))
        let agingBefore = try cobro("report", "aging", "--as-of", "2026-12-04", "--format", "json").stdout

        let done = try cobro("retention", "--as-of", "2026-12-04", "--format", "json", "--anonymise")
        #expect(done.status == 0, "\(done.stderr)")
        let result = try json(done.stdout)
        #expect(result["anonymised"] as? [String] == ["C1"])
        let customer = (result["customers"] as! [NSDictionary])[0]
        #expect(customer["name"] as? String == "Anonimizado C1")
        #expect(customer["anonymised_at"] is String)
        #expect(try cobro("report", "aging", "--as-of", "2026-12-04", "--format", "json").stdout == agingBefore)
        #expect(try cobro("export", "customers", "-").stdout.contains("+34 600 111 222") == false)
    }

    @Test("the table says the rule and what to do, in Spanish and English; --years changes the period")
    func table() throws {
        let english = try cobro("retention", "--as-of", "2026-12-04")
        #expect(english.stdout == """
            Customers settled and inactive for more than 6 years (as of 4 Dec 2026: last activity before 4 Dec 2020)
              code  name         last activity  anonymised
              C1    Ana Antigua  10 Feb 2018    —
            1 to anonymise: run again with --anonymise (owner only).

            """)
        let spanish = try cobro("retention", "--as-of", "2026-12-04", "--lang", "es", "--years", "10")
        #expect(spanish.stdout.hasPrefix("Clientes saldados y sin actividad desde hace más de 10 años"))
        #expect(spanish.stdout.contains("  Ninguno."))
        #expect(try cobro("retention", "--years", "0").status == 64)
    }
}
