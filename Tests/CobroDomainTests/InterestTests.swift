@testable import CobroDomain
import Testing

private func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
private func eur(_ cents: Int64) -> Money { Money(minorUnits: cents, currency: .EUR) }

@Suite("Late-payment interest and compensation (Directive 2011/7/EU, Ley 3/2004)")
struct InterestTests {
    let rules = LatePaymentRules.spain

    @Test("a half-year boundary splits the computation: 1 000,00 € due 20 Jun 2025, as of 10 Jul 2025")
    func acrossHalfYear() throws {
        let claim = try #require(rules.claim(open: eur(100_000), dueDate: day("2025-06-20"), asOf: day("2025-07-10")))
        // 21–30 Jun: 1000 × 11.15 % × 10 / 365 = 3.0548 → 3.05; 1–10 Jul: 1000 × 10.15 % × 10 / 365 = 2.7808 → 2.78.
        #expect(claim.periods.map(\.days) == [10, 10])
        #expect(claim.periods.map(\.basisPoints) == [1115, 1015])
        #expect(claim.periods.map(\.from) == [day("2025-06-21"), day("2025-07-01")])
        #expect(claim.periods.map(\.through) == [day("2025-06-30"), day("2025-07-10")])
        #expect(claim.periods.map(\.interest) == [eur(305), eur(278)])
        #expect(claim.interest == eur(583))
        #expect(claim.compensation == eur(4_000))
        #expect(!claim.usesAssumedRate)
    }

    @Test("across a year end into a leap February: 2 500,00 € due 15 Dec 2023, as of 29 Feb 2024")
    func acrossYearEnd() throws {
        let claim = try #require(rules.claim(open: eur(250_000), dueDate: day("2023-12-15"), asOf: day("2024-02-29")))
        // 16–31 Dec: 2500 × 12 % × 16 / 365 = 13.1507 → 13.15; 1 Jan–29 Feb: 2500 × 12.5 % × 60 / 365 = 51.3699 → 51.37.
        #expect(claim.periods.map(\.days) == [16, 60])
        #expect(claim.periods.map(\.interest) == [eur(1_315), eur(5_137)])
        #expect(claim.interest == eur(6_452))
    }

    @Test("interest starts the day after the due date: nothing on the due date itself")
    func startsTheDayAfter() throws {
        #expect(rules.claim(open: eur(100_000), dueDate: day("2025-03-01"), asOf: day("2025-03-01")) == nil)
        let claim = try #require(rules.claim(open: eur(100_000), dueDate: day("2025-03-01"), asOf: day("2025-03-02")))
        // 1000 × 11.15 % / 365 = 0.3055 → 0.31
        #expect(claim.periods.map(\.days) == [1])
        #expect(claim.interest == eur(31))
    }

    @Test("a half-year not yet in the table takes the latest figure, marked as assumed")
    func assumedRate() throws {
        let claim = try #require(rules.claim(open: eur(100_000), dueDate: day("2026-06-30"), asOf: day("2026-08-10")))
        // 1 Jul–10 Aug 2026: 41 days at 10.15 % (2026-H1's figure): 1000 × 10.15 % × 41 / 365 = 11.4014 → 11.40.
        #expect(claim.periods.map(\.halfYear) == [HalfYear(year: 2026, half: 2)!])
        #expect(claim.interest == eur(1_140))
        #expect(claim.usesAssumedRate)
    }

    @Test("rounded half up to the minor unit, exact at double width for large amounts")
    func rounding() {
        // 1 × 1825 × 1000 / 3 650 000 = 0.5 exactly.
        #expect(LatePaymentRules.interest(on: 1, basisPoints: 1825, days: 1000) == 1)
        #expect(LatePaymentRules.interest(on: 1, basisPoints: 1824, days: 1000) == 0)
        // 90 000 000 000 000 000 cents at 10 % for 365 days: the product overflows Int64, the result does not.
        #expect(LatePaymentRules.interest(on: 90_000_000_000_000_000, basisPoints: 1000, days: 365) == 9_000_000_000_000_000)
    }

    @Test("40 € compensation per euro invoice; other currencies get neither interest nor compensation by default")
    func otherCurrencies() throws {
        #expect(rules.claim(open: Money(minorUnits: 100_000, currency: .USD), dueDate: day("2025-03-01"), asOf: day("2025-04-01")) == nil)
        var owners = rules
        owners.compensation[.GBP] = 3_500
        let claim = try #require(owners.claim(open: Money(minorUnits: 100_000, currency: .GBP), dueDate: day("2025-03-01"), asOf: day("2025-04-01")))
        #expect(claim.periods.isEmpty)
        #expect(claim.compensation == Money(minorUnits: 3_500, currency: .GBP))
    }

    @Test("half-years read and print as 2025-H2")
    func halfYearText() {
        #expect(HalfYear("2025-H2") == HalfYear(year: 2025, half: 2))
        #expect(HalfYear("2025-H3") == nil)
        #expect(HalfYear(containing: day("2025-06-30")).description == "2025-H1")
        #expect(HalfYear(containing: day("2025-07-01")).next.description == "2026-H1")
    }
}
