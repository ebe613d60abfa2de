@testable import AccountScreen
import CobroDomain
import CobroTerminal
import Foundation
import Testing

@Suite("Call-log form: a promise to pay")
struct CallLogFormPromiseTests {
    private static func promise(_ units: Int64, _ currency: Currency, _ date: String) -> PromiseToPay {
        PromiseToPay(amount: Money(minorUnits: units, currency: currency), date: CivilDate(iso: date)!)
    }

    @Test("p and Enter promise the oldest debt's whole overdue amount a week from today")
    func defaults() {
        var form = CallLogFixture.form()
        press(.character("p"), on: &form)
        #expect(form.focus == .amount)
        #expect(form.amount.text == "1700.00")
        #expect(form.promiseCurrency == .EUR)
        #expect(form.promiseDate.text == "2026-11-30")
        #expect(form.handle(.enter) == .submitted(CallLogDraft(outcome: .promise, promise: Self.promise(170_000, .EUR, "2026-11-30"))))
    }

    @Test("the oldest debt decides the currency, not the bigger number")
    func oldestCurrency() {
        let overdue = [OverdueAmount(amount: CallLogFixture.money(900_000, .CLP), oldestDays: 10),
                       OverdueAmount(amount: CallLogFixture.money(5_000, .EUR), oldestDays: 40)]
        let form = CallLogFixture.form(overdue: overdue, invoices: [])
        #expect(form.promiseCurrency == .EUR)
        #expect(form.amount.text == "50.00")
    }

    @Test("in Spanish the suggested amount has a decimal comma and reads one back")
    func spanishAmount() {
        var form = CallLogFixture.form(.es)
        press(.character("p"), on: &form)
        #expect(form.amount.text == "1700,00")
        type("1.250,5", on: &form)
        #expect(form.handle(.enter) == .submitted(CallLogDraft(outcome: .promise, promise: Self.promise(125_050, .EUR, "2026-11-30"))))
    }

    @Test("typing replaces the suggestion; a letter is refused and keeps it")
    func typingReplaces() {
        var form = CallLogFixture.form()
        press(.character("p"), .character("k"), on: &form)
        #expect(form.amount.text == "1700.00")
        type("250", on: &form)
        #expect(form.amount.text == "250")
        press(.tab, .tab, on: &form)
        type("2026-12-01", on: &form)
        #expect(form.promiseDate.text == "2026-12-01")
        #expect(form.handle(.enter) == .submitted(CallLogDraft(outcome: .promise, promise: Self.promise(25_000, .EUR, "2026-12-01"))))
    }

    @Test("a bad amount is refused beside its field, in the clerk's language, and the text stays")
    func badAmount() {
        var form = CallLogFixture.form()
        press(.character("p"), on: &form)
        type("12.345", on: &form)
        #expect(form.handle(.enter) == .editing)
        #expect(form.shownProblem(.amount) == "amount has more decimals than EUR allows (2)")
        #expect(form.amount.text == "12.345")
        #expect(form.focus == .amount)
        press(.control("u"), on: &form)
        type("1,250.00", on: &form)
        #expect(form.shownProblem(.amount) == "write 1234.56, without thousands commas")

        var spanish = CallLogFixture.form(.es)
        press(.character("p"), on: &spanish)
        type("0", on: &spanish)
        press(.enter, on: &spanish)
        #expect(spanish.shownProblem(.amount) == "el importe debe ser mayor que cero")
        press(.character("^"), .backspace, on: &spanish)
        press(.enter, on: &spanish)
        #expect(spanish.shownProblem(.amount) == "falta el importe")
    }

    @Test("a past date is refused and focused first after the amount is fixed")
    func pastDate() {
        var form = CallLogFixture.form()
        press(.character("p"), .tab, .tab, on: &form)
        type("2026-11-22", on: &form)
        press(.tab, on: &form)
        #expect(form.shownProblem(.promiseDate) == "date before today", "leaving a field shows its problem")
        #expect(form.focus == .note)
        type("x", on: &form)
        #expect(form.handle(.enter) == .editing)
        #expect(form.focus == .promiseDate)
        #expect(form.promiseDate.text == "2026-11-22")
        press(.backspace, .backspace, on: &form)
        type("2", on: &form)
        #expect(form.promiseDate.text == "2026-11-2")
        #expect(form.shownProblem(.promiseDate) == "not a date (YYYY-MM-DD)")
        type("3", on: &form)
        #expect(form.shownProblem(.promiseDate) == nil, "today is allowed")
        #expect(form.handle(.enter) == .submitted(CallLogDraft(outcome: .promise, note: "x", promise: Self.promise(170_000, .EUR, "2026-11-23"))))
    }

    @Test("the currency cycles among the customer's; a suggested amount follows it, a typed one stays")
    func currencyCycling() {
        var form = CallLogFixture.form()
        press(.character("p"), .tab, on: &form)
        #expect(form.focus == .currency)
        press(.right, on: &form)
        #expect(form.promiseCurrency == .USD)
        #expect(form.amount.text == "3000.00")
        press(.character(" "), on: &form)
        #expect(form.promiseCurrency == .EUR)
        press(.left, on: &form)
        #expect(form.promiseCurrency == .USD)
        press(.backTab, on: &form)
        type("99.5", on: &form)
        press(.tab, .right, on: &form)
        #expect(form.amount.text == "99.5")
        #expect(form.handle(.enter) == .submitted(CallLogDraft(outcome: .promise, promise: Self.promise(9_950, .EUR, "2026-11-30"))))
    }

    @Test("changing to a currency without decimals flags a typed amount that has them")
    func currencyDecimals() {
        let overdue = [OverdueAmount(amount: CallLogFixture.money(5_000, .EUR), oldestDays: 40),
                       OverdueAmount(amount: CallLogFixture.money(90_000, .CLP), oldestDays: 10)]
        var form = CallLogFixture.form(overdue: overdue, invoices: [])
        press(.character("p"), on: &form)
        type("12.50", on: &form)
        press(.tab, .right, .enter, on: &form)
        #expect(form.promiseCurrency == .CLP)
        #expect(form.shownProblem(.amount) == "CLP takes no decimals")
        #expect(form.focus == .amount)
        #expect(form.keymap.contains { $0.keyLabel == "Tab/S-Tab" })
    }

    @Test("with one currency the picker says why it cannot change")
    func singleCurrency() {
        var form = CallLogFixture.form(overdue: [CallLogFixture.overdue[0]], invoices: [])
        press(.character("p"), .tab, on: &form)
        #expect(form.keymap.first { $0.action == "change" }?.disabledReason == "there is only one choice")
        press(.right, on: &form)
        #expect(form.promiseCurrency == .EUR)
    }
}
