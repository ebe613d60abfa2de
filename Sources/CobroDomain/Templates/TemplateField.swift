/// Every name a reminder template may use, with its Mustache spelling. Lists are sections
/// (`{{#invoices}}…{{/invoices}}`) whose items have their own fields.
public enum TemplateField: String, CaseIterable, Sendable {
    case customerName = "customer_name"
    case customerCode = "customer_code"
    case customerTaxID = "customer_tax_id"
    case contactName = "contact_name"
    /// The date of the message (the run's as-of date).
    case date
    case invoices
    /// What the listed invoices still owe, per currency.
    case totalDue = "total_due"
    /// What the listed invoices owe past their due date, per currency.
    case totalOverdue = "total_overdue"
    /// Days past due of the oldest listed invoice.
    case daysOverdue = "days_overdue"
    case promiseAmount = "promise_amount"
    case promiseDate = "promise_date"
    case agreementDate = "agreement_date"
    case agreementAmount = "agreement_amount"
    case agreementDownPayment = "agreement_down_payment"
    case agreementInstallmentCount = "agreement_installment_count"
    case agreementFrequency = "agreement_frequency"
    case installments
    case nextInstallmentAmount = "next_installment_amount"
    case nextInstallmentDate = "next_installment_date"
    /// Statutory late-payment interest (Ley 3/2004, Directive 2011/7/EU) as computed by the dunning rules.
    case lateInterest = "late_interest"
    /// The fixed €40 compensation per invoice for recovery costs.
    case compensation
    /// total_due plus late_interest and compensation (one currency only).
    case totalClaimed = "total_claimed"
    case paymentMethods = "payment_methods"
    case clerkName = "clerk_name"
    case companyName = "company_name"
    case companyPhone = "company_phone"
    case companyEmail = "company_email"

    /// The names inside a list's section; nil for a plain field.
    public var itemFields: [String]? {
        switch self {
        case .invoices: return ["number", "issue_date", "due_date", "amount", "days_overdue"]
        case .installments: return ["number", "due_date", "amount"]
        case .paymentMethods: return ["method"]
        default: return nil
        }
    }

    /// Whether the field comes from the company's settings rather than the account.
    public var isCompanySetting: Bool {
        switch self {
        case .companyName, .companyPhone, .companyEmail, .paymentMethods: return true
        default: return false
        }
    }

    /// One line for the template editor's field list.
    public func summary(in language: Language) -> String {
        let (es, en) = TemplateField.summaries[self]!
        return language == .es ? es : en
    }

    private static let summaries: [TemplateField: (String, String)] = [
        .customerName: ("nombre del cliente", "customer's name"),
        .customerCode: ("código del cliente", "customer's code"),
        .customerTaxID: ("NIF/CIF del cliente", "customer's tax ID"),
        .contactName: ("persona de contacto", "contact person"),
        .date: ("fecha del mensaje", "date of the message"),
        .invoices: ("facturas: number, issue_date, due_date, amount, days_overdue", "invoices: number, issue_date, due_date, amount, days_overdue"),
        .totalDue: ("total pendiente de las facturas", "total the invoices still owe"),
        .totalOverdue: ("total vencido", "total overdue"),
        .daysOverdue: ("días de retraso de la factura más antigua", "days overdue of the oldest invoice"),
        .promiseAmount: ("importe prometido", "promised amount"),
        .promiseDate: ("fecha prometida", "promised date"),
        .agreementDate: ("fecha del acuerdo", "agreement date"),
        .agreementAmount: ("importe del acuerdo", "agreement amount"),
        .agreementDownPayment: ("pago inicial", "down payment"),
        .agreementInstallmentCount: ("número de plazos", "number of installments"),
        .agreementFrequency: ("periodicidad de los plazos", "installment frequency"),
        .installments: ("plazos: number, due_date, amount", "installments: number, due_date, amount"),
        .nextInstallmentAmount: ("importe del próximo plazo", "next installment amount"),
        .nextInstallmentDate: ("fecha del próximo plazo", "next installment date"),
        .lateInterest: ("intereses de demora (Ley 3/2004)", "late-payment interest (Directive 2011/7/EU)"),
        .compensation: ("compensación de 40 € por factura", "€40 compensation per invoice"),
        .totalClaimed: ("total reclamado con intereses y compensación", "total claimed with interest and compensation"),
        .paymentMethods: ("formas de pago: method", "payment methods: method"),
        .clerkName: ("nombre del gestor", "clerk's name"),
        .companyName: ("nombre de la empresa", "company name"),
        .companyPhone: ("teléfono de la empresa", "company phone"),
        .companyEmail: ("correo de la empresa", "company e-mail"),
    ]
}
