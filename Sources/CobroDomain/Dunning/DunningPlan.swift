/// One reminder to send: a customer, a stage, a channel, and every invoice of that customer at
/// that stage not yet told about on that channel.
public struct DunningMessage: Sendable {
    public var customerCode: String
    public var stage: DunningStage
    public var channel: ContactChannel
    /// By due date, then number.
    public var invoices: [DunningInvoice]

    /// One message by hand: the desk's templates screen sends the reminder a clerk chose.
    public init(customerCode: String, stage: DunningStage, channel: ContactChannel, invoices: [DunningInvoice]) {
        self.customerCode = customerCode
        self.stage = stage
        self.channel = channel
        self.invoices = invoices
    }
}

/// Why the run left an invoice out (the report's `reason`).
///
/// The SPEC names each case in code type: `disputed` invoices, customers in `status` legal,
/// agency or written_off, customers with an up-to-date active `agreement`, `no_email` (also an
/// address that is not a usable `local@domain`). The run adds `no_phone` (an `sms` stage for a
/// customer without a number), `template` (the message could not be filled in — a field the
/// account lacks, or no template for the stage, language and channel: nothing is sent rather
/// than a blank) and `delivery` (the sendmail command failed or the outbox could not be
/// written; nothing is recorded, so the next run tries again).
public enum DunningSkipReason: String, CaseIterable, Sendable, Comparable {
    case disputed
    case status
    case agreement
    case noEmail = "no_email"
    case noPhone = "no_phone"
    case template
    case delivery

    public static func < (lhs: DunningSkipReason, rhs: DunningSkipReason) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An invoice that reached a stage not yet sent, and why it was not.
public struct DunningSkip: Hashable, Sendable {
    public var customerCode: String
    public var invoiceNumber: String
    public var reason: DunningSkipReason

    public init(customerCode: String, invoiceNumber: String, reason: DunningSkipReason) {
        self.customerCode = customerCode
        self.invoiceNumber = invoiceNumber
        self.reason = reason
    }
}

/// What a run has to do for one customer.
public struct DunningPlan: Sendable {
    /// By stage (earliest first), then the stage's channel order.
    public var messages: [DunningMessage] = []
    /// By invoice number, then reason; an invoice appears once per reason.
    public var skipped: [DunningSkip] = []

    public init(messages: [DunningMessage] = [], skipped: [DunningSkip] = []) {
        self.messages = messages
        self.skipped = skipped
    }
}
