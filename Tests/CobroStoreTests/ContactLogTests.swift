import CobroDomain
import CobroStore
import Foundation
import GRDB
import Testing

@Suite("Contact log (SPEC §5): every contact an entry, corrections as new entries")
struct ContactLogTests {
    let folder: TemporaryFolder
    let database: CobroDatabase

    init() throws {
        folder = try TemporaryFolder()
        database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        _ = try database.importText(.customers, "code,name\nC1,Ferretería Núñez\nC2,Harbor Lane\n")
    }

    private var queue: DatabaseQueue { get throws { try DatabaseQueue(path: database.path) } }
    private let at = ISO8601DateFormatter().date(from: "2026-11-23T10:30:00+01:00")!

    @Test("a call with a promise is one entry and one promise, and it releases the account's claim")
    func promiseIsRecorded() throws {
        try queue.write { db in
            try db.execute(sql: "INSERT INTO queue_claim (customer_id, user_name, claimed_at, expires_at) VALUES (1, 'ana', '2026-11-23T09:00:00Z', '2026-11-23T09:15:00Z')")
        }
        let promise = PromiseToPay(amount: Money(minorUnits: 15_000, currency: .EUR), date: CivilDate(iso: "2026-11-30")!)
        let id = try database.logContact(ContactLogEntry(customerCode: "C1", contactPerson: "Lucía", user: "ana", at: at, channel: .call,
                                                         outcome: .promise, note: "Paga el viernes", promise: promise))
        let row = try queue.read { try Row.fetchOne($0, sql: """
            SELECT l.at, l.channel, l.outcome, l.user_name, l.note, p.amount, p.currency, p.promised_date, cp.name
            FROM contact_log l JOIN promise p ON p.contact_log_id = l.id JOIN contact_person cp ON cp.id = l.contact_person_id
            WHERE l.id = ?
            """, arguments: [id]) }
        #expect(row?["at"] == "2026-11-23T09:30:00Z")
        #expect(row?["outcome"] == "promise")
        #expect(row?["amount"] == 15_000)
        #expect(row?["promised_date"] == "2026-11-30")
        #expect(row?["name"] == "Lucía")
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM queue_claim") } == 0)
    }

    @Test("entries are never edited: a correction is a new entry pointing at the one it corrects")
    func correctionsAreNewEntries() throws {
        let first = try database.logContact(ContactLogEntry(customerCode: "C1", at: at, channel: .call, outcome: .noAnswer))
        let correction = try database.logContact(ContactLogEntry(customerCode: "C1", at: at, channel: .call, outcome: .voicemail,
                                                                 note: "it was the voicemail", corrects: first))
        #expect(correction > first)
        let rows = try queue.read { try Row.fetchAll($0, sql: "SELECT id, outcome, corrects_id FROM contact_log ORDER BY id") }
        #expect(rows.map { $0["outcome"] as String } == ["no_answer", "voicemail"])
        #expect(rows[1]["corrects_id"] == first)
        #expect(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "UPDATE contact_log SET outcome = 'paid' WHERE id = ?", arguments: [first]) }
        }
    }

    @Test("a correction must name an entry of the same customer; an unknown customer is refused")
    func refusals() throws {
        let other = try database.logContact(ContactLogEntry(customerCode: "C2", at: at, channel: .email, outcome: .other))
        #expect(throws: ContactLogError.correctsUnknownEntry(other, "C1")) {
            try database.logContact(ContactLogEntry(customerCode: "C1", at: at, channel: .call, outcome: .other, corrects: other))
        }
        #expect(throws: StoreError.unknownCustomer("C9")) {
            try database.logContact(ContactLogEntry(customerCode: "C9", at: at, channel: .call, outcome: .other))
        }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM contact_log") } == 1)
    }
}

@Suite("The account shows its contact log")
struct AccountContactLogQueryTests {
    @Test("the account snapshot lists the customer's contacts newest first, promise included")
    func newestFirst() throws {
        let folder = try TemporaryFolder()
        let database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        _ = try database.importText(.customers, "code,name\nC1,Uno\nC2,Dos\n")
        let formatter = ISO8601DateFormatter()
        let promise = PromiseToPay(amount: Money(minorUnits: 5_000, currency: .EUR), date: CivilDate(iso: "2026-11-30")!)
        try database.logContact(ContactLogEntry(customerCode: "C1", at: formatter.date(from: "2026-11-20T10:00:00Z")!, channel: .call, outcome: .noAnswer))
        try database.logContact(ContactLogEntry(customerCode: "C1", user: "ana", at: formatter.date(from: "2026-11-22T10:00:00Z")!,
                                                channel: .call, outcome: .promise, promise: promise))
        try database.logContact(ContactLogEntry(customerCode: "C2", at: formatter.date(from: "2026-11-23T10:00:00Z")!, channel: .email, outcome: .other))
        let account = try #require(try database.account(code: "C1", asOf: CivilDate(iso: "2026-11-23")!))
        #expect(account.contactLog.map(\.entry.outcome) == [.promise, .noAnswer])
        #expect(account.contactLog[0].entry.promise == promise)
        #expect(account.contactLog[0].entry.user == "ana")
    }
}
