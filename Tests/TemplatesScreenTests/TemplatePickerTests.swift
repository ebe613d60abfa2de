import CobroDomain
import CobroTerminal
import Foundation
@testable import TemplatesScreen
import Testing

@Suite("Templates screen: the picker and the preview")
struct TemplatePickerTests {
    @Test("the picker lists every stage and channel with its human name, in both languages", arguments: [Language.es, .en])
    func listsEveryTemplate(_ language: Language) {
        let desk = FakeTemplateDesk()
        var state = Fixture.state(language, customer: nil, desk: desk)
        if state.templateLanguage != language { Fixture.press(.character("l"), on: &state, desk: desk) }
        let screen = Fixture.screen(state)
        #expect(state.visible.count == FakeTemplateDesk.shippedKeys.count)
        #expect(state.visible.allSatisfy { $0.key.language == language })
        for stage in TemplateStage.shipped {
            #expect(screen.contains(String(StageNames.name(stage, in: language).prefix(18))), "\(stage) is missing")
        }
        #expect(screen.contains(language == .es ? "Recordatorio amable antes del vencimiento · correo" : "Friendly reminder before due · e-mail"),
                "the selected template's full name heads the preview")
        #expect(screen.contains(StageNames.channel(.letter, in: language)))
        #expect(screen.contains("SMS"))
    }

    @Test("l switches the templates between Spanish and English, staying on the same stage and channel")
    func languageSwitch() {
        let desk = FakeTemplateDesk()
        var state = Fixture.state(.en, customer: "C001", desk: desk)
        #expect(state.templateLanguage == .es, "opened on a Spanish customer's account, the Spanish templates")
        Fixture.select("final", .letter, on: &state, desk: desk)
        Fixture.press(.character("l"), on: &state, desk: desk)
        #expect(state.templateLanguage == .en)
        #expect(state.selected?.key == TemplateKey(stage: "final", language: .en, channel: .letter))
        #expect(Fixture.screen(state).contains("€1,234.56"))
        Fixture.press(.character("l"), on: &state, desk: desk)
        #expect(Fixture.screen(state).contains("1.234,56 €"))
    }

    @Test("the preview shows the template filled in: subject, invoices and amounts")
    func preview() {
        let desk = FakeTemplateDesk()
        var state = Fixture.state(.en, desk: desk)
        Fixture.select("first", .email, on: &state, desk: desk)
        let screen = Fixture.screen(state)
        #expect(screen.contains("For C001 Talleres Ruiz"))
        #expect(screen.contains("Invoices: F-1, F-2"))
        #expect(screen.contains("Subject: Aviso C001"))
        #expect(screen.contains("le debe 1.234,56 €."))
        #expect(screen.contains("Cobro's shipped text"))
    }

    @Test("a template the account cannot fill shows the problem, never a blank; sending it is refused with the reason")
    func missingField() {
        let desk = FakeTemplateDesk()
        var state = Fixture.state(.en, customer: "C002", desk: desk)
        let screen = Fixture.screen(state)
        #expect(screen.contains("Cannot be filled in for this customer:"))
        #expect(screen.contains("C002 has no contact person"))
        Fixture.press(.character("s"), on: &state, desk: desk)
        #expect(desk.sent.isEmpty)
        #expect(state.message?.text == "the template cannot be filled in for this customer")
    }

    @Test("without an account, a asks for the customer's code; an unknown code is said so in the prompt")
    func chooseCustomer() {
        let desk = FakeTemplateDesk()
        var state = Fixture.state(.en, customer: nil, desk: desk)
        #expect(Fixture.screen(state).contains("No customer: press a to choose one"))
        Fixture.press(.character("s"), on: &state, desk: desk)
        #expect(state.message?.text == "choose a customer first (a)")
        Fixture.press(.character("a"), on: &state, desk: desk)
        Fixture.type("C999", on: &state, desk: desk)
        Fixture.press(.enter, on: &state, desk: desk)
        #expect(Fixture.screen(state).contains("There is no customer with code C999."))
        Fixture.press(.control("u"), on: &state, desk: desk)
        Fixture.type("C001", on: &state, desk: desk)
        Fixture.press(.enter, on: &state, desk: desk)
        #expect(state.customer?.code == "C001")
        #expect(!state.isEditingText)
    }

    @Test("s sends the selected template to the customer, w files it in the outbox; both say where it went")
    func send() {
        let desk = FakeTemplateDesk()
        var state = Fixture.state(.en, desk: desk)
        Fixture.select("second", .letter, on: &state, desk: desk)
        let effects = Fixture.press(.character("s"), on: &state, desk: desk)
        Fixture.select("first", .email, on: &state, desk: desk)
        Fixture.press(.character("w"), on: &state, desk: desk)
        #expect(desk.sent.map(\.key) == [TemplateKey(stage: "second", language: .es, channel: .letter),
                                         TemplateKey(stage: "first", language: .es, channel: .email)])
        #expect(desk.sent.map(\.customer) == ["C001", "C001"])
        #expect(desk.sent.map(\.route) == [.deliver, .outbox])
        #expect(effects == [.reminderLogged(customerCode: "C001")])
        #expect(Fixture.screen(state).contains("Sent and logged: /tmp/outbox/C001.txt"))
    }

    @Test("an edited template says who edited it and when")
    func editedMark() {
        let desk = FakeTemplateDesk()
        let row = desk.entries.firstIndex { $0.key == TemplateKey(stage: "final", language: .en, channel: .letter) }!
        desk.entries[row].editedBy = "marta"
        desk.entries[row].editedAt = Fixture.noon
        var state = Fixture.state(.en, customer: nil, desk: desk)
        Fixture.select("final", .letter, on: &state, desk: desk)
        let screen = Fixture.screen(state)
        #expect(screen.contains("edited by marta on 2026-11-23"))
    }

    @Test("the picker and a refusal fit 80×24", arguments: [Language.es, .en])
    func fitsSmallTerminal(_ language: Language) {
        let desk = FakeTemplateDesk()
        var state = TemplatesState(language: language, role: .owner)
        _ = TemplatesFeature.reduce(&state, .layoutChanged(TemplatesView.layout(in: Fixture.content(width: 80, height: 24))), desk: desk)
        _ = TemplatesFeature.reduce(&state, .open(customerCode: "C002"), desk: desk)
        let lines = Fixture.screen(state, width: 80, height: 24).components(separatedBy: "\n")
        #expect(lines.count == 24)
        #expect(lines.contains { $0.contains(language == .es ? "No se puede rellenar" : "Cannot be filled in") })
    }

    @Test("Esc on the picker goes back")
    func back() {
        let desk = FakeTemplateDesk()
        var state = Fixture.state(.en, desk: desk)
        #expect(Fixture.press(.escape, on: &state, desk: desk) == [.back])
    }
}

extension Fixture {
    static let noon = ISO8601DateFormatter().date(from: "2026-11-23T12:00:00Z")!
}
