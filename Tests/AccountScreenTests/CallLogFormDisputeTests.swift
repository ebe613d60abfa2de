@testable import AccountScreen
import CobroDomain
import CobroTerminal
import Foundation
import Testing

@Suite("Call-log form: a dispute")
struct CallLogFormDisputeTests {
    @Test("needs at least one invoice and a reason; both errors show and the first is focused")
    func needsInvoiceAndReason() {
        var form = CallLogFixture.form()
        press(.character("d"), on: &form)
        #expect(form.focus == .invoices)
        press(.tab, on: &form)
        #expect(form.handle(.enter) == .editing)
        #expect(form.focus == .invoices)
        #expect(form.shownProblem(.invoices) == "tick at least one invoice")
        #expect(form.shownProblem(.reason) == "say why the customer disputes")
    }

    @Test("Space ticks the invoice under the cursor, ↑/↓ move; the draft lists them in the account's order")
    func ticking() {
        var form = CallLogFixture.form()
        press(.character("d"), .down, .down, .down, .down, .character(" "), .up, .up, .character(" "), on: &form)
        #expect(form.disputed == ["F-210", "F-203"])
        press(.up, .up, .character(" "), .character(" "), on: &form)
        #expect(form.invoiceCursor == 0)
        press(.tab, on: &form)
        type("  goods arrived damaged ", on: &form)
        #expect(form.handle(.enter) == .submitted(CallLogDraft(
            outcome: .dispute, disputedInvoices: ["F-203", "F-210"], disputeReason: "goods arrived damaged", debtorType: .dispute)))
    }

    @Test("a lone open invoice is ticked already; a known dispute is not set again")
    func loneInvoice() {
        var form = CallLogFixture.form(invoices: [CallLogFixture.invoices[0]], debtorType: .dispute)
        press(.character("d"), .tab, on: &form)
        type("wrong price", on: &form)
        #expect(form.handle(.enter) == .submitted(CallLogDraft(outcome: .dispute, disputedInvoices: ["F-201"], disputeReason: "wrong price")))
    }

    @Test("with no open invoices the checklist says so")
    func noInvoices() {
        var form = CallLogFixture.form(.es, invoices: [])
        press(.character("d"), .enter, on: &form)
        #expect(form.shownProblem(.invoices) == "la cuenta no tiene facturas abiertas")
    }
}
