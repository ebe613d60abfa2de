import CobroDomain
@testable import CobroStore
import Foundation
import GRDB
import Testing

@Suite("Queue summary: kept current by every change that moves the queue")
struct QueueSummaryUpkeepTests {
    let folder: TemporaryFolder
    let database: CobroDatabase
    /// A Monday: 16:00 in Madrid, 10:00 in New York.
    let now = QueueFixture.at("2026-11-23T15:00:00Z")
    let inAWeek = QueueFixture.at("2026-12-01T15:00:00Z")

    init() throws {
        folder = try TemporaryFolder()
        database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        _ = try database.importText(.customers, """
            code,name,timezone
            C1,Ferretería Núñez,Europe/Madrid
            C2,Harbor Lane,America/New_York
            C3,Sin Zona SL,

            """)
    }

    /// The queue now and in a week, checked against the reference; returns now's.
    @discardableResult
    private func queue() throws -> [QueueEntry] {
        for instant in [now, inAWeek] {
            let fast = try QueueFixture.fast(database, at: instant)
            #expect(QueueFixture.difference(fast, try QueueFixture.reference(database, at: instant)) == nil, "\(instant)")
        }
        return try QueueFixture.fast(database, at: now)
    }

    private func overdue(_ code: String) throws -> [String] {
        try queue().first { $0.code == code }?.overdue.map { "\($0.currency.code) \($0.amount.decimalString) \($0.oldestDays)" } ?? []
    }

    @Test("invoices, a credit note, a future-dated document and payments, targeted or not")
    func importsMoveTheQueue() throws {
        #expect(try queue().isEmpty)
        _ = try database.importText(.invoices, """
            number,customer_code,issue_date,due_date,amount,currency
            F1,C1,2026-09-01,2026-10-01,100.00,EUR
            F2,C1,2026-10-01,2026-11-01,80.00,EUR
            NC1,C1,2026-10-05,2026-10-05,-30.00,EUR
            F3,C2,2026-10-01,2026-11-01,500.00,USD
            NC2,C2,2026-11-28,2026-11-28,-120.00,USD
            F4,C3,2026-11-01,2026-11-20,40.00,EUR

            """)
        #expect(try overdue("C1") == ["EUR 150.00 53"])
        #expect(try overdue("C2") == ["USD 500.00 22"])
        #expect(try overdue("C3") == ["EUR 40.00 3"])
        // Only from the 28th does the credit note count.
        #expect(try QueueFixture.fast(database, at: inAWeek).first { $0.code == "C2" }?.overdue.first?.amount.decimalString == "380.00")

        _ = try database.importText(.payments, """
            customer_code,date,amount,currency,invoice_number,reference
            C1,2026-11-10,80.00,EUR,F2,R1
            C1,2026-11-12,20.00,EUR,,R2
            C2,2026-12-05,500.00,USD,,R3

            """)
        // F2 paid by its own payment; the pool (credit note and R2) pays 50 of F1.
        #expect(try overdue("C1") == ["EUR 50.00 53"])
        // A payment dated after the instant does not count yet.
        #expect(try overdue("C2") == ["USD 500.00 22"])
    }

    @Test("a disputed flag changed and refreshed in its transaction")
    func disputedInvoice() throws {
        _ = try database.importText(.invoices, """
            number,customer_code,issue_date,due_date,amount,currency
            F1,C1,2026-09-01,2026-10-01,100.00,EUR
            F2,C1,2026-10-01,2026-11-01,80.00,EUR

            """)
        #expect(try overdue("C1") == ["EUR 180.00 53"])
        try database.write { db in
            try db.execute(sql: "UPDATE invoice SET disputed = 1 WHERE number = 'F1'")
            try CobroDatabase.refreshQueuePosition(db, customerID: 1)
        }
        #expect(try overdue("C1") == ["EUR 80.00 22"])
        try database.write { db in
            try db.execute(sql: "UPDATE invoice SET disputed = 1 WHERE number = 'F2'")
            try CobroDatabase.refreshQueuePosition(db, customerID: 1)
        }
        #expect(try queue().isEmpty)
    }

