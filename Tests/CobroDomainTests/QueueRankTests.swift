import CobroDomain
import Foundation
import Testing

private typealias F = QueueFixture

@Suite("Queue ranking: limits and corrections")
struct QueueRankTests {
    private let monday = "2026-11-23T10:00:00-05:00"

    private var portfolio: [QueueCandidate] {
        (0..<300).map { index in
            let code = "C" + String(1000 + (index * 7919) % 300)
            switch index % 5 {
            case 0:
                return F.customer(code, history: [F.call("2026-11-20T10:00:00-05:00", .callback,
                                                          callback: "2026-11-23T0\(index % 10):00:00-05:00")])
            case 1:
                return F.customer(code, history: [F.call("2026-11-02T10:00:00-05:00", .promise,
                                                          promise: F.promise(100, on: "2026-11-1\(index % 10)"))])
            case 2:
                return F.customer(code, overdue: [F.overdue(Int64(index % 7) * 1_000, days: index % 3)])
            case 3:
                return F.customer(code, history: [F.call("2026-11-16T10:00:00-05:00", .promise,
                                                          promise: F.promise(100, on: "2026-11-23"))])
            default:
                return F.customer(code, overdue: [F.overdue(Int64(index) * 100, .USD, days: index % 40)])
            }
        }
    }

    @Test("rank with a limit gives the first entries of the whole queue", arguments: [0, 1, 3, 64, 65, 299, 500])
    func limitIsPrefix(limit: Int) {
        let all = CallQueue.rank(portfolio, at: F.at(monday), deskTimeZone: F.madrid, conversionRates: [.USD: 0.9])
        let first = CallQueue.rank(portfolio, at: F.at(monday), deskTimeZone: F.madrid, conversionRates: [.USD: 0.9], limit: limit)
        #expect(first == Array(all.prefix(limit)))
    }

    @Test("the queue order is QueueEntry.precedes")
    func orderIsPrecedes() {
        let all = CallQueue.rank(portfolio.shuffled(), at: F.at(monday), deskTimeZone: F.madrid)
        #expect(all == all.sorted(by: QueueEntry.precedes))
        #expect(Set(all.map(\.reason)) == Set(QueueReason.allCases))
    }

    @Test("a correction amends the entry it points at; a correction of a correction amends the original")
    func correctionChain() {
        let events = [
            F.call("2026-11-16T10:00:00-05:00", .noAnswer, id: 1),
            F.call("2026-11-16T11:00:00-05:00", .rightParty, id: 2, corrects: 1),
            F.call("2026-11-16T12:00:00-05:00", .wrongNumber, id: 3, corrects: 2),
            F.call("2026-11-16T13:00:00-05:00", .voicemail, id: 4, corrects: 99),  // points at nothing
        ]
        let history = ContactHistory(events)
        #expect(history.contacts.count == 1)
        #expect(history.contacts.first?.outcome == .wrongNumber)
        #expect(history.contacts.first?.at == F.at("2026-11-16T10:00:00-05:00"))
    }

    @Test("a correction that cancels a callback takes the account out of the callback tier")
    func correctedCallback() {
        let events = [
            F.call("2026-11-20T10:00:00-05:00", .callback, id: 1, callback: "2026-11-23T09:00:00-05:00"),
            F.call("2026-11-20T10:05:00-05:00", .refused, id: 2, corrects: 1),
        ]
        // No callback any more; the conversation on the 20th still holds calls.
        #expect(F.assess(F.customer(history: events), at: monday).exclusion
            == .contactLimit(.rightPartyHold(conversationOn: F.day("2026-11-20"), callableFrom: F.day("2026-11-27"))))
    }

    @Test("contacts logged after the queue's instant are ignored")
    func futureContactsIgnored() {
        let events = [
            F.call("2026-11-20T10:00:00-05:00", .callback, callback: "2026-11-23T09:00:00-05:00"),
            F.call("2026-11-23T11:00:00-05:00", .noAnswer),
        ]
        #expect(F.assess(F.customer(history: events), at: monday).entry?.reason == .callback)
    }
}
