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
            "contact_log": "id, customer_id, contact_person_id, user_name, at, channel, direction, outcome, note, next_action, callback_at, corrects_id",
            "promise": "id, contact_log_id, customer_id, amount, currency, promised_date",
            "reminder_sent": "id, invoice_id, stage, channel, contact_log_id, sent_on",
        ]
        return try tables.keys.sorted().map { table in
            let row = tables[table]!.split(separator: ", ").map { "quote(\($0))" }.joined(separator: " || ',' || ")
            return try query(database, "SELECT coalesce(group_concat(\(row), '|'), '') FROM (SELECT * FROM \(table) ORDER BY id)")
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

    // MARK: - Contact history

    @Test("the summary counts the contact log and its promises; good payers get fewer entries")
    func contactSummary() throws {
        let (database, summary) = try demo("demo.sqlite")
        #expect(try query(database, "SELECT count(*) FROM contact_log") == summary.contacts)
        #expect(try query(database, "SELECT count(*) FROM promise") == summary.promises)
        let contacted: Int = try query(database, "SELECT count(DISTINCT customer_id) FROM contact_log")
        // Calls, e-mails and letters the clerks logged; the dunning run's reminders come on top.
        let logged = summary.contacts - summary.reminders
        #expect(logged >= 1_200 && logged <= 3_000, "\(logged) entries")
        #expect(contacted >= 60 && contacted < 200)
        #expect(try query(database, "SELECT count(*) FROM audit_trail WHERE action = 'demo' AND after_json LIKE '%\"contacts\"%'") as Int == 1)
    }

    @Test("the contact log has every outcome, clerks, contact people, e-mails, letters and corrections of the same customer")
    func contactVariety() throws {
        let (database, _) = try demo("demo.sqlite")
        #expect(try query(database, "SELECT group_concat(outcome, ',') FROM (SELECT DISTINCT outcome FROM contact_log ORDER BY outcome)")
                == ContactOutcome.allCases.map(\.rawValue).sorted().joined(separator: ","))
        #expect(try query(database, "SELECT group_concat(channel, ',') FROM (SELECT DISTINCT channel FROM contact_log ORDER BY channel)") == "call,email,letter")
        #expect(try query(database, "SELECT group_concat(user_name, ',') FROM (SELECT DISTINCT user_name FROM contact_log WHERE user_name IS NOT NULL ORDER BY 1)") == "ana,luis,marta")
        #expect(try query(database, "SELECT count(*) FROM contact_log WHERE direction = 'inbound'") as Int > 0)
        #expect(try query(database, "SELECT count(*) FROM contact_log WHERE note IS NOT NULL AND next_action IS NOT NULL") as Int > 0)
        // Contact people named belong to the customer.
        #expect(try query(database, "SELECT count(*) FROM contact_log WHERE contact_person_id IS NOT NULL") as Int > 0)
        #expect(try query(database, """
            SELECT count(*) FROM contact_log l JOIN contact_person p ON p.id = l.contact_person_id WHERE p.customer_id <> l.customer_id
            """) as Int == 0)
        // Corrections point at an earlier entry of the same customer.
        #expect(try query(database, "SELECT count(*) FROM contact_log WHERE corrects_id IS NOT NULL") as Int > 0)
        #expect(try query(database, """
            SELECT count(*) FROM contact_log c JOIN contact_log o ON o.id = c.corrects_id
            WHERE o.customer_id <> c.customer_id OR o.id >= c.id OR o.at > c.at
            """) as Int == 0)
        // Notes in the customer's language.
        #expect(try query(database, "SELECT count(*) FROM contact_log l JOIN customer c ON c.id = l.customer_id WHERE c.language = 'es' AND l.note = 'No contesta.'") as Int > 0)
        #expect(try query(database, "SELECT count(*) FROM contact_log l JOIN customer c ON c.id = l.customer_id WHERE c.language = 'en' AND l.note = 'No contesta.'") as Int == 0)
        #expect(try query(database, "SELECT count(*) FROM contact_log WHERE at > '\(today.iso)T23:59:59Z' OR at < '\(today.adding(days: -185).iso)'") as Int == 0)
    }

    @Test("calls are made at local hours, Monday to Saturday, in five zones, at most one a day per customer")
    func callsAtLocalHours() throws {
        let (database, _) = try demo("demo.sqlite")
        let rows = try DatabaseQueue(path: database.path).read { db in
            try Row.fetchAll(db, sql: """
                SELECT l.customer_id, l.at, c.time_zone FROM contact_log l JOIN customer c ON c.id = l.customer_id
                WHERE l.channel = 'call' AND l.corrects_id IS NULL ORDER BY l.customer_id, l.at
                """)
        }
        #expect(rows.count > 300)
        var zones: Set<String> = []
        var days: Set<String> = []
        for row in rows {
            let zoneName: String = row[2]
            zones.insert(zoneName)
            let zone = try #require(TimeZone(identifier: zoneName))
            let instant = try #require(try? Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).parse(row[1] as String))
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .weekday], from: instant)
            #expect((9..<20).contains(parts.hour!), "call at \(row[1] as String) in \(zoneName)")
            #expect(parts.weekday != 1, "call on a Sunday: \(row[1] as String) in \(zoneName)")
            let key = "\(row[0] as Int64) \(parts.year!)-\(parts.month!)-\(parts.day!)"
            #expect(!days.contains(key), "two calls on one day: \(key)")
            days.insert(key)
        }
        #expect(zones == ["Europe/Madrid", "America/Mexico_City", "America/Bogota", "America/Santiago", "America/New_York"])
    }

    @Test("promises are kept with a covering payment, broken, due today and due later; callbacks are due today")
    func promisesAndCallbacks() throws {
        let (database, _) = try demo("demo.sqlite")
        let covered = """
            (SELECT coalesce(sum(y.amount), 0) FROM payment y WHERE y.customer_id = p.customer_id AND y.currency = p.currency
             AND y.date >= date(l.at) AND y.date <= date(p.promised_date, '+2 days'))
            """
        let fromPromise = "FROM promise p JOIN contact_log l ON l.id = p.contact_log_id"
        #expect(try query(database, "SELECT count(*) \(fromPromise) WHERE l.outcome <> 'promise' OR l.channel <> 'call'") as Int == 0)
        #expect(try query(database, "SELECT count(*) \(fromPromise) WHERE p.promised_date < '\(today.iso)' AND \(covered) >= p.amount") as Int > 0)
        #expect(try query(database, "SELECT count(*) \(fromPromise) WHERE p.promised_date <= '\(today.adding(days: -7).iso)' AND \(covered) < p.amount") as Int > 0)
        #expect(try query(database, "SELECT count(*) \(fromPromise) WHERE p.promised_date = '\(today.iso)' AND \(covered) < p.amount") as Int > 0)
        #expect(try query(database, "SELECT count(*) \(fromPromise) WHERE p.promised_date > '\(today.iso)'") as Int > 0)
        // Kept promises are paid in their currency, by the promised date, with a reference.
        #expect(try query(database, "SELECT count(*) FROM payment WHERE date > '\(today.iso)'") as Int == 0)
        #expect(try query(database, "SELECT count(*) FROM contact_log WHERE outcome = 'callback' AND substr(callback_at, 1, 10) = '\(today.iso)'") as Int > 0)
        #expect(try query(database, "SELECT count(*) FROM contact_log WHERE callback_at IS NOT NULL AND outcome <> 'callback'") as Int == 0)
    }

    @Test("a queue at today's midday in the Americas has every tier")
    func queueTiers() throws {
        let (database, _) = try demo("demo.sqlite")
        // 12:00 in New York and Bogotá, 11:00 in Mexico City, 14:00 in Santiago, 18:00 in Madrid.
        let madrid = TimeZone(identifier: "Europe/Madrid")!
        let newYork = TimeZone(identifier: "America/New_York")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = newYork
        let noon = try #require(calendar.date(from: DateComponents(year: today.year, month: today.month, day: today.day, hour: 12)))
        let candidates = try database.queueCandidates(at: noon, deskTimeZone: madrid)
        let queue = CallQueue.rank(candidates, at: noon, deskTimeZone: madrid)
        let tiers = Set(queue.map(\.reason.rawValue))
        for tier in ["callback", "broken_promise", "promise_due", "priority"] {
            #expect(tiers.contains(tier), "no \(tier) in \(queue.count) entries")
        }
        // Both the same-seed demo and the queue come out the same every time.
        let (again, _) = try demo("again.sqlite")
        let againQueue = CallQueue.rank(try again.queueCandidates(at: noon, deskTimeZone: madrid), at: noon, deskTimeZone: madrid)
        #expect(againQueue.map(\.code) == queue.map(\.code))
    }
}

extension DemoPortfolioTests {
    @Test("agreements in every state as of today, with installments, status history and the payments that make it so")
    func agreements() throws {
        let (database, summary) = try demo("demo.sqlite", customers: 1_000)
        #expect(try query(database, "SELECT count(*) FROM agreement") == summary.agreements)
        let stored = try database.agreementsWithProgress(asOf: today)
        let byState: [String: [StoredAgreement]] = Dictionary(grouping: stored) { agreement in
            agreement.status == .active ? (agreement.progress.isUpToDate ? "up to date" : "late") : agreement.status.rawValue
        }
        #expect(Set(byState.keys) == ["up to date", "late", "broken", "completed", "cancelled"], "\(byState.mapValues(\.count))")
        for agreement in stored {
            let scheduled = agreement.agreement.installments.reduce(agreement.agreement.downPayment.minorUnits) { $0 + $1.amount.minorUnits }
            #expect(scheduled == agreement.agreement.payable.minorUnits)
            #expect(!agreement.invoices.isEmpty)
            let history = try database.agreementHistory(id: agreement.id)
            #expect(history.first?.status == .active)
            #expect(history.last?.status == agreement.status, "agreement \(agreement.id)")
        }
        // The history already holds every transition the payments made.
        #expect(try database.recordAgreementTransitions(asOf: today, at: Date()) == 0)

        // At noon in New York every zone calls: paying as agreed keeps the account out, a broken plan brings it in.
        let madrid = TimeZone(identifier: "Europe/Madrid")!
        let noon = ISO8601DateFormatter().date(from: "\(today.iso)T17:00:00Z")!
        let queue = try database.callQueue(at: noon, deskTimeZone: madrid, policy: .standard, conversionRates: [:], user: nil)
        let codes = { (state: String) in Set(byState[state, default: []].map(\.agreement.customerCode)) }
        #expect(queue.filter { codes("up to date").contains($0.code) }.isEmpty)
        let broken = queue.filter { codes("broken").contains($0.code) }
        #expect(!broken.isEmpty)
        #expect(broken.allSatisfy { if case .brokenAgreement = $0.detail { true } else { $0.reason == .callback } })
    }
}
