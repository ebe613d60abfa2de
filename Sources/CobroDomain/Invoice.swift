/// An invoice, or with a negative amount a credit note, as the accounting system issued it.
public struct Invoice: Hashable, Sendable {
    public var number: String
    public var customerCode: String
    public var issueDate: CivilDate
    public var dueDate: CivilDate
    public var amount: Money
    /// The customer contests it: aged like any other, but never called or reminded about.
    public var disputed: Bool

    public init(number: String, customerCode: String, issueDate: CivilDate, dueDate: CivilDate, amount: Money, disputed: Bool = false) {
        self.number = number
        self.customerCode = customerCode
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.amount = amount
        self.disputed = disputed
    }

    public var isCreditNote: Bool { amount.isNegative }
}

public enum PaymentMethod: String, CaseIterable, Codable, Sendable {
    case cash, transfer, card, cheque
    case directDebit = "direct_debit"
    case other
}

/// Money received from a customer. Naming an invoice targets the payment at it first.
public struct Payment: Hashable, Sendable {
    public var customerCode: String
    public var date: CivilDate
    public var amount: Money
    public var method: PaymentMethod?
    public var reference: String?
    public var invoiceNumber: String?

    public init(customerCode: String, date: CivilDate, amount: Money, method: PaymentMethod? = nil, reference: String? = nil, invoiceNumber: String? = nil) {
        self.customerCode = customerCode
        self.date = date
        self.amount = amount
        self.method = method
        self.reference = reference
        self.invoiceNumber = invoiceNumber
    }
}
