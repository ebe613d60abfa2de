@testable import AccountScreen
import CobroDomain
import CobroTerminal
import Foundation
import Testing

/// Ñandú S.L. on Monday 23 Nov 2026 at 10:07:30 in Madrid: €1,700 overdue (oldest 130 days)
/// and $3,000 (100 days); four open invoices, one already disputed, one not yet due.
enum CallLogFixture {
    static let madrid = TimeZone(identifier: "Europe/Madrid")!
    static let now = instant("2026-11-23T09:07:30Z")
    static let today = CivilDate(iso: "2026-11-23")!
    static let people = ["Marta Ibáñez", "Jorge Ruiz"]

    static func instant(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
    static func money(_ units: Int64, _ currency: Currency) -> Money { Money(minorUnits: units, currency: currency) }

    static let overdue = [
        OverdueAmount(amount: money(170_000, .EUR), oldestDays: 130),
        OverdueAmount(amount: money(300_000, .USD), oldestDays: 100),
    ]

    static let invoices = [
        invoice("F-201", due: "2026-07-16", open: money(150_000, .EUR), days: 130),
        invoice("F-203", due: "2026-11-03", open: money(20_000, .EUR), days: 20, disputed: true),
        invoice("F-202", due: "2026-11-28", open: money(10_000, .EUR), days: -5),
        invoice("F-210", due: "2026-08-15", open: money(300_000, .USD), days: 100),
    ]

    static func invoice(_ number: String, due: String, open: Money, days: Int, disputed: Bool = false) -> OpenInvoice {
        let dueDate = CivilDate(iso: due)!
        return OpenInvoice(number: number, issueDate: dueDate.adding(days: -30), dueDate: dueDate, amount: open, open: open,
                           daysPastDue: days, disputed: disputed)
    }

    static func form(_ language: Language = .en, overdue: [OverdueAmount] = overdue, invoices: [OpenInvoice] = invoices,
                     people: [String] = [], debtorType: DebtorType? = nil) -> CallLogForm {
        CallLogForm(language: language, now: now, timeZone: madrid, today: today, overdue: overdue, openInvoices: invoices,
                    contactPeople: people, currentDebtorType: debtorType)
    }
}

/// Presses the keys in order and returns what the last one answered.
@discardableResult
func press(_ keys: Key..., on form: inout CallLogForm) -> CallLogFormResponse {
    keys.reduce(CallLogFormResponse.editing) { _, key in form.handle(key) }
}

/// Types `text` one character at a time.
func type(_ text: String, on form: inout CallLogForm) {
    for character in text { _ = form.handle(.character(character)) }
}

@Suite("Call-log form: outcomes, keys and leaving")
struct CallLogFormTests {
    @Test("one key picks each outcome, in either case, and the keys are all different")
    func oneKeyPerOutcome() {
        #expect(Set(ContactOutcome.allCases.map(CallLogOutcomeKeys.key(for:))).count == ContactOutcome.allCases.count)
        #expect(Set(CallLogOutcomeKeys.order) == Set(ContactOutcome.allCases))
        for outcome in ContactOutcome.allCases {
            for key in [CallLogOutcomeKeys.key(for: outcome), Character(CallLogOutcomeKeys.key(for: outcome).uppercased())] {
                var form = CallLogFixture.form()
                #expect(form.handle(.character(key)) == .editing)
                #expect(form.step == .details)
                #expect(form.outcome == outcome)
            }
        }
    }

    @Test("no answer is logged with n and Enter: an outbound call, nothing else")
    func noAnswerInTwoKeys() {
        var form = CallLogFixture.form()
        #expect(press(.character("n"), .enter, on: &form) == .submitted(CallLogDraft(outcome: .noAnswer)))
    }

    @Test("voicemail with a note typed straight away; the note is trimmed")
    func voicemailWithNote() {
        var form = CallLogFixture.form(people: CallLogFixture.people)
        _ = form.handle(.character("v"))
        #expect(form.focus == .note)
        type("  left a message ", on: &form)
        #expect(form.handle(.enter) == .submitted(CallLogDraft(outcome: .voicemail, note: "left a message")))
    }

    @Test("←/→ cycle the channel and i the direction, both kept in the draft")
    func channelAndDirection() {
        var form = CallLogFixture.form()
        press(.right, .right, .character("i"), on: &form)
        #expect(form.channel == .sms)
        #expect(form.direction == .inbound)
        press(.left, .left, .left, on: &form)
        #expect(form.channel == .visit)
        #expect(press(.character("w"), .enter, on: &form)
            == .submitted(CallLogDraft(channel: .visit, direction: .inbound, outcome: .wrongNumber)))
    }

    @Test("a plain conversation: the debtor type cycles from the current one, unchanged is nil")
    func debtorType() {
        var form = CallLogFixture.form(debtorType: .forgot)
        press(.character("r"), on: &form)
        #expect(form.focus == .note)
        #expect(form.handle(.enter) == .submitted(CallLogDraft(outcome: .rightParty)))
        press(.backTab, on: &form)
        #expect(form.focus == .debtorType)
        press(.right, on: &form)
        #expect(form.debtorType == .cashFlow)
        #expect(form.handle(.enter) == .submitted(CallLogDraft(outcome: .rightParty, debtorType: .cashFlow)))
        press(.left, .left, on: &form)
        #expect(form.debtorType == .unreachable, "a known type cannot be cleared, only changed")
    }

