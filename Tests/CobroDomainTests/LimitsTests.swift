import CobroDomain
import Testing

private func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
private func eur(_ cents: Int64) -> Money { Money(minorUnits: cents, currency: .EUR) }

@Suite("Limits: amounts at the ends of 64-bit minor units and dates at the ends of YYYY-MM-DD give clear errors, never a trap")
struct LimitsTests {
    @Test("the largest amount parses and prints back; one minor unit more is 'too large', either sign")
    func amountsAtTheLimit() throws {
        #expect(try Money.parse("92233720368547758.07", currency: .EUR) == eur(.max))
        #expect(try Money.parse("-92233720368547758.07", currency: .EUR) == eur(-.max))
        #expect(try Money.parse("9223372036854775807", currency: .JPY).minorUnits == .max)
        for (text, currency) in [("92233720368547758.08", Currency.EUR), ("-92233720368547758.08", .EUR),
                                 ("99999999999999999999999", .EUR), ("9223372036854775808", .JPY), ("-9223372036854775808", .CLP)] {
            #expect(throws: AmountError.outOfRange(text)) { try Money.parse(text, currency: currency) }
        }
        #expect(AmountError.outOfRange("1e99").description == "'1e99' is too large")
        #expect(throws: AmountError.outOfRange("92.233.720.368.547.758,08")) {
            try Money.parse("92.233.720.368.547.758,08", currency: .EUR, separator: .comma)
        }
    }

    @Test("late-payment interest on the largest amount, late from 2000 to 9999, stays at the largest amount: no trap")
    func interestAtTheLimit() throws {
        let claim = try #require(LatePaymentRules.spain.claim(open: eur(.max), dueDate: date("2000-01-01"), asOf: date("9999-12-31")))
        #expect(claim.interest == eur(.max))
        #expect(claim.periods.allSatisfy { $0.interest.minorUnits > 0 })
        let ordinary = try #require(LatePaymentRules.spain.claim(open: eur(100_000), dueDate: date("2025-06-20"), asOf: date("2025-07-10")))
        #expect(ordinary.interest.minorUnits < 1_000, "an ordinary claim is untouched by the limit")
    }

    @Test("amounts at the limits print in every format without trapping")
    func formattingAtTheLimit() {
        #expect(eur(.max).decimalString == "92233720368547758.07")
        #expect(eur(.min).decimalString == "-92233720368547758.08")
        #expect(eur(.max).formatted(in: .en) == "€92,233,720,368,547,758.07")
        #expect(eur(.min).formatted(in: .es) == "-92.233.720.368.547.758,08\u{00A0}€")
        #expect(Money(minorUnits: .min, currency: .JPY).formatted(in: .en) == "-¥9,223,372,036,854,775,808")
    }

    @Test("aging adds up invoices to exactly the largest amount")
    func agingAtTheLimit() {
        let ledger = AgingLedger(documents: [
            AgingDocument(id: 1, number: "F-1", issueDate: date("2026-01-01"), dueDate: date("2026-01-31"), amount: .max - 1),
            AgingDocument(id: 2, number: "F-2", issueDate: date("2026-01-01"), dueDate: date("2026-12-31"), amount: 1),
        ])
        let figures = ledger.aged(asOf: date("2026-11-23"))
        #expect(figures.balance == .max && figures[.over120] == .max - 1 && figures[.current] == 1)
    }

    @Test("0001-01-01 and 9999-12-31 are dates; year 0000 and five-digit years are not")
    func datesAtTheEnds() {
        #expect(date("0001-01-01").iso == "0001-01-01" && date("9999-12-31").iso == "9999-12-31")
        #expect(CivilDate.latest == date("9999-12-31"))
        #expect(date("9999-12-31").days(since: date("0001-01-01")) == 3_652_058)
        for text in ["0000-01-01", "10000-01-01", "-001-01-01", "+999-01-01", "9999-12-32", "0001-00-01"] {
            #expect(CivilDate(iso: text) == nil, "\(text)")
        }
        #expect(date("0001-01-01").formatted(in: .en) == "1 Jan 1")
    }

    @Test("a plan that would run past 9999-12-31 says how many installments fit")
    func planPastTheLastDate() {
        let monthly = AgreementTerms(amount: eur(100_000), installmentCount: 3, frequency: .monthly,
                                     agreementDate: date("9999-10-01"), firstDate: date("9999-11-30"))
        #expect(throws: AgreementPlanError.pastLastDate(requested: 3, maximum: 2)) { try AgreementSchedule.installments(for: monthly) }
        let weekly = AgreementTerms(amount: eur(100_000), installmentCount: 2, frequency: .weekly,
                                    agreementDate: date("9999-12-20"), firstDate: date("9999-12-25"))
        #expect(throws: AgreementPlanError.pastLastDate(requested: 2, maximum: 1)) { try AgreementSchedule.installments(for: weekly) }
        let huge = AgreementTerms(amount: eur(.max), installmentCount: 1_000_000_000, frequency: .biweekly,
                                  agreementDate: date("2026-11-23"), firstDate: date("2026-12-01"))
        #expect(throws: AgreementPlanError.pastLastDate(requested: 1_000_000_000, maximum: 208_008)) {
            try AgreementSchedule.installments(for: huge)
        }
        #expect(AgreementPlanError.pastLastDate(requested: 3, maximum: 2).message(in: .es).contains("31/12/9999"))
        let last = AgreementTerms(amount: eur(100_000), installmentCount: 2, frequency: .monthly,
                                  agreementDate: date("9999-10-01"), firstDate: date("9999-11-30"))
        #expect((try? AgreementSchedule.installments(for: last))?.map(\.dueDate.iso) == ["9999-11-30", "9999-12-30"])
    }

    @Test("a fee that takes the debt past the largest amount is refused; the largest amount itself plans")
    func planAtTheLargestAmount() throws {
        let tooMuch = AgreementTerms(amount: eur(.max), installmentCount: 3, frequency: .monthly, agreementDate: date("2026-11-23"),
                                     firstDate: date("2026-12-01"), fee: eur(1))
        #expect(throws: AgreementPlanError.amountTooLarge(.EUR)) { try AgreementSchedule.installments(for: tooMuch) }
        #expect(AgreementPlanError.amountTooLarge(.EUR).message(in: .en).contains("€92,233,720,368,547,758.07"))
        let largest = AgreementTerms(amount: eur(.max), downPayment: eur(7), installmentCount: 3, frequency: .monthly,
                                     agreementDate: date("2026-11-23"), firstDate: date("2026-12-01"))
        let plan = try AgreementSchedule.installments(for: largest)
        #expect(plan.reduce(7) { $0 + $1.amount.minorUnits } == .max)
    }
}
