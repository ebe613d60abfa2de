import CobroDomain
import CobroStore
import Foundation
import GRDB
import Testing

/// A portfolio on 2026-12-04 with customers settled long ago, recently, not at all, and never in debt.
struct RetentionFixture {
    let folder: TemporaryFolder
    let database: CobroDatabase
    let asOf = CivilDate(iso: "2026-12-04")!
    let at = Date(timeIntervalSince1970: 1_796_400_000) // 2026-12-04T16:00:00Z
    var period: RetentionPeriod { RetentionPeriod(asOf: asOf) }

    init() throws {
        folder = try TemporaryFolder()
        database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        _ = try database.importText(.customers, """
            code,name,tax_id,phone,email,language,notes
            C001,Ana Antigua,12345678Z,+34 600 111 222,ana@example.es,es,Paga tarde pero paga
            C002,Berta Reciente,,+34 600 333 444,,es,
            C003,Carlos Debe,,,,es,
            C004,Diana Sin Deudas,,,,es,
            C005,Edward Oldfield,GB123,+44 20 7946 0000,ed@example.co.uk,en,
            C006,Fina Llamada,,,,es,
            """)
        _ = try database.importText(.invoices, """
            number,customer_code,issue_date,due_date,amount,currency
            F-1,C001,2018-01-01,2018-01-31,100.00,EUR
            F-2,C002,2018-01-01,2018-01-31,100.00,EUR
            F-3,C003,2017-01-01,2017-01-31,100.00,EUR
            F-5,C005,2019-05-01,2019-06-01,300.00,USD
            F-6,C006,2018-01-01,2018-01-31,100.00,EUR
            """)
        _ = try database.importText(.payments, """
            customer_code,date,amount,currency,reference
            C001,2018-02-10,100.00,EUR,P-1
            C002,2021-01-01,100.00,EUR,P-2
            C005,2019-07-01,300.00,USD,P-5
            C006,2018-02-01,100.00,EUR,P-6
            """)
        try database.logContact(ContactLogEntry(customerCode: "C001", contactPerson: "Luis Antiguo", user: "clerk",
                                                at: Date(timeIntervalSince1970: 1_517_400_000), channel: .call, outcome: .promise,
                                                note: "Ana dice que paga el viernes", nextAction: "llamar a Luis al 600 999 888",
                                                promise: PromiseToPay(amount: Money(minorUnits: 10_000, currency: .EUR), date: CivilDate(iso: "2018-02-09")!)))
        // Fina was called in 2022 about something else: still recent.
        try database.logContact(ContactLogEntry(customerCode: "C006", at: Date(timeIntervalSince1970: 1_650_000_000), channel: .call,
                                                outcome: .other, note: "pregunta por una factura nueva"))
    }

    func value<T: DatabaseValueConvertible>(_ sql: String, _ arguments: StatementArguments = []) throws -> T? {
        try DatabaseQueue(path: database.path).read { try T.fetchOne($0, sql: sql, arguments: arguments) }
    }

    /// Every byte of the database file and its write-ahead log.
    func rawBytes() throws -> Data {
        let wal = database.path + "-wal"
        var data = try Data(contentsOf: URL(fileURLWithPath: database.path))
        if FileManager.default.fileExists(atPath: wal) { data += try Data(contentsOf: URL(fileURLWithPath: wal)) }
        return data
    }
}

@Suite("Retention: customers settled more than N years ago are listed, and anonymised by the owner with every figure kept")
struct RetentionTests {
    let fixture: RetentionFixture
    var database: CobroDatabase { fixture.database }

    init() throws { fixture = try RetentionFixture() }

    @Test("listed: settled in every currency and nothing since more than six years before as-of; not: recent activity, open debt, no debt at all")
    func candidates() throws {
        let listed = try database.retentionCandidates(fixture.period)
        #expect(listed.map(\.code) == ["C001", "C005"])
        #expect(listed.map(\.lastActivity.iso) == ["2018-02-10", "2019-07-01"])
        #expect(listed.allSatisfy { $0.anonymisedAt == nil })
        #expect(fixture.period.cutoff.iso == "2020-12-04")
        #expect(try database.retentionCandidates(RetentionPeriod(asOf: fixture.asOf, years: 8)).map(\.code) == ["C001"])
        #expect(RetentionPeriod(asOf: CivilDate(iso: "2028-02-29")!, years: 6).cutoff.iso == "2022-02-28")
    }

