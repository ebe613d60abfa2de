/// An invoice as the clerk sees it on the account: what it was, what is still owed, how late.
public struct OpenInvoice: Hashable, Sendable {
    public var number: String
    public var issueDate: CivilDate
    public var dueDate: CivilDate
    public var amount: Money
    public var open: Money
    public var daysPastDue: Int
    public var disputed: Bool

    public init(number: String, issueDate: CivilDate, dueDate: CivilDate, amount: Money, open: Money, daysPastDue: Int, disputed: Bool) {
        self.number = number
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.amount = amount
        self.open = open
        self.daysPastDue = daysPastDue
        self.disputed = disputed
    }

    public var bucket: AgingBucket { AgingBucket(daysPastDue: daysPastDue) }
}

/// One customer's account as of a date: who they are, what is open, and the aging per currency.
public struct AccountSnapshot: Sendable {
    public var customer: Customer
    public var asOf: CivilDate
    /// Oldest due first, per currency in code order.
    public var openInvoices: [OpenInvoice]
    /// Per currency (sorted by code): the aged figures, unapplied credit included.
    public var balances: [(currency: Currency, figures: AgingFigures)]
    /// The contact log, newest first, with each entry's id (corrections name earlier ids).
    public var contactLog: [(id: Int64, entry: ContactLogEntry)]

    public init(customer: Customer, asOf: CivilDate, openInvoices: [OpenInvoice], balances: [(currency: Currency, figures: AgingFigures)],
                contactLog: [(id: Int64, entry: ContactLogEntry)] = []) {
        self.customer = customer
        self.asOf = asOf
        self.openInvoices = openInvoices
        self.balances = balances
        self.contactLog = contactLog
    }
}