    @Test("logged contacts: a promise, a callback, a conversation that holds calls, a correction")
    func contactsMoveTheQueue() throws {
        _ = try database.importText(.invoices, """
            number,customer_code,issue_date,due_date,amount,currency
            F1,C1,2026-09-01,2026-10-01,100.00,EUR
            F3,C2,2026-10-01,2026-11-01,500.00,USD

            """)
        #expect(try queue().map(\.reason) == [.priority, .priority])
        let today = CivilDate(iso: "2026-11-23")!
        let promise = PromiseToPay(amount: Money(minorUnits: 10_000, currency: .EUR), date: today)
        let promiseID = try database.logContact(ContactLogEntry(
            customerCode: "C1", at: QueueFixture.at("2026-11-18T10:00:00Z"), channel: .call, outcome: .promise, promise: promise))
        #expect(try queue().first { $0.code == "C1" }?.reason == .promiseDue)

        try database.logContact(ContactLogEntry(
            customerCode: "C2", at: QueueFixture.at("2026-11-20T15:00:00Z"), channel: .call, outcome: .callback,
            callbackAt: QueueFixture.at("2026-11-23T14:30:00Z")))
        #expect(try queue().map(\.code) == ["C2", "C1"])
        #expect(try queue().first?.reason == .callback)

        // Called back: a conversation today holds further calls.
        try database.logContact(ContactLogEntry(
            customerCode: "C2", at: QueueFixture.at("2026-11-23T14:40:00Z"), channel: .call, outcome: .rightParty))
        #expect(try queue().map(\.code) == ["C1"])

        // The promise was a misunderstanding: corrected to an unanswered call.
        try database.logContact(ContactLogEntry(
            customerCode: "C1", at: QueueFixture.at("2026-11-18T10:05:00Z"), channel: .call, outcome: .noAnswer, corrects: promiseID))
        #expect(try queue().first { $0.code == "C1" }?.reason == .priority)
    }

    @Test("the customer's own columns: do-not-call and status on the desk, name and zone by an import")
    func customerChanges() throws {
        _ = try database.importText(.invoices, """
            number,customer_code,issue_date,due_date,amount,currency
            F1,C1,2026-09-01,2026-10-01,100.00,EUR
            F3,C2,2026-10-01,2026-11-01,500.00,USD
            F4,C3,2026-10-01,2026-11-01,70.00,EUR

            """)
        #expect(try queue().count == 3)
        try database.setDoNotCall(true, customerCode: "C1", reason: "asked", user: nil, at: now)
        #expect(try queue().map(\.code) == ["C2", "C3"])
        try database.setStatus(.legal, customerCode: "C2", reason: "lawyer", user: nil, at: now)
        #expect(try queue().map(\.code) == ["C3"])
        try database.setDoNotCall(false, customerCode: "C1", reason: "agreed", user: nil, at: now)
        try database.setStatus(.active, customerCode: "C2", reason: "back", user: nil, at: now)
        #expect(try queue().count == 3)
        // Renamed, and moved to a zone where it is night now: out of the queue until morning there.
        _ = try database.importText(.customers, """
            code,name,timezone
            C3,Sin Zona Renombrada SL,Asia/Tokyo

            """)
        #expect(try queue().map(\.code).sorted() == ["C1", "C2"])
        let tokyoMorning = QueueFixture.at("2026-11-24T01:00:00Z")
        let fast = try QueueFixture.fast(database, at: tokyoMorning)
        #expect(QueueFixture.difference(fast, try QueueFixture.reference(database, at: tokyoMorning)) == nil)
        #expect(fast.first { $0.code == "C3" }?.name == "Sin Zona Renombrada SL")
    }

    @Test("a database made before the summary existed gets it filled when opened")
    func migrationFillsTheSummary() throws {
        let database = try CobroDatabase.open(path: folder.path("demo.sqlite"))
        _ = try database.makeDemo(customers: 300, seed: 3, today: CivilDate(iso: "2026-11-23")!, actor: nil)
        let reference = try QueueFixture.reference(database, at: now)
        try database.write { db in
            // As before v2: no table, and neither of the migrations that make and fill it applied.
            try db.execute(sql: "DROP TABLE queue_position")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v2 %' OR identifier LIKE 'v6 %'")
        }
        let reopened = try CobroDatabase.open(path: database.path)
        #expect(QueueFixture.difference(try QueueFixture.fast(reopened, at: now), reference) == nil)
        #expect(!reference.isEmpty)
    }
}