    @Test("an old customers file imported after anonymising brings no personal data back: the row is left out with a warning")
    func reimportAfterAnonymising() throws {
        _ = try database.anonymise(fixture.period, user: "owner", at: fixture.at, language: .en)
        let summary = try database.importText(.customers, """
            code,name,tax_id,phone,email,language,notes
            C001,Ana Antigua,12345678Z,+34 600 111 222,ana@example.es,es,Paga tarde pero paga
            C002,Berta Reciente,,+34 600 333 555,,es,
            """)
        #expect(summary.warnings == ["test.csv:2: warning: customer C001 was anonymised (cobro retention): its row is left out"])
        #expect(summary.updated == 1 && summary.unchanged == 1)
        #expect(try fixture.value("SELECT name FROM customer WHERE code = 'C001'") == "Anonimizado C001")
        #expect(try fixture.value("SELECT count(*) FROM customer WHERE code = 'C001' AND tax_id IS NULL AND phone IS NULL") == 1)
        #expect(try fixture.value("SELECT phone FROM customer WHERE code = 'C002'") == "+34 600 333 555")
    }

    @Test("anonymising replaces name, tax id, phone, e-mail, notes, contact people, notes and next actions; codes, amounts, dates and the aging report stay")
    func anonymise() throws {
        let agingNow = try database.agingJSON(asOf: "2026-12-04")
        let aging2018 = try database.agingReport(asOf: CivilDate(iso: "2018-01-15")!)
        let summary = try database.anonymise(fixture.period, user: "owner", at: fixture.at, language: .en)
        #expect(summary.customers == ["C001", "C005"])
        #expect(summary.contactTexts == 1)

        let row = try DatabaseQueue(path: database.path).read {
            try Row.fetchOne($0, sql: "SELECT name, tax_id, phone, email, notes, anonymised_at FROM customer WHERE code = 'C001'")!
        }
        #expect(row[0] == "Anonimizado C001", "a Spanish customer gets a Spanish pseudonym")
        #expect(row[1] as String? == nil && row[2] as String? == nil && row[3] as String? == nil && row[4] as String? == nil)
        #expect(row[5] == "2026-12-04T16:00:00Z")
        #expect(try fixture.value("SELECT name FROM customer WHERE code = 'C005'") == "Anonymised C005")
        #expect(try fixture.value("SELECT name FROM contact_person") == "Contacto anonimizado")
        #expect(try fixture.value("SELECT count(*) FROM contact_log WHERE note IS NOT NULL OR next_action IS NOT NULL") == 1, "Fina's call keeps its note")
        #expect(try fixture.value("SELECT name FROM customer WHERE code = 'C002'") == "Berta Reciente")

        #expect(try database.agingJSON(asOf: "2026-12-04") == agingNow)
        let after2018 = try database.agingReport(asOf: CivilDate(iso: "2018-01-15")!)
        #expect(after2018.currencies.map { $0.customers.map(\.figures) } == aging2018.currencies.map { $0.customers.map(\.figures) })
        #expect(after2018.currencies[0].customers.map(\.code) == aging2018.currencies[0].customers.map(\.code))
        #expect(try fixture.value("SELECT count(*) FROM promise") == 1 && fixture.value("SELECT sum(amount) FROM payment") == 60_000)

        let bytes = try fixture.rawBytes()
        for personal in ["Ana Antigua", "12345678Z", "600 111 222", "ana@example.es", "Luis Antiguo", "Ana dice", "Oldfield"] {
            #expect(bytes.range(of: Data(personal.utf8)) == nil, "\(personal) is gone from every page of the file")
        }
    }

