import CobroDomain
import CobroStore
import Foundation
import GRDB
import Testing

@Suite("cobro demo (SPEC §4): a realistic, deterministic portfolio in an empty database")
final class DemoPortfolioTests {
    private let folder: URL
    private let today = CivilDate(iso: "2026-11-23")!

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-demo-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// A fresh database file holding the demo made with these arguments.
    private func demo(_ name: String, customers: Int = 200, seed: UInt64 = 7) throws -> (CobroDatabase, DemoSummary) {
        let database = try CobroDatabase.open(path: folder.appendingPathComponent(name).path)
        let summary = try database.makeDemo(customers: customers, seed: seed, today: today, actor: "tester")
        return (database, summary)
    }

    private func query<T: DatabaseValueConvertible>(_ database: CobroDatabase, _ sql: String) throws -> T {
        try DatabaseQueue(path: database.path).read { try T.fetchOne($0, sql: sql)! }
    }

    /// Every row of every table the demo fills, as one text: equal texts mean equal databases.
    private func contents(_ database: CobroDatabase) throws -> [String] {
        let tables = [
            "customer": "id, code, name, tax_id, phone, email, time_zone, language, notes, do_not_call, status, debtor_type",
            "contact_person": "id, customer_id, name, role, phone, email",
            "invoice": "id, number, customer_id, issue_date, due_date, amount, currency, disputed",
            "payment": "id, customer_id, date, amount, currency, method, reference, invoice_id, fingerprint",
        ]
        return try tables.keys.sorted().map { table in
            let row = tables[table]!.split(separator: ", ").map { "quote(\($0))" }.joined(separator: " || ',' || ")
            return try query(database, "SELECT group_concat(\(row), '|') FROM (SELECT * FROM \(table) ORDER BY id)")
        }
    }

    @Test("the same seed and today make the same data; another seed makes other data")
    func deterministic() throws {
        let (first, firstSummary) = try demo("a.sqlite")
        let (second, secondSummary) = try demo("b.sqlite")
        let (other, _) = try demo("c.sqlite", seed: 8)
        #expect(firstSummary == secondSummary)
        let firstContents = try contents(first)
        #expect(try contents(second) == firstContents)
        let otherContents = try contents(other)
        for (mine, theirs) in zip(firstContents, otherContents) { #expect(mine != theirs) }
    }

    @Test("the summary counts what was written, about ten invoices per customer")
    func summary() throws {
        let (database, summary) = try demo("demo.sqlite")
        #expect(summary.customers == 200)
        #expect(try query(database, "SELECT count(*) FROM customer") == 200)
        #expect(try query(database, "SELECT count(*) FROM invoice WHERE amount > 0") == summary.invoices)
        #expect(try query(database, "SELECT count(*) FROM invoice WHERE amount < 0") == summary.creditNotes)
        #expect(try query(database, "SELECT count(*) FROM payment") == summary.payments)
        #expect((1_600...2_400).contains(summary.invoices))
        #expect(summary.payments > summary.invoices / 2)
        #expect(try query(database, "SELECT count(*) FROM audit_trail WHERE action = 'demo' AND user_name = 'tester'") == 1)
    }

    @Test("a database that already has customers is refused and left as it was")
    func refusesNonEmpty() throws {
        let (database, _) = try demo("demo.sqlite", customers: 3)
        let before = try contents(database)
        let auditEntries: Int = try query(database, "SELECT count(*) FROM audit_trail")
        #expect(throws: StoreError.demoNeedsEmptyDatabase(path: database.path)) {
            try database.makeDemo(customers: 5, seed: 99, today: today, actor: nil)
        }
        #expect(try contents(database) == before)
        #expect(try query(database, "SELECT count(*) FROM audit_trail") == auditEntries)
    }

