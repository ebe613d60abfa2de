@testable import AgreementsScreen
import CobroDomain
import CobroTerminal
import Testing

/// €1,000.00, €100.00 down, 3 monthly from 31 Jan 2027, the focus on the schedule's first amount.
private func scheduleOnFirstAmount(_ language: Language = .en) -> PlanBuilder {
    var builder = Fixture.builder(language)
    fill(&builder, down: language == .es ? "100,00" : "100.00", installments: "3", first: "2027-01-31")
    focus(.schedule, on: &builder)
    return builder
}

@Suite("Plan builder: editing single installments keeps the plan whole")
struct ScheduleEditingTests {
    @Test("raising installment 1 spreads the difference over the later ones, and the footer still balances")
    func editingTheFirstAmountSpreadsTheDifference() throws {
        var builder = scheduleOnFirstAmount()
        press(.enter, on: &builder)
        type("400.00", on: &builder)
        press(.enter, on: &builder)
        let plan = try #require(builder.plan)
        #expect(plan.installments.map(\.amount.minorUnits) == [40_000, 25_000, 25_000])
        #expect(plan.scheduledTotal == plan.payable)
        #expect(builder.cell == nil)
        let footer = try #require(line("Total €1,000.00", in: screen(builder, width: 80, height: 24)))
        #expect(footer.contains("Payable €1,000.00") && footer.contains("Difference €0.00"))
    }

    @Test("typing a digit on a cell starts editing it with that digit")
    func typingOverACell() throws {
        var builder = scheduleOnFirstAmount()
        type("350", on: &builder)
        #expect(builder.cell?.field.text == "350")
        press(.enter, on: &builder)
        #expect(try #require(builder.plan).installments.map(\.amount.minorUnits) == [35_000, 27_500, 27_500])
    }

    @Test("changing the last installment says by how much the plan would be short, and keeps the typed text")
    func editingTheLastAmountSaysWhatDoesNotAddUp() throws {
        var builder = scheduleOnFirstAmount()
        press(.down, .down, .enter, on: &builder)
        type("250.00", on: &builder)
        press(.enter, on: &builder)
        let expected = AgreementEditError.noLaterInstallments(difference: Fixture.money(5_000)).message(in: .en)
        #expect(builder.cell?.error == expected)
        #expect(expected.contains("the plan would be €50.00 short"))
        #expect(builder.cell?.field.text == "250.00")
        #expect(builder.plan?.installments.map(\.amount.minorUnits) == [30_000, 30_000, 30_000], "the plan is unchanged")
        #expect(line("Installment 3: " + expected, in: screen(builder)) != nil)
        #expect(line("Difference €0.00", in: screen(builder)) != nil)
    }

    @Test("in Spanish the last installment says what would be left over")
    func spanishOver() {
        var builder = scheduleOnFirstAmount(.es)
        press(.end, .enter, on: &builder)
        type("310", on: &builder)
        press(.enter, on: &builder)
        #expect(builder.cell?.error?.contains("sobrarían 10,00") == true)
    }

    @Test("a due date moves within its neighbours; out of order is refused with the bounds")
    func editingADate() throws {
        var builder = scheduleOnFirstAmount()
        press(.down, .left, .enter, on: &builder)
        #expect(builder.cell?.column == .dueDate)
        #expect(builder.cell?.field.text == "2027-02-28", "editing starts from the current value")
        type("2027-03-05", on: &builder)
        press(.enter, on: &builder)
        #expect(try #require(builder.plan).installments[1].dueDate.iso == "2027-03-05")
        press(.enter, on: &builder)
        type("2027-04-01", on: &builder)
        press(.enter, on: &builder)
        #expect(builder.cell?.error == AgreementEditError.dateOutOfOrder(
            Fixture.date("2027-04-01"), after: Fixture.date("2027-01-31"), before: Fixture.date("2027-03-31")).message(in: .en))
    }

    @Test("Esc gives up a cell edit without leaving the builder")
    func escapeCancelsTheCellOnly() {
        var builder = scheduleOnFirstAmount()
        press(.enter, on: &builder)
        type("1", on: &builder)
        #expect(press(.escape, on: &builder) == .editing)
        #expect(builder.cell == nil)
        #expect(builder.plan?.installments.map(\.amount.minorUnits) == [30_000, 30_000, 30_000])
    }

    @Test("edits survive a change of terms while they still fit, and the clerk is told when they do not")
    func editsAreReplayed() throws {
        var builder = scheduleOnFirstAmount()
        press(.enter, on: &builder)
        type("400", on: &builder)
        press(.enter, on: &builder)
        fill(&builder, installments: "4")
        #expect(try #require(builder.plan).installments.map(\.amount.minorUnits) == [40_000, 16_666, 16_666, 16_668])
        fill(&builder, down: "700")
        #expect(try #require(builder.plan).installments.map(\.amount.minorUnits) == [7_500, 7_500, 7_500, 7_500])
        #expect(builder.message?.text == "One installment change no longer fits the new terms and was undone.")
    }
}
