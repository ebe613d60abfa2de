@testable import AgreementsScreen
import CobroDomain
import CobroTerminal
import Testing

@Suite("Plan builder: the schedule follows the terms as they are typed")
struct PlanBuilderTests {
    @Test("€1,000.00 with €100.00 down in 3 monthly installments from 31 Jan 2027 is €300.00 on 31 Jan, 28 Feb and 31 Mar")
    func typingRecomputesTheSchedule() throws {
        var builder = Fixture.builder()
        fill(&builder, down: "100.00", installments: "3", first: "2027-01-31")
        let plan = try #require(builder.plan)
        #expect(plan.installments.map(\.amount) == Array(repeating: Fixture.money(30_000), count: 3))
        #expect(plan.installments.map(\.dueDate.iso) == ["2027-01-31", "2027-02-28", "2027-03-31"])
        #expect(plan.downPayment == Fixture.money(10_000))
        let lines = screen(builder)
        #expect(row(1, in: lines)?.contains("31 Jan 2027     300.00") == true)
        #expect(row(2, in: lines)?.contains("28 Feb 2027     300.00") == true)
        #expect(row(3, in: lines)?.contains("31 Mar 2027     300.00      1,000.00") == true, "the running total ends at the debt")
    }

    @Test("in Spanish amounts are typed with a decimal comma and dates read day first")
    func spanishTyping() throws {
        var builder = Fixture.builder(.es)
        fill(&builder, down: "100,00", installments: "3", first: "2027-01-31")
        #expect(try #require(builder.plan).installments.map(\.amount.minorUnits) == [30_000, 30_000, 30_000])
        let lines = screen(builder)
        #expect(row(1, in: lines)?.contains("31/01/2027") == true)
        #expect(row(1, in: lines)?.contains("300,00") == true)
        #expect(row(3, in: lines)?.hasSuffix("1.000,00") == true)
    }

    @Test("every key that changes a term recomputes: one more installment is seen at once")
    func eachKeyRecomputes() throws {
        var builder = Fixture.builder()
        fill(&builder, installments: "4")
        #expect(builder.plan?.installments.count == 4)
        press(.backspace, on: &builder)
        #expect(builder.plan == nil, "no installments")
        type("5", on: &builder)
        #expect(builder.plan?.installments.map(\.amount.minorUnits) == [20_000, 20_000, 20_000, 20_000, 20_000])
    }

    @Test("weekly and every two weeks step the dates by 7 and 14 days")
    func frequencyPicker() throws {
        var builder = Fixture.builder()
        fill(&builder, installments: "3", first: "2026-12-01")
        focus(.frequency, on: &builder)
        press(.right, on: &builder)
        #expect(builder.frequency == .weekly)
        #expect(builder.plan?.installments.map(\.dueDate.iso) == ["2026-12-01", "2026-12-08", "2026-12-15"])
        press(.character(" "), on: &builder)
        #expect(builder.plan?.installments.map(\.dueDate.iso) == ["2026-12-01", "2026-12-15", "2026-12-29"])
    }

    @Test("the plan covers the balance in the chosen currency until the clerk types another amount")
    func currencyCyclesAmongThoseOwed() throws {
        var builder = Fixture.builder()
        #expect(builder.plan?.amount == Fixture.money(100_000), "EUR comes first by code")
        focus(.currency, on: &builder)
        press(.right, on: &builder)
        #expect(builder.plan?.amount == Fixture.money(25_000, .USD))
        focus(.amount, on: &builder)
        type("200", on: &builder)
        focus(.currency, on: &builder)
        press(.left, on: &builder)
        #expect(builder.plan?.amount == Fixture.money(20_000), "the typed amount stays when the currency changes")
    }

    @Test("an amount with too many decimals is marked beside the form and keeps its text")
    func badAmountShowsInline() throws {
        var builder = Fixture.builder()
        fill(&builder, down: "10.005")
        #expect(builder.problems[.downPayment] == "EUR takes at most 2 decimals")
        #expect(builder.plan == nil)
        #expect(builder.downPayment.text == "10.005")
        let lines = screen(builder, width: 80, height: 24)
        #expect(line("↑ Down payment: EUR takes at most 2 decimals", in: lines) != nil)
        #expect(line("No schedule until the terms are right.", in: lines) != nil)
        #expect(line("Total —   Payable —   Difference —", in: lines) != nil)
    }

