import CobroDomain
import CobroStore
import Foundation
import GRDB
import Testing

/// Two customers with invoices and a payment, imported by "tester".
struct AuditFixture {
    let folder: TemporaryFolder
    let database: CobroDatabase
    let at = ISO8601DateFormatter().date(from: "2026-11-23T10:30:00Z")!

    init() throws {
        folder = try TemporaryFolder()
        database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        _ = try database.importText(.customers, "code,name,email\nC1,Ferretería Núñez,pagos@nunez.es\nC2,Harbor Lane,ap@harbor.com\n",
                                    fileName: "customers.csv")
        _ = try database.importText(.invoices, """
            number,customer_code,issue_date,due_date,amount,currency
            F-1,C1,2026-09-01,2026-10-01,150.00,EUR
            F-2,C1,2026-10-01,2026-10-31,80.00,EUR
            G-1,C2,2026-10-01,2026-10-31,99.00,USD
            """, fileName: "invoices.csv")
    }

    /// The whole trail, newest first.
    func trail(_ filter: AuditTrailFilter = AuditTrailFilter()) throws -> [AuditEntry] { try database.auditTrail(filter) }

    /// The newest entry of `entity`.
    func latest(_ entity: String) throws -> AuditEntry? { try trail().first { $0.entity == entity } }

    func count(_ sql: String) throws -> Int { try DatabaseQueue(path: database.path).read { try Int.fetchOne($0, sql: sql)! } }
}

@Suite("Audit trail: every change writes who, when, what and the values before and after in its own transaction")
struct AuditTrailTests {
    let fixture: AuditFixture
    init() throws { fixture = try AuditFixture() }
    var database: CobroDatabase { fixture.database }
    var at: Date { fixture.at }

