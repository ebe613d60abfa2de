import CobroDomain
import Foundation
import Testing

private typealias F = QueueFixture

/// SPEC §5 "Call queue", tiers: callback, broken_promise, promise_due, priority.
/// Customers in New York; T is Monday 2026-11-23 unless said otherwise.
@Suite("Queue tiers and their order")
struct QueueTierTests {
    private let monday = "2026-11-23T10:00:00-05:00"

    private func reason(_ candidate: QueueCandidate, at text: String) -> QueueReason? {
        F.assess(candidate, at: text).entry?.reason
    }

    // MARK: callback

    @Test("callback: the requested time has come and nothing has happened since the request")
    func callbackDue() {
        let asked = F.customer(history: [F.call("2026-11-20T10:00:00-05:00", .callback, callback: "2026-11-23T09:30:00-05:00")])
        #expect(reason(asked, at: monday) == .callback)
        #expect(reason(asked, at: "2026-11-23T09:29:00-05:00") == nil)  // not yet: the hold still stands
        let entry = F.assess(asked, at: monday).entry
        #expect(entry?.callbackAt == F.at("2026-11-23T09:30:00-05:00"))
    }

    @Test("callback: a later contact answers it")
    func callbackAnswered() {
        let history = [
            F.call("2026-11-13T10:00:00-05:00", .callback, callback: "2026-11-23T09:00:00-05:00"),
            F.call("2026-11-23T09:05:00-05:00", .noAnswer),
        ]
        #expect(reason(F.customer(history: history), at: monday) == .priority)
    }

    @Test("callback: an outbound e-mail does not answer it, an inbound one does")
    func callbackAndMessages() {
        let request = F.call("2026-11-13T10:00:00-05:00", .callback, callback: "2026-11-23T09:00:00-05:00")
        let email = ContactEvent(at: F.at("2026-11-23T08:00:00-05:00"), channel: .email, outcome: .other)
        #expect(reason(F.customer(history: [request, email]), at: monday) == .callback)
        var inbound = email
        inbound.direction = .inbound
        #expect(reason(F.customer(history: [request, inbound]), at: monday) == .priority)
    }

    @Test("callback: a due callback waits for calling hours")
    func callbackWaitsForHours() {
        let asked = F.customer(history: [F.call("2026-11-20T10:00:00-05:00", .callback, callback: "2026-11-23T06:00:00-05:00")])
        #expect(F.assess(asked, at: "2026-11-23T07:30:00-05:00").exclusion != nil)
        #expect(reason(asked, at: "2026-11-23T08:00:00-05:00") == .callback)
    }

    @Test("callback: ordered by callback time")
    func callbacksByTime() {
        let queue = F.rank([
            F.customer("A", history: [F.call("2026-11-20T10:00:00-05:00", .callback, callback: "2026-11-23T09:45:00-05:00")]),
            F.customer("B", history: [F.call("2026-11-20T10:00:00-05:00", .callback, callback: "2026-11-23T09:15:00-05:00")]),
            F.customer("C", zone: "Europe/Madrid",
                       history: [F.call("2026-11-20T10:00:00+01:00", .callback, callback: "2026-11-23T15:30:00+01:00")]),
        ], at: monday)
        #expect(queue.map(\.code) == ["B", "C", "A"])  // 09:15, 09:30 and 09:45 New York time
        #expect(queue.allSatisfy { $0.reason == .callback })
    }

    // MARK: broken_promise

    @Test("broken_promise: unpaid 2 days after its date; pending until then")
    func brokenPromise() {
        let promised = F.customer(history: [
            F.call("2026-11-02T10:00:00-05:00", .promise, promise: F.promise(15_000, on: "2026-11-19")),
        ])
        #expect(reason(promised, at: "2026-11-21T10:00:00-05:00") == .priority)  // day 2 of grace
        #expect(reason(promised, at: monday) == .brokenPromise)
        let entry = F.assess(promised, at: monday).entry
        #expect(entry?.promiseDate == F.day("2026-11-19"))
    }

    @Test("broken_promise: a kept promise is not broken")
    func keptIsNotBroken() {
        let kept = F.customer(
            history: [F.call("2026-11-02T10:00:00-05:00", .promise, promise: F.promise(15_000, on: "2026-11-19"))],
            payments: [F.paid(15_000, on: "2026-11-21")])
        #expect(reason(kept, at: monday) == .priority)
    }

    @Test("broken_promise: it stays in the tier until the next contact after the break")
    func brokenUntilNextContact() {
        var history = [
            F.call("2026-11-02T10:00:00-05:00", .promise, promise: F.promise(15_000, on: "2026-11-19")),
            F.call("2026-11-20T10:00:00-05:00", .noAnswer),  // a reminder call during the grace
        ]
        #expect(reason(F.customer(history: history), at: monday) == .brokenPromise)
        #expect(reason(F.customer(history: history), at: "2026-11-25T10:00:00-05:00") == .brokenPromise)
        history.append(F.call("2026-11-23T10:30:00-05:00", .noAnswer))
        #expect(reason(F.customer(history: history), at: "2026-11-23T11:00:00-05:00") == .priority)
    }

    @Test("broken_promise: a broken promise lifts the hold of the conversation that made it")
    func brokenLiftsHold() {
        let promised = F.customer(history: [
            F.call("2026-11-18T10:00:00-05:00", .promise, promise: F.promise(15_000, on: "2026-11-19")),
        ])
        #expect(F.assess(promised, at: "2026-11-21T10:00:00-05:00").exclusion != nil)  // in grace, held
        #expect(reason(promised, at: monday) == .brokenPromise)  // broken from the 22nd, held through the 24th
    }

