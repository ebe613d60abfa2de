/// A value a template field holds: text, or a list of items (each a set of named texts).
public enum TemplateValue: Hashable, Sendable {
    case text(String)
    case list([[String: String]])
}

/// The fields of one reminder, formatted for the template's language (`1.234,56 €`,
/// `23/11/2026`; `€1,234.56`, `23 Nov 2026`). Holds only the fields the account has, so that
/// validation can tell a field the account lacks from a name that is no field at all.
public struct TemplateContext: Sendable {
    public let language: Language
    /// Names the customer in error messages (`C001`).
    public let customerCode: String
    public let values: [TemplateField: TemplateValue]

    public init(language: Language, customerCode: String, values: [TemplateField: TemplateValue]) {
        self.language = language
        self.customerCode = customerCode
        self.values = values
    }

    /// Whether the account (or the company settings) gives this field; an empty list does not.
    public func has(_ field: TemplateField) -> Bool {
        switch values[field] {
        case .text: return true
        case .list(let items): return !items.isEmpty
        case nil: return false
        }
    }

    public init(_ facts: ReminderFacts, language: Language) {
        var values: [TemplateField: TemplateValue] = [:]
        func money(_ amount: Money) -> String { amount.formatted(in: language) }
        func date(_ day: CivilDate) -> String { day.formatted(in: language) }
        func set(_ field: TemplateField, _ text: String?) {
            if let text, !text.isEmpty { values[field] = .text(text) }
        }

        set(.customerName, facts.customer.name)
        set(.customerCode, facts.customer.code)
        set(.customerTaxID, facts.customer.taxID)
        set(.contactName, facts.contactName)
        set(.date, date(facts.date))
        values[.invoices] = .list(facts.invoices.map { invoice in
            ["number": invoice.number, "issue_date": date(invoice.issueDate), "due_date": date(invoice.dueDate),
             "amount": money(invoice.open), "days_overdue": String(invoice.daysPastDue)]
        })
        let due = TemplateContext.totals(facts.invoices)
        set(.totalDue, TemplateContext.joined(due, language))
        set(.totalOverdue, TemplateContext.joined(TemplateContext.totals(facts.invoices.filter { $0.daysPastDue > 0 }), language))
        if let oldest = facts.invoices.map(\.daysPastDue).max(), oldest > 0 { set(.daysOverdue, String(oldest)) }

        if let promise = facts.promise {
            set(.promiseAmount, money(promise.amount))
            set(.promiseDate, date(promise.date))
        }
        if let agreement = facts.agreement {
            set(.agreementDate, date(agreement.agreementDate))
            set(.agreementAmount, money(agreement.payable))
            set(.agreementDownPayment, money(agreement.downPayment))
            set(.agreementInstallmentCount, String(agreement.installments.count))
            set(.agreementFrequency, TemplateContext.frequency(agreement.frequency, language))
            values[.installments] = .list(agreement.installments.map {
                ["number": String($0.number), "due_date": date($0.dueDate), "amount": money($0.amount)]
            })
        }
        if let next = facts.nextInstallment {
            set(.nextInstallmentAmount, money(next.amount))
            set(.nextInstallmentDate, date(next.dueDate))
        }
        set(.lateInterest, facts.lateInterest.map(money))
        set(.compensation, facts.compensation.map(money))
        if due.count == 1, facts.lateInterest != nil || facts.compensation != nil {
            let extras = [facts.lateInterest, facts.compensation].compactMap { $0 }
            if extras.allSatisfy({ $0.currency == due[0].currency }) {
                set(.totalClaimed, money(extras.reduce(due[0], +)))
            }
        }
        values[.paymentMethods] = .list((facts.company.paymentMethods[language] ?? []).map { ["method": $0] })
        set(.clerkName, facts.clerkName)
        set(.companyName, facts.company.name)
        set(.companyPhone, facts.company.phone)
        set(.companyEmail, facts.company.email)
        self.init(language: language, customerCode: facts.customer.code, values: values)
    }

    /// Open amounts per currency, by code: currencies are never added together.
    private static func totals(_ invoices: [OpenInvoice]) -> [Money] {
        var sums: [Currency: Money] = [:]
        for invoice in invoices { sums[invoice.open.currency] = (sums[invoice.open.currency] ?? .zero(invoice.open.currency)) + invoice.open }
        return sums.keys.sorted().map { sums[$0]! }
    }

    private static func joined(_ amounts: [Money], _ language: Language) -> String? {
        amounts.isEmpty ? nil : amounts.map { $0.formatted(in: language) }.joined(separator: " + ")
    }

    private static func frequency(_ frequency: InstallmentFrequency, _ language: Language) -> String {
        switch (frequency, language) {
        case (.weekly, .es): return "semanal"
        case (.biweekly, .es): return "quincenal"
        case (.monthly, .es): return "mensual"
        case (.weekly, .en): return "weekly"
        case (.biweekly, .en): return "fortnightly"
        case (.monthly, .en): return "monthly"
        }
    }
}
