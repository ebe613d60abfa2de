@testable import AgreementsScreen
import CobroDomain
import CobroTerminal
import Testing

@Suite("Agreements list: status filter, opening one, cancelling with a reason")
struct AgreementsListTests {
    @Test("opening the screen asks for the agreements")
    func startLoads() {
        #expect(AgreementsFeature.start(AgreementsState(language: .en, today: Fixture.today, role: .clerk)) == [.loadList])
    }

    @Test("an active agreement past its grace lists as broken; the others as stored")
    func effectiveStatus() {
        #expect(Fixture.summaries.map(\.status) == [.active, .broken, .draft, .cancelled, .completed])
        #expect(Fixture.summaries[1].amountLate == Fixture.money(10_000))
        #expect(Fixture.summaries[1].nextDue?.number == 2)
        #expect(Fixture.summaries[2].nextDue == nil, "a draft is not followed")
    }

    @Test("s cycles the status filter through every status and back to all; S goes back")
    func filterByStatus() {
        var state = Fixture.loadedList()
        #expect(state.visible.count == 5)
        press(.character("s"), on: &state)
        #expect(state.statusFilter == .draft)
        #expect(state.visible.map(\.id) == [3])
        press(.character("s"), on: &state)
        #expect(state.visible.map(\.id) == [1])
        press(.character("s"), on: &state)
        #expect(state.visible.map(\.id) == [5])
        press(.character("s"), on: &state)
        #expect(state.statusFilter == .broken)
        #expect(state.visible.map(\.id) == [2])
        #expect(line("Status: broken · 1 of 5 agreements", in: screen(state)) != nil)
        press(.character("s"), .character("s"), on: &state)
        #expect(state.statusFilter == nil)
        press(.character("S"), on: &state)
        #expect(state.statusFilter == .cancelled)
    }

    @Test("Enter opens the selected agreement with each installment's payment and status; Esc goes back")
    func openOne() throws {
        var state = Fixture.loadedList()
        press(.down, .enter, on: &state)
        #expect(state.opened?.id == 2)
        let lines = screen(state)
        #expect(line("Agreement #2 · C002 Cliente C002", in: lines)?.contains("broken") == true)
        let first = try #require(row(1, in: lines))
        #expect(first.contains("30 Sep 2026") && first.contains("€100.00") && first.contains("paid"))
        #expect(row(2, in: lines)?.contains("30 Oct 2026") == true)
        #expect(row(2, in: lines)?.contains("missed") == true)
        #expect(row(3, in: lines)?.contains("pending") == true)
        #expect(line("Late €100.00", in: lines) != nil)
        press(.escape, on: &state)
        #expect(state.opened == nil)
    }

    @Test("x asks for a reason, refuses an empty one, and asks the desk to cancel with it")
    func cancelWithAReason() {
        var state = Fixture.loadedList(.es)
        #expect(press(.character("x"), on: &state).isEmpty)
        #expect(state.isEditingText)
        #expect(line("Cancelar el acuerdo #1", in: screen(state)) != nil)
        #expect(press(.enter, on: &state).isEmpty)
        #expect(line("Escriba el motivo.", in: screen(state)) != nil)
        for character in "pagó todo" { _ = AgreementsFeature.reduce(&state, .key(.character(character))) }
        #expect(state.hasUnsavedInput)
        #expect(press(.enter, on: &state) == [.cancel(id: 1, reason: "pagó todo")])
        #expect(AgreementsFeature.reduce(&state, .cancelled(id: 1)) == [.loadList])
        #expect(state.message?.text == "Acuerdo #1 cancelado.")
    }

    @Test("a cancelled or completed agreement cannot be cancelled again, and the key says why")
    func cannotCancelTwice() {
        var state = Fixture.loadedList()
        press(.end, on: &state)
        #expect(press(.character("x"), on: &state).isEmpty)
        #expect(state.cancelPrompt == nil)
        #expect(state.message == AgreementsMessage(text: "agreement #5 is already completed", isError: true))
    }

    @Test("n asks the desk for a customer; the desk's answer opens the builder")
    func newPlan() {
        var state = Fixture.loadedList()
        #expect(press(.character("n"), on: &state) == [.chooseCustomer])
        _ = AgreementsFeature.reduce(&state, .startPlan(Fixture.customer))
        #expect(state.builder?.customer == Fixture.customer)
        #expect(state.isEditingText)
        _ = press(.escape, on: &state)
        #expect(state.builder == nil, "nothing typed: Esc goes straight back to the list")
    }

    @Test("a reload keeps the selection on the same agreement")
    func reloadKeepsSelection() {
        var state = Fixture.loadedList()
        press(.down, .down, on: &state)
        #expect(press(.character("r"), on: &state) == [.loadList])
        _ = AgreementsFeature.reduce(&state, .listLoaded(Array(Fixture.summaries.reversed())))
        #expect(state.selected?.id == 3)
    }
}
