import CobroDomain
import Testing

@Suite struct TemplateContextTests {
    private let customer = Customer(code: "C7", name: "Acme")
    private let day = CivilDate(iso: "2026-11-23")!

    private func invoice(_ number: String, _ units: Int64, _ currency: Currency, days: Int) -> OpenInvoice {
        OpenInvoice(number: number, issueDate: day.adding(days: -days - 30), dueDate: day.adding(days: -days),
                    amount: Money(minorUnits: units, currency: currency), open: Money(minorUnits: units, currency: currency),
                    daysPastDue: days, disputed: false)
    }

    @Test func holdsOnlyWhatTheAccountHas() {
        let context = TemplateContext(ReminderFacts(customer: customer, date: day, invoices: [], company: CompanyDetails()), language: .en)
        #expect(context.has(.customerName) && context.has(.date))
        for field in [TemplateField.contactName, .invoices, .totalDue, .daysOverdue, .promiseAmount, .agreementAmount,
                      .installments, .lateInterest, .totalClaimed, .paymentMethods, .clerkName, .companyName] {
            #expect(!context.has(field), "\(field)")
        }
    }

    @Test func currenciesAreNeverAddedTogether() {
        let facts = ReminderFacts(customer: customer, date: day, invoices: [
            invoice("A", 100_000, .USD, days: 10), invoice("B", 150_000, .EUR, days: 3), invoice("C", 5_000, .EUR, days: -2),
        ], company: CompanyDetails())
        let context = TemplateContext(facts, language: .es)
        #expect(context.values[.totalDue] == .text("1.550,00\u{00A0}€ + 1.000,00\u{00A0}US$"))
        #expect(context.values[.totalOverdue] == .text("1.500,00\u{00A0}€ + 1.000,00\u{00A0}US$"))
        #expect(context.values[.daysOverdue] == .text("10"))
        #expect(!context.has(.totalClaimed))
    }

    @Test func anInvoiceNotYetDueHasNoDaysOverdue() {
        let context = TemplateContext(ReminderFacts(customer: customer, date: day, invoices: [invoice("C", 5_000, .EUR, days: -3)],
                                                    company: CompanyDetails()), language: .en)
        #expect(!context.has(.daysOverdue) && !context.has(.totalOverdue))
        #expect(context.values[.invoices] == .list([["number": "C", "issue_date": "27 Oct 2026", "due_date": "26 Nov 2026",
                                                      "amount": "€50.00", "days_overdue": "-3"]]))
    }

    @Test func everyFieldHasASummaryInBothLanguages() {
        for field in TemplateField.allCases {
            #expect(!field.summary(in: .es).isEmpty && !field.summary(in: .en).isEmpty)
        }
    }
}
