import CobroDomain
import Foundation
import Testing

private typealias F = QueueFixture

/// The `priority` tier: a score that grows with the overdue amount and its age; other currencies
/// converted at the config's rates, for ranking only.
@Suite("Queue priority score")
struct QueuePriorityTests {
    private let monday = "2026-11-23T10:00:00-05:00"

    @Test("the score grows with the amount and with the age")
    func growsWithAmountAndAge() {
        let base = PriorityScore.of([F.overdue(100_000, days: 30)], rates: [:])
        #expect(PriorityScore.of([F.overdue(100_001, days: 30)], rates: [:]) > base)
        #expect(PriorityScore.of([F.overdue(100_000, days: 31)], rates: [:]) > base)
        #expect(base == 1000 * 2)  // 1000.00 × (1 + 30/30)
        #expect(PriorityScore.of([F.overdue(0, days: 300), F.overdue(-500, .USD, days: 300)], rates: [:]) == 0)
    }

    @Test("larger debt first, then older, then code byte-wise")
    func order() {
        let queue = F.rank([
            F.customer("a", overdue: [F.overdue(10_000, days: 10)]),
            F.customer("B", overdue: [F.overdue(10_000, days: 10)]),
            F.customer("C", overdue: [F.overdue(10_000, days: 40)]),
            F.customer("D", overdue: [F.overdue(90_000, days: 10)]),
        ], at: monday)
        #expect(queue.map(\.code) == ["D", "C", "B", "a"])
        #expect(queue.allSatisfy { $0.reason == .priority })
    }

    @Test("other currencies rank at the given rates")
    func twoCurrenciesWithRates() {
        let candidates = [
            F.customer("EUR1", overdue: [F.overdue(100_000, .EUR, days: 10)]),  // 1000 EUR
            F.customer("USD1", overdue: [F.overdue(110_000, .USD, days: 10)]),  // 1100 USD
        ]
        #expect(F.rank(candidates, at: monday, rates: [.USD: 0.85]).map(\.code) == ["EUR1", "USD1"])  // 935 < 1000
        #expect(F.rank(candidates, at: monday, rates: [.USD: 0.95]).map(\.code) == ["USD1", "EUR1"])  // 1045 > 1000
    }

    @Test("a customer owing in two currencies ranks by the sum of both, converted")
    func customerWithTwoCurrencies() {
        let candidates = [
            F.customer("ONE", overdue: [F.overdue(150_000, .EUR, days: 30)]),  // 1500 × 2 = 3000
            F.customer("TWO", overdue: [F.overdue(100_000, .EUR, days: 30), F.overdue(2_000_000, .MXN, days: 30)]),
        ]
        // 1000 × 2 + 20000 × 0.05 × 2 = 4000 with a rate; MXN alone would be 40000 as is.
        let ranked = F.rank(candidates, at: monday, rates: [.MXN: 0.05])
        #expect(ranked.map(\.code) == ["TWO", "ONE"])
        #expect(ranked.first?.score == 4000)
        #expect(ranked.first?.overdue.map(\.currency) == [.EUR, .MXN])
        #expect(F.rank(candidates, at: monday, rates: [.MXN: 0.01]).map(\.code) == ["ONE", "TWO"])  // 2400 < 3000
    }

    @Test("a currency with no rate ranks by its amount as is, in major units")
    func missingRate() {
        let score = PriorityScore.of([F.overdue(100_000, .CLP, days: 0)], rates: [.USD: 0.9])
        #expect(score == 100_000)  // CLP has no decimals: 100000 pesos, rate 1
        #expect(PriorityScore.of([F.overdue(100_000, .CLP, days: 0)], rates: [.CLP: 0.001]) == 100)
    }
}
