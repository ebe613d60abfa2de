import CobroDomain
import Foundation
import Testing

private typealias F = QueueFixture

@Suite("A promise is kept when paid from the promise on by its date plus grace, broken otherwise")
struct PromiseEvaluationTests {
    private let promise = F.promise(15_000, on: "2026-11-20")
    private let madeOn = F.day("2026-11-16")

    private func evaluate(_ payments: [DatedPayment], today: String, grace: Int = 2) -> PromiseEvaluation {
        PromiseEvaluation(promise, madeOn: madeOn, payments: payments, today: F.day(today), graceDays: grace)
    }

    @Test("pending before its date and through the grace days while unpaid")
    func pending() {
        for today in ["2026-11-16", "2026-11-20", "2026-11-22"] {
            let result = evaluate([], today: today)
            #expect(result.status == .pending, "\(today)")
            #expect(result.missing == F.money(15_000))
            #expect(result.paid == F.money(0))
        }
    }

    @Test("kept when paid in full on the date")
    func keptOnDate() {
        let result = evaluate([F.paid(15_000, on: "2026-11-20")], today: "2026-11-20")
        #expect(result.status == .kept)
        #expect(result.coveredOn == F.day("2026-11-20"))
        #expect(result.missing == F.money(0))
    }

    @Test("kept when paid early, after the promise was made")
    func keptEarly() {
        #expect(evaluate([F.paid(15_000, on: "2026-11-17")], today: "2026-11-17").status == .kept)
    }

    @Test("kept when paid late within the grace days")
    func keptWithinGrace() {
        let result = evaluate([F.paid(15_000, on: "2026-11-22")], today: "2026-11-25")
        #expect(result.status == .kept)
        #expect(result.coveredOn == F.day("2026-11-22"))
        #expect(result.lastDay == F.day("2026-11-22"))
    }

    @Test("broken the day after the grace ends, with nothing paid")
    func broken() {
        let result = evaluate([], today: "2026-11-23")
        #expect(result.status == .broken)
        #expect(result.brokenFrom == F.day("2026-11-23"))
        #expect(result.missing == F.money(15_000))
    }

    @Test("broken when paid only after the grace; the late money is reported apart")
    func paidTooLate() {
        let result = evaluate([F.paid(15_000, on: "2026-11-23")], today: "2026-11-24")
        #expect(result.status == .broken)
        #expect(result.paid == F.money(0))
        #expect(result.paidLate == F.money(15_000))
    }

    @Test("partial payments add up toward the promise")
    func partialPaymentsAddUp() {
        let payments = [F.paid(5_000, on: "2026-11-18"), F.paid(10_000, on: "2026-11-21")]
        let partial = evaluate(payments, today: "2026-11-19")
        #expect(partial.status == .pending)
        #expect(partial.paid == F.money(5_000))
        #expect(partial.missing == F.money(10_000))
        let full = evaluate(payments, today: "2026-11-21")
        #expect(full.status == .kept)
        #expect(full.coveredOn == F.day("2026-11-21"))
    }

    @Test("a partly paid promise is broken after the grace, with what was paid and what is missing")
    func partialBroken() {
        let result = evaluate([F.paid(5_000, on: "2026-11-20")], today: "2026-11-23")
        #expect(result.status == .broken)
        #expect(result.paid == F.money(5_000))
        #expect(result.missing == F.money(10_000))
    }

    @Test("payments before the promise was made, in another currency or after today do not count")
    func paymentsThatDoNotCount() {
        let payments = [
            F.paid(15_000, on: "2026-11-15"),  // before the promise
            F.paid(15_000, .USD, on: "2026-11-18"),  // another currency
            F.paid(15_000, on: "2026-11-21"),  // after today
        ]
        let result = evaluate(payments, today: "2026-11-20")
        #expect(result.status == .pending)
        #expect(result.paid == F.money(0))
    }

    @Test("the grace is configurable")
    func configurableGrace() {
        #expect(evaluate([], today: "2026-11-21", grace: 0).status == .broken)
        #expect(evaluate([F.paid(15_000, on: "2026-11-25")], today: "2026-11-25", grace: 5).status == .kept)
    }
}