    @Test("more installments than minor units left after the down payment: the domain says how many fit")
    func tooManyInstallmentsShowsInline() throws {
        var builder = Fixture.builder(.es)
        fill(&builder, down: "999,99", installments: "3")
        let expected = AgreementPlanError.tooManyInstallments(requested: 3, maximum: 1).message(in: .es)
        #expect(builder.problems[.installments] == expected)
        #expect(line("↑ Plazos: " + expected, in: screen(builder)) != nil)
        #expect(builder.installmentCount.text == "3")
    }

    @Test("a down payment above the debt and a first date before today are the domain's words, each by its field")
    func planErrorsNameTheirField() {
        var builder = Fixture.builder()
        fill(&builder, down: "1100")
        #expect(builder.problems[.downPayment] == AgreementPlanError.downPaymentExceedsDebt(
            downPayment: Fixture.money(110_000), amount: Fixture.money(100_000)).message(in: .en))
        fill(&builder, down: "0", first: "2026-11-01")
        #expect(builder.problems[.firstDate] == AgreementPlanError.firstDateBeforeAgreement(
            first: Fixture.date("2026-11-01"), agreement: Fixture.today).message(in: .en))
    }

    @Test("a discount and a fee change what is payable, and the footer shows how")
    func discountAndFee() throws {
        var builder = Fixture.builder(role: .owner)
        focus(.discount, on: &builder)
        type("100", on: &builder)
        focus(.fee, on: &builder)
        type("10", on: &builder)
        let plan = try #require(builder.plan)
        #expect(plan.payable == Fixture.money(91_000))
        #expect(plan.scheduledTotal == plan.payable)
        let footer = try #require(line("Payable €910.00", in: screen(builder)))
        #expect(footer.contains("Total €910.00") && footer.contains("Difference €0.00"))
        #expect(footer.contains("(debt €1,000.00 − discount €100.00 + fee €10.00)"))
    }

    @Test("Tab and Shift-Tab move through every field and the schedule, wrapping")
    func tabOrder() {
        var builder = Fixture.builder()
        var seen: [PlanField] = []
        for _ in PlanField.allCases {
            seen.append(builder.focus)
            press(.tab, on: &builder)
        }
        #expect(seen == PlanField.allCases)
        #expect(builder.focus == .downPayment)
        press(.backTab, on: &builder)
        #expect(builder.focus == .schedule)
    }

    @Test("letters never reach an amount, and typing over a suggestion replaces it")
    func refusedKeysAndSuggestions() {
        var builder = Fixture.builder()
        focus(.installments, on: &builder)
        type("x6", on: &builder)
        #expect(builder.installmentCount.text == "6")
        focus(.amount, on: &builder)
        type("q", on: &builder)
        #expect(builder.amount.text == "1000.00", "a refused key keeps the suggestion")
    }

    @Test("Esc leaves at once when nothing was typed, and asks first when something would be lost")
    func discardGuard() {
        var untouched = Fixture.builder()
        #expect(press(.escape, on: &untouched) == .closed)

        var builder = Fixture.builder()
        fill(&builder, installments: "6")
        #expect(press(.escape, on: &builder) == .editing)
        #expect(line("Discard this agreement without saving it?", in: screen(builder)) != nil)
        #expect(press(.character("n"), on: &builder) == .editing)
        #expect(builder.installmentCount.text == "6", "keeping on keeps the input")
        #expect(press(.escape, .character("y"), on: &builder) == .closed)
    }

    @Test("a customer who owes nothing gets a plan only once there is something to cover")
    func nothingOwed() {
        let builder = Fixture.builder(customer: PlanCustomer(code: "C009", name: "Al día", balances: [Fixture.money(0)]))
        #expect(builder.problems[.currency] == "the customer owes nothing as of today")
        #expect(builder.plan == nil)
    }
}