    @Test("an import writes one entry per file naming the file and its counts; a refused file writes neither rows nor entry")
    func imports() throws {
        let entry = try #require(try fixture.latest("invoices"))
        #expect(entry.action == "import" && entry.key == "invoices.csv" && entry.user == "tester" && entry.before == nil)
        #expect(entry.after == ["file": "invoices.csv", "inserted": 3, "updated": 0, "unchanged": 0, "warnings": 0])
        let entries = try fixture.count("SELECT count(*) FROM audit_trail")
        #expect(throws: ImportFailure.self) {
            try database.importText(.payments, "customer_code,date,amount,currency\nC1,2026-11-01,10.00,EUR\nC9,2026-11-01,1.00,EUR\n")
        }
        #expect(try fixture.count("SELECT count(*) FROM payment") == 0)
        #expect(try fixture.count("SELECT count(*) FROM audit_trail") == entries)
        _ = try database.importText(.payments, "customer_code,date,amount,currency,reference\nC1,2026-11-01,10.00,EUR,R-1\n",
                                    fileName: "payments.csv")
        #expect(try fixture.latest("payments")?.after?["inserted"] == 1)
    }

    @Test("a customer changed by an import has its own entry with the columns before and after")
    func customerImportUpdate() throws {
        _ = try database.importText(.customers, "code,name,email\nC1,Ferretería Núñez SL,pagos@nunez.es\n", fileName: "again.csv")
        let entry = try #require(try fixture.latest("customer"))
        #expect(entry.key == "C1" && entry.customer == "C1" && entry.action == "update")
        #expect(entry.before == ["name": "Ferretería Núñez"] && entry.after == ["name": "Ferretería Núñez SL"])
        #expect(try fixture.latest("customers")?.after?["updated"] == 1)
    }

    @Test("do-not-call, status and debtor type changes: the customer and its entry together, with the reason")
    func customerFlags() throws {
        try database.setDoNotCall(true, customerCode: "C1", reason: "asked by letter", user: "ana", at: at)
        try database.setStatus(.legal, customerCode: "C1", reason: "handed to the lawyer", user: "marta", at: at)
        try database.setDebtorType(.cashFlow, customerCode: "C1", user: "ana", at: at)
        let entries = try fixture.trail(AuditTrailFilter(customer: "C1")).filter { $0.entity == "customer" }
        #expect(entries.map(\.user) == ["ana", "marta", "ana"])
        #expect(entries[2].before == ["do_not_call": false] && entries[2].after == ["do_not_call": true, "reason": "asked by letter"])
        #expect(entries[1].before == ["status": "active"] && entries[1].after == ["status": "legal", "reason": "handed to the lawyer"])
        #expect(entries[0].before == ["debtor_type": .absent] && entries[0].after == ["debtor_type": "cash_flow"])
        // A change to nothing new is no change: no entry.
        try database.setStatus(.legal, customerCode: "C1", reason: "again", user: "marta", at: at)
        #expect(try fixture.trail(AuditTrailFilter(customer: "C1")).filter { $0.entity == "customer" }.count == 3)
    }

    @Test("disputing invoices: the flags and their entries together, or — one invoice unknown — neither")
    func disputed() throws {
        #expect(throws: AccountChangeError.self) {
            try database.setDisputed(["F-1", "G-1"], of: "C1", to: true, reason: "wrong prices", user: "ana", at: at)
        }
        #expect(try fixture.count("SELECT count(*) FROM invoice WHERE disputed = 1") == 0)
        #expect(try fixture.latest("invoice") == nil)
        try database.setDisputed(["F-1"], of: "C1", to: true, reason: "wrong prices", user: "ana", at: at)
        let entry = try #require(try fixture.latest("invoice"))
        #expect(entry.key == "F-1" && entry.customer == "C1")
        #expect(entry.before == ["disputed": false] && entry.after == ["disputed": true, "reason": "wrong prices"])
    }

    @Test("a logged call with a promise writes the contact and the promise entries; a callback is part of the contact")
    func contactsAndPromises() throws {
        let promise = PromiseToPay(amount: Money(minorUnits: 5_000, currency: .EUR), date: CivilDate(iso: "2026-11-30")!)
        let id = try database.logContact(ContactLogEntry(customerCode: "C1", contactPerson: "Pilar", user: "ana", at: at, channel: .call,
                                                         outcome: .promise, note: "pays Friday", promise: promise))
        let callback = ISO8601DateFormatter().date(from: "2026-11-24T09:00:00Z")!
        let second = try database.logContact(ContactLogEntry(customerCode: "C2", user: "luis", at: at, channel: .call, outcome: .callback,
                                                             callbackAt: callback))
        let contacts = try fixture.trail().filter { $0.entity == "contact" }
        #expect(contacts.map(\.key) == [String(second), String(id)])
        #expect(contacts[1].after == ["channel": "call", "direction": "outbound", "outcome": "promise", "note": "pays Friday",
                                      "contact_person": "Pilar"])
        #expect(contacts[0].after?["callback_at"] == "2026-11-24T09:00:00Z")
        let promised = try #require(try fixture.latest("promise"))
        #expect(promised.customer == "C1" && promised.user == "ana")
        #expect(promised.after == ["amount": "50.00", "currency": "EUR", "date": "2026-11-30", "contact": AuditValue(String(id))])
        // A refused entry (a correction of another customer's entry) writes neither.
        let entries = try fixture.count("SELECT count(*) FROM audit_trail")
        #expect(throws: ContactLogError.self) {
            try database.logContact(ContactLogEntry(customerCode: "C1", user: "ana", at: at, channel: .call, outcome: .other, corrects: second))
        }
        #expect(try fixture.count("SELECT count(*) FROM audit_trail") == entries)
    }

    @Test("a reminder of the dunning run is a contact entry with its stage, channel and invoices")
    func reminders() throws {
        let plan = try database.dueReminders(asOf: CivilDate(iso: "2026-11-23")!, policy: .standard, agreementGraceDays: 5)
        let message = try #require(plan.messages.first { $0.customerCode == "C1" })
        let recorded = try #require(try database.recordReminder(message, text: "Texto", note: "reminder", at: at,
                                                                 sentOn: CivilDate(iso: "2026-11-23")!, user: "robot") { nil })
        let entry = try #require(try fixture.latest("contact"))
        #expect(entry.action == "remind" && entry.key == String(recorded.contactLogID) && entry.customer == "C1" && entry.user == "robot")
        #expect(entry.after?["stage"] == AuditValue(message.stage.name))
        #expect(entry.after?["invoices"] == AuditValue(message.invoices.map(\.number).joined(separator: ",")))
    }

    @Test("saving, activating and cancelling an agreement: each with its entry, under the customer")
    func agreements() throws {
        let agreements = try AgreementFixture()
        let id = try agreements.database.saveAgreement(try agreements.plan(), as: .draft, user: "ana", at: agreements.at)
        try agreements.database.activateAgreement(id: id, user: "marta", at: agreements.at)
        try agreements.database.cancelAgreement(id: id, reason: "paid in full elsewhere", user: "marta", at: agreements.at)
        let entries = try agreements.database.auditTrail(AuditTrailFilter(customer: "C1")).filter { $0.entity == "agreement" }
        #expect(entries.map(\.action) == ["update", "update", "create"])
        #expect(entries.allSatisfy { $0.key == String(id) && $0.customer == "C1" })
        #expect(entries[2].after?["status"] == "draft")
        #expect(entries[1].before == ["status": "draft"] && entries[1].after == ["status": "active"])
        #expect(entries[0].before == ["status": "active"] && entries[0].after == ["status": "cancelled", "reason": "paid in full elsewhere"])
    }

    @Test("a template save keeps the text before and after; a user added is in the trail too")
    func templatesAndUsers() throws {
        let key = TemplateKey(stage: "first", language: .es, channel: .letter)
        try database.saveTemplate(ReminderTemplate(key: key, body: "Hola\n"), user: "marta", at: at)
        try database.saveTemplate(ReminderTemplate(key: key, body: "Estimado cliente\n"), user: "marta", at: at)
        let entry = try #require(try fixture.latest("template"))
        #expect(entry.action == "update" && entry.key == key.description && entry.customer == nil)
        #expect(entry.before?["body"] == "Hola\n" && entry.after?["body"] == "Estimado cliente\n")
        try database.addUser(name: "marta", role: .owner, at: at)
        #expect(try fixture.latest("user")?.key == "marta")
    }
}