    @Test("broken_promise: a broken agreement, from the day after its grace")
    func brokenAgreement() {
        let broken = BrokenAgreement(installmentDue: F.day("2026-11-10"), unpaid: F.money(30_000))
        let customer = F.customer(brokenAgreement: broken)
        #expect(reason(customer, at: "2026-11-14T10:00:00-05:00") == .priority)  // grace: 5 days, through the 15th
        #expect(reason(customer, at: "2026-11-16T10:00:00-05:00") == .brokenPromise)
        #expect(F.assess(customer, at: monday).entry?.promiseDate == F.day("2026-11-10"))
        let followedUp = F.customer(history: [F.call("2026-11-17T10:00:00-05:00", .noAnswer)], brokenAgreement: broken)
        #expect(reason(followedUp, at: monday) == .priority)
    }

    @Test("broken_promise: ordered by promise date")
    func brokenByDate() {
        func promised(_ code: String, _ date: String) -> QueueCandidate {
            F.customer(code, history: [F.call("2026-11-02T10:00:00-05:00", .promise, promise: F.promise(15_000, on: date))])
        }
        let queue = F.rank([
            promised("A", "2026-11-18"), promised("B", "2026-11-10"),
            F.customer("C", brokenAgreement: BrokenAgreement(installmentDue: F.day("2026-11-12"), unpaid: F.money(100))),
        ], at: monday)
        #expect(queue.map(\.code) == ["B", "C", "A"])
        #expect(queue.allSatisfy { $0.reason == .brokenPromise })
    }

    // MARK: promise_due

    @Test("promise_due: a promise falls due today, local date")
    func promiseDue() {
        let promised = F.customer(history: [
            F.call("2026-11-16T10:00:00-05:00", .promise, promise: F.promise(15_000, on: "2026-11-23")),
        ])
        #expect(reason(promised, at: monday) == .promiseDue)
        #expect(reason(promised, at: "2026-11-23T20:59:00-05:00") == .promiseDue)
        #expect(reason(promised, at: "2026-11-24T10:00:00-05:00") == .priority)  // in grace: nothing due
        // 19:30 on the 23rd in New York is already the 24th at a Madrid desk: not due yet on the customer's clock.
        let tomorrow = F.customer(history: [
            F.call("2026-11-16T10:00:00-05:00", .promise, promise: F.promise(15_000, on: "2026-11-24")),
        ])
        #expect(reason(tomorrow, at: "2026-11-23T19:30:00-05:00") == .priority)
        #expect(reason(tomorrow, at: "2026-11-24T08:00:00-05:00") == .promiseDue)
    }

    @Test("promise_due: not when already kept")
    func dueButKept() {
        let kept = F.customer(
            history: [F.call("2026-11-16T10:00:00-05:00", .promise, promise: F.promise(15_000, on: "2026-11-23"))],
            payments: [F.paid(15_000, on: "2026-11-20")])
        #expect(reason(kept, at: monday) == .priority)
    }

    @Test("promise_due: a promise made today for today is due; a later call today answers it")
    func dueSameDay() {
        var history = [F.call("2026-11-23T09:00:00-05:00", .promise, promise: F.promise(15_000, on: "2026-11-23"))]
        #expect(reason(F.customer(history: history), at: monday) == .promiseDue)
        history.append(F.call("2026-11-23T09:30:00-05:00", .noAnswer))
        #expect(F.assess(F.customer(history: history), at: monday).exclusion != nil)  // back under the hold
    }

    // MARK: priority and the order of tiers

    @Test("priority: everyone else")
    func priority() {
        #expect(reason(F.customer(), at: monday) == .priority)
    }

    @Test("tiers come in order: callback, broken_promise, promise_due, priority")
    func tierOrder() {
        let queue = F.rank([
            F.customer("P1", overdue: [F.overdue(9_999_999, days: 400)]),
            F.customer("D1", history: [F.call("2026-11-16T10:00:00-05:00", .promise, promise: F.promise(100, on: "2026-11-23"))]),
            F.customer("B1", history: [F.call("2026-11-02T10:00:00-05:00", .promise, promise: F.promise(100, on: "2026-11-10"))]),
            F.customer("K1", history: [F.call("2026-11-20T10:00:00-05:00", .callback, callback: "2026-11-23T09:00:00-05:00")]),
        ], at: monday)
        #expect(queue.map(\.reason) == [.callback, .brokenPromise, .promiseDue, .priority])
        #expect(queue.map(\.code) == ["K1", "B1", "D1", "P1"])
    }

    @Test("a customer in several tiers takes the highest")
    func highestTierWins() {
        // One call on the 5th: a promise for the 10th (broken from the 13th) and a callback for today.
        let callbackAndBroken = F.customer(history: [
            F.call("2026-11-05T10:00:00-05:00", .callback, callback: "2026-11-23T09:00:00-05:00",
                   promise: F.promise(100, on: "2026-11-10")),
        ])
        #expect(reason(callbackAndBroken, at: monday) == .callback)
        // An agreement broken from the 18th, and a promise made on the 16th for today.
        let brokenAndDue = F.customer(
            history: [F.call("2026-11-16T10:00:00-05:00", .promise, promise: F.promise(100, on: "2026-11-23"))],
            brokenAgreement: BrokenAgreement(installmentDue: F.day("2026-11-12"), unpaid: F.money(100)))
        #expect(reason(brokenAndDue, at: monday) == .brokenPromise)
    }
}