    @Test("other needs a note")
    func otherNeedsANote() {
        var form = CallLogFixture.form()
        #expect(press(.character("o"), .enter, on: &form) == .editing)
        #expect(form.shownProblem(.note) == "a note is required for other")
        #expect(form.focus == .note)
        type("sent the invoices again", on: &form)
        #expect(form.shownProblem(.note) == nil)
        #expect(form.handle(.enter) == .submitted(CallLogDraft(outcome: .other, note: "sent the invoices again")))
    }

    @Test("Tab and Shift-Tab walk the promise's fields in order and wrap; ↑/↓ too")
    func tabOrder() {
        var form = CallLogFixture.form(people: CallLogFixture.people)
        press(.character("p"), on: &form)
        var seen = [form.focus]
        for _ in 0..<5 { seen.append({ _ = form.handle(.tab); return form.focus }()) }
        #expect(seen == [.amount, .currency, .promiseDate, .contactPerson, .note, .amount])
        press(.backTab, on: &form)
        #expect(form.focus == .note)
        press(.backTab, .backTab, on: &form)
        #expect(form.focus == .promiseDate)
        press(.down, on: &form)
        #expect(form.focus == .contactPerson)
        press(.up, on: &form)
        #expect(form.focus == .promiseDate)
    }

    @Test("who the clerk spoke with cycles from nobody through the people")
    func contactPerson() {
        var form = CallLogFixture.form(people: CallLogFixture.people)
        press(.character("x"), .backTab, on: &form)
        #expect(form.focus == .contactPerson)
        press(.character(" "), on: &form)
        #expect(press(.enter, on: &form) == .submitted(CallLogDraft(outcome: .refused, contactPerson: "Marta Ibáñez")))
        press(.right, .right, on: &form)
        #expect(form.personIndex == nil)
        press(.left, on: &form)
        #expect(press(.enter, on: &form) == .submitted(CallLogDraft(outcome: .refused, contactPerson: "Jorge Ruiz")))
    }

    @Test("without contact people there is no field for them")
    func noContactPeople() {
        var form = CallLogFixture.form()
        press(.character("p"), on: &form)
        #expect(form.currentFields == [.amount, .currency, .promiseDate, .note])
    }

    @Test("Esc goes back to the outcome keeping what was typed, then cancels")
    func escapeBackThenCancel() {
        var form = CallLogFixture.form()
        #expect(press(.character("c"), .escape, on: &form) == .editing)
        #expect(form.step == .outcome)
        #expect(form.handle(.escape) == .cancelled)

        var typed = CallLogFixture.form()
        press(.character("r"), on: &typed)
        type("busy", on: &typed)
        press(.escape, on: &typed)
        #expect(typed.step == .outcome)
        press(.character("o"), on: &typed)
        #expect(typed.note.text == "busy", "the note survives a change of outcome")
    }

    @Test("leaving with input asks first; No keeps the form, Yes cancels")
    func discardAsks() {
        var form = CallLogFixture.form()
        #expect(!form.hasUnsavedInput)
        press(.character("n"), on: &form)
        #expect(!form.hasUnsavedInput, "picking an outcome alone is not input")
        type("x", on: &form)
        #expect(form.hasUnsavedInput)
        #expect(press(.escape, .escape, on: &form) == .editing)
        #expect(form.discardDialog != nil)
        #expect(form.handle(.enter) == .editing, "the dialog's default is No")
        #expect(form.discardDialog == nil)
        #expect(form.step == .outcome)
        #expect(press(.escape, .character("y"), on: &form) == .cancelled)
    }

    @Test("any change counts as unsaved input, undoing it does not")
    func unsavedInput() {
        var form = CallLogFixture.form()
        press(.right, on: &form)
        #expect(form.hasUnsavedInput)
        press(.left, on: &form)
        #expect(!form.hasUnsavedInput)
        press(.character("p"), on: &form)
        type("5", on: &form)
        #expect(form.hasUnsavedInput)
    }

    @Test("the keymap follows the step and the focused field")
    func keymap() {
        var form = CallLogFixture.form()
        let first = form.keymap
        #expect(first.filter(\.showsInLegend).map(\.keyLabel) == ["←/→", "i", "Esc"])
        #expect(first.contains { $0.keyLabel == "p" && $0.title == "promise to pay" })
        #expect(!form.isEditingText)
        press(.character("d"), on: &form)
        #expect(form.isEditingText)
        #expect(form.keymap.filter(\.showsInLegend).map(\.keyLabel) == ["Enter", "Tab/S-Tab", "Space", "↑/↓", "Esc"])
        press(.tab, on: &form)
        #expect(form.keymap.filter(\.showsInLegend).map(\.keyLabel) == ["Enter", "Tab/S-Tab", "Esc"])
        #expect(CallLogFixture.form(.es).keymap.contains { $0.title == "Cancelar" })
    }
}
