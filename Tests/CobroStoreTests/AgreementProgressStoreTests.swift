import CobroDomain
import CobroStore
import Foundation
import Testing

@Suite("Agreement progress in the store: the customer's payments decide active, broken and completed")
struct AgreementProgressStoreTests {
    let fixture: AgreementFixture
    var database: CobroDatabase { fixture.database }

    init() throws { fixture = try AgreementFixture() }

    private func only(asOf: String, status: AgreementStatus? = nil) throws -> StoredAgreement? {
        try database.agreementsWithProgress(customerCode: "C1", status: status, asOf: fixture.date(asOf)).first
    }

    @Test("payments from the agreement date on pay the down payment, then the installments; late within the grace is still active")
    func paidInOrder() throws {
        try database.saveAgreement(fixture.plan(), as: .active, user: "ana", at: fixture.at)
        try fixture.pay("""
            C1,2026-11-22,999.00,EUR,P-0
            C1,2026-11-25,100.00,EUR,P-1
            C1,2027-02-02,300.00,EUR,P-2
            C1,2027-02-02,300.00,USD,P-3
            """)
        let stored = try #require(try only(asOf: "2027-02-03"))
        #expect(stored.status == .active && stored.progress.isUpToDate)
        #expect(stored.progress.items.map(\.status) == [.paid, .paid, .pending, .pending], "a payment before the agreement date or in USD does not count")
        #expect(stored.nextDue?.number == 2)
        #expect(try only(asOf: "2027-03-02")?.progress.items.map(\.status) == [.paid, .paid, .late, .pending])
    }

    @Test("an installment unpaid past the grace breaks the agreement; paying everything completes it; both enter the history as system")
    func brokenThenCompleted() throws {
        let id = try database.saveAgreement(fixture.plan(), as: .active, user: "ana", at: fixture.at)
        try fixture.pay("C1,2026-11-23,100.00,EUR,P-1\nC1,2027-01-31,300.00,EUR,P-2\n")
        #expect(try only(asOf: "2027-03-05")?.status == .active, "due 02-28, five days of grace")
        let broken = try #require(try only(asOf: "2027-03-06", status: .broken))
        #expect(broken.progress.broken == BrokenAgreement(installmentDue: fixture.date("2027-02-28"), unpaid: Money(minorUnits: 30_000, currency: .EUR)))
        #expect(try only(asOf: "2027-03-06", status: .active) == nil)
        #expect(broken.recordedStatus == .active, "reading never writes")
        #expect(try database.agreementHistory(id: id).map(\.status) == [.active])

        let observed = fixture.at.addingTimeInterval(86_400 * 103)
        #expect(try database.recordAgreementTransitions(asOf: fixture.date("2027-03-06"), at: observed) == 1)
        #expect(try database.recordAgreementTransitions(asOf: fixture.date("2027-03-06"), at: observed) == 0, "recorded once")
        let breaking = try #require(try database.agreementHistory(id: id).last)
        #expect(breaking.status == .broken && breaking.user == "system" && breaking.at == observed)
        #expect(breaking.reason == "installment 2 due 2027-02-28 unpaid past the 5-day grace (300.00 EUR unpaid); broken from 2027-03-06")

        try fixture.pay("C1,2027-03-10,600.00,EUR,P-3\n")
        let completed = try #require(try only(asOf: "2027-03-10"))
        #expect(completed.status == .completed && completed.nextDue == nil)
        #expect(try database.recordAgreementTransitions(asOf: fixture.date("2027-03-10"), at: observed) == 1)
        #expect(try database.agreementHistory(id: id).map(\.status) == [.active, .broken, .completed])
        #expect(try fixture.audit(id).last?["user_name"] == "system")
    }

    @Test("the grace comes from the contact rules")
    func graceDays() throws {
        try database.saveAgreement(fixture.plan(), as: .active, user: "ana", at: fixture.at)
        let agreed = fixture.date("2026-11-25")
        #expect(try database.agreementsWithProgress(asOf: agreed, graceDays: 1).first?.status == .broken, "the down payment is two days late")
        #expect(try database.agreementsWithProgress(asOf: agreed, graceDays: 2).first?.status == .active)
    }

    @Test("drafts and cancelled agreements keep their status whatever the payments; transitions leave them alone")
    func draftsAndCancelled() throws {
        let draft = try database.saveAgreement(fixture.plan(), as: .draft, user: "ana", at: fixture.at)
        let later = fixture.date("2027-06-01")
        #expect(try database.agreementsWithProgress(status: .draft, asOf: later).map(\.id) == [draft])
        try database.cancelAgreement(id: draft, reason: "customer paid in full instead", user: "ana", at: fixture.at)
        #expect(try database.agreementsWithProgress(status: .cancelled, asOf: later).map(\.id) == [draft])
        #expect(try database.recordAgreementTransitions(asOf: later, at: fixture.at) == 0)
    }
}
