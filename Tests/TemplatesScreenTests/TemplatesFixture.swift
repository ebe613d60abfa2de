import CobroDomain
import CobroTerminal
import Foundation
@testable import TemplatesScreen

/// A stand-in for the desk: every shipped stage and channel in both languages, a customer with
/// a contact and one without, and a record of what was saved and sent.
final class FakeTemplateDesk: TemplateDesk {
    static let shippedKeys: [(String, ContactChannel)] = [
        ("courtesy", .email), ("courtesy", .sms), ("first", .email), ("first", .sms), ("second", .email), ("second", .letter),
        ("second", .sms), ("final", .email), ("final", .letter), ("demand", .letter), ("agreement", .email), ("agreement", .letter),
        ("broken_promise", .email), ("broken_promise", .sms),
    ]

    var entries: [TemplateEntry] = Language.allCases.flatMap { language in
        FakeTemplateDesk.shippedKeys.map { stage, channel in
            let key = TemplateKey(stage: stage, language: language, channel: channel)
            return TemplateEntry(template: ReminderTemplate(key: key, subject: channel == .email ? "Aviso {{customer_code}}" : nil,
                                                            body: "Hola {{contact_name}},\nle debe {{total_due}}.\n"))
        }
    }
    private(set) var saved: [ReminderTemplate] = []
    private(set) var sent: [(key: TemplateKey, customer: String, route: ReminderRoute)] = []

    func templates() throws -> [TemplateEntry] { entries }

    func customer(code: String) throws -> TemplateCustomer? {
        switch code {
        case "C001": return TemplateCustomer(code: "C001", name: "Talleres Ruiz", language: .es)
        case "C002": return TemplateCustomer(code: "C002", name: "Nordic Parts", language: nil)
        default: return nil
        }
    }

    /// `{{nope}}` is the one unknown field.
    func problems(in template: ReminderTemplate, language: Language) -> [TemplateProblem] {
        template.body.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            line.contains("{{nope}}") ? TemplateProblem(isSubject: false, line: index + 1,
                                                                  message: "template (body, line \(index + 1)): 'nope' is not a template field") : nil
        }
    }

    /// C001 has a contact and owes 1.234,56 €; C002 has no contact person.
    func preview(_ template: ReminderTemplate, customerCode: String, language: Language) -> TemplatePreview {
        guard customerCode == "C001" else { return .refused("template needs contact_name; C002 has no contact person") }
        let amount = template.key.language == .es ? "1.234,56 €" : "€1,234.56"
        return .rendered(subject: template.subject.map { _ in "Aviso C001" }, body: "Hola Marta,\nle debe \(amount).\n", invoices: ["F-1", "F-2"])
    }

    func save(_ template: ReminderTemplate) throws { saved.append(template) }

    var ladder = DunningLadder(policy: .standard, source: .standard)
    /// In 2026's second half-year, which Spain's shipped table lacks.
    var today = CivilDate(year: 2026, month: 12, day: 4)!
    private(set) var savedLadders: [DunningPolicy] = []

    func dunningLadder() throws -> DunningLadder { ladder }

    func saveLadder(_ policy: DunningPolicy) throws { savedLadders.append(policy) }

    func send(_ template: ReminderTemplate, customerCode: String, route: ReminderRoute, language: Language) throws -> String {
        sent.append((template.key, customerCode, route))
        return "Sent and logged: /tmp/outbox/\(customerCode).txt"
    }
}

enum Fixture {
    static func state(_ language: Language = .en, role: Role = .owner, customer: String? = "C001",
                      desk: FakeTemplateDesk) -> TemplatesState {
        var state = TemplatesState(language: language, role: role)
        _ = TemplatesFeature.reduce(&state, .layoutChanged(TemplatesView.layout(in: content(height: 40))), desk: desk)
        _ = TemplatesFeature.reduce(&state, .open(customerCode: customer), desk: desk)
        return state
    }

    /// The desk's content area for a terminal of this size.
    static func content(width: Int = 120, height: Int) -> Rect { Rect(x: 0, y: 3, width: width, height: height - 5) }

    static func screen(_ state: TemplatesState, width: Int = 120, height: Int = 40) -> String {
        var grid = Grid(width: width, height: height)
        TemplatesView.render(state, into: &grid, in: content(width: width, height: height))
        return grid.text
    }

    @discardableResult
    static func press(_ keys: Key..., on state: inout TemplatesState, desk: FakeTemplateDesk) -> [TemplatesEffect] {
        keys.flatMap { TemplatesFeature.reduce(&state, .key($0), desk: desk) }
    }

    static func type(_ text: String, on state: inout TemplatesState, desk: FakeTemplateDesk) {
        for character in text { _ = TemplatesFeature.reduce(&state, .key(.character(character)), desk: desk) }
    }

    /// Selects the row of `stage` and `channel`.
    static func select(_ stage: String, _ channel: ContactChannel, on state: inout TemplatesState, desk: FakeTemplateDesk) {
        press(.home, on: &state, desk: desk)
        let row = state.visible.firstIndex { $0.key.stage == stage && $0.key.channel == channel }!
        for _ in 0..<row { press(.down, on: &state, desk: desk) }
    }
}