    @Test("every aging bucket holds money in at least two currencies, and some credit is unapplied")
    func everyBucket() throws {
        let (database, _) = try demo("demo.sqlite")
        let report = try database.agingReport(asOf: today)
        #expect(report.currencies.map(\.currency.code) == ["CLP", "EUR", "MXN", "USD"])
        for bucket in AgingBucket.allCases {
            let currencies = report.currencies.filter { $0.totals[bucket] > 0 }.map(\.currency.code)
            #expect(currencies.count >= 2, "bucket \(bucket.rawValue) only in \(currencies)")
        }
        #expect(report.currencies.contains { currency in currency.customers.contains { $0.figures.unapplied < 0 } })
    }

    @Test("disputes, credit notes, do-not-call, non-active accounts and both languages are present")
    func variety() throws {
        let (database, _) = try demo("demo.sqlite")
        #expect(try query(database, "SELECT count(*) FROM invoice WHERE disputed") as Int > 0)
        #expect(try query(database, "SELECT count(*) FROM invoice WHERE amount < 0") as Int > 0)
        #expect(try query(database, "SELECT count(*) FROM customer WHERE do_not_call") as Int > 0)
        #expect(try query(database, "SELECT count(DISTINCT status) FROM customer WHERE status <> 'active'") as Int >= 2)
        #expect(try query(database, "SELECT count(DISTINCT language) FROM customer") as Int == 2)
        #expect(try query(database, "SELECT count(*) FROM customer WHERE email IS NULL") as Int > 0)
        #expect(try query(database, "SELECT count(*) FROM customer WHERE instr(name, 'ñ') OR instr(name, 'Ñ')") as Int > 0)
        #expect(try query(database, "SELECT count(*) FROM contact_person") as Int > 100)
        #expect(try query(database, "SELECT count(*) FROM payment WHERE invoice_id IS NULL") as Int > 0)
        #expect(try query(database, "SELECT count(*) FROM payment WHERE invoice_id IS NOT NULL") as Int > 0)
        #expect(try query(database, "SELECT count(*) FROM payment WHERE fingerprint IS NOT NULL") as Int > 0)
        #expect(try query(database, "SELECT count(DISTINCT method) FROM payment") as Int == PaymentMethod.allCases.count)
        // Customers with two currencies.
        #expect(try query(database, "SELECT count(*) FROM (SELECT customer_id FROM invoice GROUP BY customer_id HAVING count(DISTINCT currency) = 2)") as Int > 0)
    }

    @Test("the data keeps the SPEC's rules: codes, numbers, dates, amounts, targets, time zones")
    func rules() throws {
        let (database, _) = try demo("demo.sqlite")
        #expect(try query(database, "SELECT min(code) || ' ' || max(code) FROM customer") == "C00001 C00200")
        #expect(try query(database, "SELECT count(*) FROM invoice WHERE number NOT GLOB 'F-20[0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]' AND number NOT GLOB 'NC-20[0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]'") as Int == 0)
        #expect(try query(database, "SELECT count(*) FROM invoice WHERE issue_date > '\(today.adding(days: 5).iso)' OR issue_date < '\(today.adding(days: -470).iso)'") as Int == 0)
        #expect(try query(database, "SELECT count(*) FROM payment WHERE date > '\(today.iso)'") as Int == 0)
        // CLP has no decimals: its amounts are whole pesos of a realistic size, not cents.
        #expect(try query(database, "SELECT min(amount) FROM invoice WHERE currency = 'CLP' AND amount > 0") as Int >= 1_000)
        // A targeted payment names an invoice of the same customer and currency.
        #expect(try query(database, """
            SELECT count(*) FROM payment p JOIN invoice i ON i.id = p.invoice_id
            WHERE i.customer_id <> p.customer_id OR i.currency <> p.currency OR i.amount < 0
            """) as Int == 0)
        // Each customer's zone matches its main currency.
        #expect(try query(database, """
            SELECT count(*) FROM customer c WHERE NOT EXISTS (
                SELECT 1 FROM invoice i WHERE i.customer_id = c.id AND i.currency = CASE c.time_zone
                    WHEN 'Europe/Madrid' THEN 'EUR' WHEN 'America/New_York' THEN 'USD' WHEN 'America/Bogota' THEN 'USD'
                    WHEN 'America/Mexico_City' THEN 'MXN' WHEN 'America/Santiago' THEN 'CLP' END)
            """) as Int == 0)
    }
}
