import CobroDomain
import CobroStore
import Foundation
import Testing

@Suite("Callbacks later today: the accounts that come back to the queue on their own before the day ends")
struct CallbacksLaterTests {
    let folder: TemporaryFolder
    let database: CobroDatabase
    private let now = QueueFixture.at("2026-11-23T10:00:00Z")
    private let endOfDay = QueueFixture.at("2026-11-23T23:00:00Z")

    init() throws {
        folder = try TemporaryFolder()
        database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        _ = try database.importText(.customers, "code,name,status\nC1,Uno,active\nC2,Dos,active\nC3,Tres,active\nC4,Cuatro,legal\n")
        _ = try database.importText(.invoices, """
            number,customer_code,issue_date,due_date,amount,currency
            F1,C1,2026-09-01,2026-10-01,100.00,EUR
            F2,C2,2026-09-01,2026-10-01,100.00,EUR
            F3,C3,2026-09-01,2026-10-01,100.00,EUR
            F4,C4,2026-09-01,2026-10-01,100.00,EUR

            """)
        for (code, callback) in [("C1", "2026-11-23T16:00:00Z"), ("C2", "2026-11-24T09:00:00Z"), ("C3", "2026-11-23T09:30:00Z"),
                                 ("C4", "2026-11-23T17:00:00Z")] {
            try database.logContact(ContactLogEntry(customerCode: code, at: QueueFixture.at("2026-11-20T11:00:00Z"), channel: .call,
                                                    outcome: .callback, callbackAt: QueueFixture.at(callback)))
        }
    }

    @Test("a callback after now and before the day ends counts; tomorrow's, a due one and a legal customer's do not")
    func countsOnlyLaterToday() throws {
        #expect(try database.callbacksLater(after: now, until: endOfDay, excluding: []) == 1)
    }

    @Test("an account already in the queue, or held by another clerk, is not counted twice")
    func excludedCodes() throws {
        #expect(try database.callbacksLater(after: now, until: endOfDay, excluding: ["C1"]) == 0)
    }
}
