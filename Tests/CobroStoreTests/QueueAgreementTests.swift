import CobroDomain
@testable import CobroStore
import Foundation
import Testing

@Suite("Queue and agreements (SPEC §5): paying as agreed keeps an account out, a broken agreement brings it back")
struct QueueAgreementTests {
    let folder: TemporaryFolder
    let database: CobroDatabase
    /// A Monday, 16:00 in Madrid.
    let now = QueueFixture.at("2026-11-23T15:00:00Z")

    /// Five customers owing 300.00 EUR since October, each with a plan from 1 November: 100.00 due
    /// on 5 November, 20 November and 20 December.
    init() throws {
        folder = try TemporaryFolder()
        database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        let codes = ["UPTODATE", "LATE", "BROKEN", "DONE", "CANCELLED"]
        _ = try database.importText(.customers, "code,name,timezone\n" + codes.map { "\($0),\($0) SL,Europe/Madrid\n" }.joined())
        _ = try database.importText(.invoices, "number,customer_code,issue_date,due_date,amount,currency\n"
            + codes.map { "F-\($0),\($0),2026-09-01,2026-10-01,300.00,EUR\n" }.joined())
    }

    private func plan(_ code: String, amount: Int64 = 30_000, dues: [String] = ["2026-11-05", "2026-11-20", "2026-12-20"]) -> PaymentAgreement {
        let share = amount / Int64(dues.count)
        return PaymentAgreement(
            customerCode: code, agreementDate: CivilDate(iso: "2026-11-01")!, amount: Money(minorUnits: amount, currency: .EUR),
            downPayment: Money(minorUnits: 0, currency: .EUR), frequency: .monthly,
            installments: dues.enumerated().map { index, due in
                Installment(number: index + 1, dueDate: CivilDate(iso: due)!, amount: Money(minorUnits: share, currency: .EUR))
            })
    }

    /// The queue now (checked against the reference, and `queue next` against its head).
    private func queue(at instant: Date? = nil) throws -> [QueueEntry] {
        let instant = instant ?? now
        let fast = try QueueFixture.fast(database, at: instant)
        #expect(QueueFixture.difference(fast, try QueueFixture.reference(database, at: instant)) == nil)
        return fast
    }

    private func setUpAgreements() throws {
        for code in ["UPTODATE", "LATE", "BROKEN", "CANCELLED"] { try database.saveAgreement(plan(code), as: .active, user: nil, at: now) }
        // DONE agreed to pay 100.00 of its 300.00 in one installment, and did.
        try database.saveAgreement(plan("DONE", amount: 10_000, dues: ["2026-11-10"]), as: .active, user: nil, at: now)
        _ = try database.importText(.payments, """
            customer_code,date,amount,currency,reference
            UPTODATE,2026-11-04,100.00,EUR,U1
            UPTODATE,2026-11-19,100.00,EUR,U2
            LATE,2026-11-05,100.00,EUR,L1
            BROKEN,2026-11-05,60.00,EUR,B1
            DONE,2026-11-09,100.00,EUR,D1
            CANCELLED,2026-11-04,100.00,EUR,C1
            CANCELLED,2026-11-19,100.00,EUR,C2

            """)
        let cancelled = try #require(try database.agreementsWithProgress(customerCode: "CANCELLED", asOf: CivilDate(iso: "2026-11-23")!).first)
        try database.cancelAgreement(id: cancelled.id, reason: "Customer asked for a new plan", user: nil, at: now)
    }

    @Test("up to date: out; late within the grace: priority; broken: broken_promise with the installment; completed or cancelled: as if none")
    func everyState() throws {
        try setUpAgreements()
        let entries = try queue()
        #expect(!entries.contains { $0.code == "UPTODATE" })
        let reasons = Dictionary(uniqueKeysWithValues: entries.map { ($0.code, $0.reason) })
        #expect(reasons == ["LATE": .priority, "BROKEN": .brokenPromise, "DONE": .priority, "CANCELLED": .priority])
        let broken = try #require(entries.first)
        #expect(broken.code == "BROKEN")
        #expect(broken.why(in: .en) == "Agreement broken: installment due 2026-11-05 unpaid (40.00 EUR)")
        #expect(broken.promiseDate == CivilDate(iso: "2026-11-05"))

        let next = try database.takeNextAccount(user: "ana", at: now, deskTimeZone: QueueFixture.madrid, policy: .standard,
                                                conversionRates: QueueFixture.rates)
        #expect(next == broken)
    }

    @Test("the LATE account breaks once the grace has passed, and UPTODATE falls behind when its installment goes unpaid")
    func timePasses() throws {
        try setUpAgreements()
        // 26 November: installment 2 (20 November) is past the 5-day grace.
        let later = try queue(at: QueueFixture.at("2026-11-26T15:00:00Z"))
        #expect(later.first { $0.code == "LATE" }?.reason == .brokenPromise)
        // 21 December: installment 3 of UPTODATE is a day late, within the grace: back in the queue.
        let december = try queue(at: QueueFixture.at("2026-12-21T15:00:00Z"))
        #expect(december.first { $0.code == "UPTODATE" }?.reason == .priority)
    }

    @Test("a call after the agreement broke takes the account out of the broken_promise tier")
    func followedUp() throws {
        try setUpAgreements()
        try database.logContact(ContactLogEntry(customerCode: "BROKEN", at: QueueFixture.at("2026-11-23T09:00:00Z"), channel: .call,
                                                outcome: .noAnswer))
        #expect(try queue().first { $0.code == "BROKEN" }?.reason == .priority)
    }

    @Test("a grace from the contact rules moves the break")
    func policyGrace() throws {
        try setUpAgreements()
        let policy = ContactPolicy(agreementGraceDays: 30)
        let fast = try QueueFixture.fast(database, at: now, policy: policy)
        #expect(QueueFixture.difference(fast, try QueueFixture.reference(database, at: now, policy: policy)) == nil)
        #expect(fast.first { $0.code == "BROKEN" }?.reason == .priority)
    }
}
