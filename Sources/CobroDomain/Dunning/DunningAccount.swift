/// What the dunning run needs to know about one customer as of the run's date.
public struct DunningAccount: Sendable {
    public var customerCode: String
    public var status: CustomerStatus
    /// The customer has an e-mail address to write to.
    public var hasEmail: Bool
    /// The customer has a phone number to text (only an `sms` stage needs it).
    public var hasPhone: Bool
    /// An active payment agreement is being kept: the customer is left alone while it is.
    public var agreementUpToDate: Bool
    /// The invoices still open after aging's allocation, with what has been sent about each.
    public var invoices: [DunningInvoice]

    public init(customerCode: String, status: CustomerStatus = .active, hasEmail: Bool = true, hasPhone: Bool = true,
                agreementUpToDate: Bool = false, invoices: [DunningInvoice]) {
        self.customerCode = customerCode
        self.status = status
        self.hasEmail = hasEmail
        self.hasPhone = hasPhone
        self.agreementUpToDate = agreementUpToDate
        self.invoices = invoices
    }
}

/// An open invoice (or what remains open of it) and the reminders already sent about it.
public struct DunningInvoice: Hashable, Sendable {
    public var number: String
    public var dueDate: CivilDate
    /// What is still owed on it after payments and credit notes (aging's allocation).
    public var open: Money
    public var disputed: Bool
    public var sent: Set<SentReminder>

    public init(number: String, dueDate: CivilDate, open: Money, disputed: Bool = false, sent: Set<SentReminder> = []) {
        self.number = number
        self.dueDate = dueDate
        self.open = open
        self.disputed = disputed
        self.sent = sent
    }
}

/// A stage already sent about an invoice on one channel (a `reminder_sent` row).
public struct SentReminder: Hashable, Sendable {
    public var stage: String
    public var channel: ContactChannel

    public init(stage: String, channel: ContactChannel) {
        self.stage = stage
        self.channel = channel
    }
}