@Suite("Audit trail queries: a customer's entries, since a moment, newest first, page by page")
struct AuditTrailQueryTests {
    let fixture: AuditFixture
    init() throws { fixture = try AuditFixture() }

    private func instant(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test("a customer's trail holds its own changes and those of its invoices and contacts, not another's, nor the files'")
    func byCustomer() throws {
        let database = fixture.database
        try database.setDisputed(["F-2"], of: "C1", to: true, reason: nil, user: "ana", at: instant("2026-11-20T10:00:00Z"))
        try database.logContact(ContactLogEntry(customerCode: "C1", user: "ana", at: instant("2026-11-21T10:00:00Z"), channel: .email, outcome: .other))
        try database.setStatus(.suspended, customerCode: "C1", reason: "no service", user: "marta", at: instant("2026-11-22T10:00:00Z"))
        try database.setStatus(.legal, customerCode: "C2", reason: "lawyer", user: "marta", at: instant("2026-11-23T10:00:00Z"))
        let trail = try fixture.trail(AuditTrailFilter(customer: "C1"))
        #expect(trail.map { "\($0.entity) \($0.key ?? "")" } == ["customer C1", "contact 1", "invoice F-2"])
    }

    @Test("since keeps the entries at or after the moment; pages follow each other without gaps or repeats")
    func sinceAndPages() throws {
        let database = fixture.database
        for day in 1...9 {
            try database.setDoNotCall(day % 2 == 1, customerCode: "C2", reason: "day \(day)", user: "ana", at: instant("2026-11-0\(day)T09:00:00Z"))
        }
        let since = try fixture.trail(AuditTrailFilter(customer: "C2", since: instant("2026-11-05T09:00:00Z")))
        #expect(since.map { $0.after?["reason"]?.display ?? "" } == ["day 9", "day 8", "day 7", "day 6", "day 5"])
        var pages: [[String]] = []
        var last: AuditEntry?
        repeat {
            let page = try database.auditTrail(AuditTrailFilter(customer: "C2"), after: last, limit: 4)
            pages.append(page.map { $0.after?["reason"]?.display ?? "" })
            last = page.last
        } while last != nil
        #expect(pages == [["day 9", "day 8", "day 7", "day 6"], ["day 5", "day 4", "day 3", "day 2"], ["day 1"], []])
    }

    @Test("a text filter finds entries by user, entity, key or value, whatever the case")
    func text() throws {
        try fixture.database.setStatus(.agency, customerCode: "C2", reason: "Sold to Agency X", user: "marta", at: fixture.at)
        #expect(try fixture.trail(AuditTrailFilter(text: "agency x")).map(\.key) == ["C2"])
        #expect(try fixture.trail(AuditTrailFilter(text: "MARTA")).count == 1)
        #expect(try fixture.trail(AuditTrailFilter(text: "invoices.csv")).map(\.entity) == ["invoices"])
    }
}

@Suite("The audit trail is append-only")
struct AuditTrailAppendOnlyTests {
    @Test("the database refuses to update or delete an entry, and the entry stays as written")
    func refusesUpdateAndDelete() throws {
        let fixture = try AuditFixture()
        let before = try fixture.trail()
        let queue = try DatabaseQueue(path: fixture.database.path)
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE audit_trail SET user_name = 'someone else'") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM audit_trail") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "INSERT OR REPLACE INTO audit_trail (id, at, action, entity) SELECT id, at, 'x', 'y' FROM audit_trail") } }
        #expect(try fixture.trail() == before)
    }
}