    @Test("the audit trail keeps every entry about the customer, with the personal values read (anonymised); the anonymisation is audited without them")
    func auditTrail() throws {
        _ = try database.importText(.customers, """
            code,name,tax_id,phone,email,language,notes
            C001,Ana Antigua,12345678Z,+34 699 000 111,ana@example.es,es,Paga tarde pero paga
            """)
        let changed = "SELECT before_json || ' ' || after_json FROM audit_trail WHERE action = 'update' AND entity_key = 'C001'"
        #expect(try (fixture.value(changed) as String?)?.contains("+34 699 000 111") == true)
        // A dispute's reason, on an invoice entry that names the customer or (before v4) only the invoice.
        try database.setDisputed(["F-1"], of: "C001", to: true, reason: "Ana dice que F-1 ya la pagó", user: "clerk", at: fixture.at)
        try database.setDisputed(["F-1"], of: "C001", to: false, reason: nil, user: "clerk", at: fixture.at)
        let disputed = "SELECT after_json FROM audit_trail WHERE entity = 'invoice' AND entity_key = 'F-1' ORDER BY id LIMIT 1"
        #expect(try (fixture.value(disputed) as String?)?.contains("Ana dice") == true)
        let entries: Int? = try fixture.value("SELECT count(*) FROM audit_trail")
        _ = try database.anonymise(fixture.period, user: "owner", at: fixture.at, language: .es)
        #expect(try fixture.value(changed) == #"{"phone":"(anonymised)"} {"phone":"(anonymised)"}"#)
        #expect(try fixture.value(disputed) == #"{"disputed":true,"reason":"(anonymised)"}"#)
        #expect(try fixture.value("SELECT count(*) FROM audit_trail") == entries! + 2, "one entry per customer anonymised, none removed")
        let record: String? = try fixture.value("SELECT after_json FROM audit_trail WHERE action = 'anonymise' AND entity_key = 'C001'")
        #expect(record == #"{"audit_values":6,"contact_texts":1,"last_activity":"2018-02-10","retention_years":6}"#)
        #expect(try fixture.value("SELECT user_name FROM audit_trail WHERE action = 'anonymise' LIMIT 1") == "owner")
    }

    @Test("the contact log and the audit trail stay append-only for everything but an anonymised customer's texts")
    func appendOnlyKept() throws {
        _ = try database.anonymise(fixture.period, user: nil, at: fixture.at, language: .es)
        let queue = try DatabaseQueue(path: database.path)
        let refused = [
            "UPDATE contact_log SET note = NULL WHERE customer_id = (SELECT id FROM customer WHERE code = 'C006')",
            "UPDATE contact_log SET outcome = 'paid' WHERE customer_id = (SELECT id FROM customer WHERE code = 'C001')",
            "UPDATE contact_log SET note = 'otra cosa' WHERE customer_id = (SELECT id FROM customer WHERE code = 'C001')",
            "UPDATE audit_trail SET action = 'x' WHERE entity_key = 'C001'",
            "UPDATE audit_trail SET after_json = '{}' WHERE action = 'anonymise' AND entity_key = 'C001'",
            "UPDATE audit_trail SET after_json = json_set(after_json, '$.retention_years', 1) WHERE action = 'anonymise'",
            "UPDATE audit_trail SET user_name = user_name WHERE action = 'import'",
            "DELETE FROM audit_trail",
        ]
        for sql in refused {
            #expect(throws: DatabaseError.self, "\(sql)") { try queue.write { try $0.execute(sql: sql) } }
        }
    }

    @Test("anonymising twice changes nothing more; the list shows who was anonymised and when")
    func idempotent() throws {
        _ = try database.anonymise(fixture.period, user: nil, at: fixture.at, language: .es)
        let again = try database.anonymise(fixture.period, user: nil, at: fixture.at.addingTimeInterval(60), language: .es)
        #expect(again.customers.isEmpty)
        #expect(try database.retentionCandidates(fixture.period).map(\.anonymisedAt) == [fixture.at, fixture.at])
    }

    @Test("with users, only an owner may anonymise; a clerk is refused and nothing changes")
    func ownerOnly() throws {
        try database.addUser(name: "marta", role: .owner, at: fixture.at)
        try database.addUser(name: "ana", role: .clerk, at: fixture.at, by: "marta")
        #expect(throws: UserError.needsOwner(user: "ana", action: .anonymisePersonalData)) {
            try database.anonymise(fixture.period, user: "ana", at: fixture.at, language: .es)
        }
        #expect(try fixture.value("SELECT name FROM customer WHERE code = 'C001'") == "Ana Antigua")
        #expect(try database.anonymise(fixture.period, user: "marta", at: fixture.at, language: .es).customers.count == 2)
    }
}
