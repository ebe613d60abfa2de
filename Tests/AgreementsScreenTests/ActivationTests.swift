@testable import AgreementsScreen
import CobroDomain
import CobroTerminal
import Testing

/// A builder for a 13-month plan: 13 monthly installments, the first a month from today.
private func thirteenMonths(_ role: Role, _ language: Language = .en) -> AgreementsState {
    var state = AgreementsState(language: language, today: Fixture.today, role: role)
    _ = AgreementsFeature.reduce(&state, .startPlan(Fixture.customer))
    var builder = state.builder!
    fill(&builder, installments: "13")
    state.builder = builder
    return state
}

@Suite("Saving and activating: effects for the desk, and who may activate")
struct ActivationTests {
    @Test("a clerk cannot activate a 13-month plan and sees why, before and after pressing the key")
    func clerkIsRefusedWithTheReason() throws {
        var state = thirteenMonths(.clerk)
        let plan = try #require(state.builder?.plan)
        let reasons = AgreementApproval.refusals(plan, role: .clerk)
        #expect(!reasons.isEmpty)
        let refusal = AgreementApproval.refusalMessage(reasons, in: .en)
        #expect(line(String(refusal.prefix(60)), in: screen(state)) != nil, "the reason shows before any key")
        #expect(press(.control("t"), on: &state).isEmpty)
        #expect(state.builder?.message == BuilderMessage(text: refusal, isError: true))
        let activate = try #require(AgreementsFeature.legend(state).first { $0.keys == [.control("t")] })
        #expect(activate.disabledReason == refusal)
    }

    @Test("an owner activates the same plan: the desk is asked to store it as active")
    func ownerActivates() throws {
        var state = thirteenMonths(.owner)
        var plan = try #require(state.builder?.plan)
        #expect(state.builder?.activationRefusal == nil)
        plan.status = .active
        #expect(press(.control("t"), on: &state) == [.save(plan, activate: true)])
        #expect(state.builder != nil, "the builder waits for the desk to say it is stored")
    }

    @Test("a clerk may still save the long plan as a draft for an owner")
    func clerkSavesADraft() throws {
        var state = thirteenMonths(.clerk, .es)
        let plan = try #require(state.builder?.plan)
        #expect(press(.control("s"), on: &state) == [.save(plan, activate: false)])
        #expect(plan.status == .draft)
        #expect(AgreementsFeature.reduce(&state, .saved(id: 7, status: .draft)) == [.loadList])
        #expect(state.builder == nil)
        #expect(state.message == AgreementsMessage(text: "Acuerdo #7 guardado como borrador.", isError: false))
    }

    @Test("a twelve-month plan without a discount is the clerk's to activate")
    func clerkActivatesWithinTheLimit() throws {
        var state = AgreementsState(language: .en, today: Fixture.today, role: .clerk)
        _ = AgreementsFeature.reduce(&state, .startPlan(Fixture.customer))
        var builder = state.builder!
        fill(&builder, installments: "12")
        state.builder = builder
        let effects = press(.control("t"), on: &state)
        guard case .save(let plan, activate: true)? = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(plan.status == .active)
        #expect(plan.installments.count == 12)
        #expect(plan.customerCode == "C001")
    }

    @Test("a store that refuses the save leaves the builder open with its input and the reason")
    func refusedSaveKeepsTheInput() {
        var state = thirteenMonths(.owner)
        _ = press(.control("t"), on: &state)
        _ = AgreementsFeature.reduce(&state, .failed("database is locked"))
        #expect(state.builder?.installmentCount.text == "13")
        #expect(line("database is locked", in: screen(state)) != nil)
    }

    @Test("nothing is saved while the terms have a problem, and the key says so")
    func noSaveWithoutAPlan() {
        var state = AgreementsState(language: .en, today: Fixture.today, role: .owner)
        _ = AgreementsFeature.reduce(&state, .startPlan(Fixture.customer))
        var builder = state.builder!
        fill(&builder, installments: "0")
        state.builder = builder
        #expect(press(.control("s"), on: &state).isEmpty)
        #expect(state.builder?.message?.text == "fix what is marked in red first")
    }
}
