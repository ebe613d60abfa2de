/// One customer as the queue reads it. Every field is a column or a small aggregate the store
/// can select with plain SQL; nothing here needs the domain to call back into the store.
///
/// The history need not be complete. The rules read: every call of the last
/// `max(attemptWindowDays, rightPartyHoldDays) + 2` days; the latest contact, the latest one that
/// follows things up (`ContactEvent.answersFollowUp`: it decides whether a callback or a promise
/// was answered) and the latest entry asking for a callback; the entries carrying promises that
/// are not yet settled (safest: every entry with a promise); and the entries that corrections
/// among these point at. `payments` need only reach back to the oldest such promise's day.
public struct QueueCandidate: Sendable {
    public var code: String
    public var name: String
    /// The customer's IANA zone; nil (or an identifier Foundation does not know) means the desk's.
    public var timeZoneIdentifier: String?
    public var doNotCall: Bool
    public var status: CustomerStatus
    /// Undisputed overdue amounts per currency as of the customer's local date (from aging, with
    /// disputed invoices left out). Zero and negative amounts are ignored.
    public var overdue: [OverdueAmount]
    public var history: [ContactEvent]
    /// The customer's payments, for judging promises.
    public var payments: [DatedPayment]
    /// The customer has an active agreement with no installment overdue: the desk leaves it alone.
    public var hasUpToDateAgreement: Bool
    /// An agreement that broke, if any.
    public var brokenAgreement: BrokenAgreement?

    public init(
        code: String, name: String, timeZoneIdentifier: String? = nil, doNotCall: Bool = false,
        status: CustomerStatus = .active, overdue: [OverdueAmount], history: [ContactEvent] = [],
        payments: [DatedPayment] = [], hasUpToDateAgreement: Bool = false, brokenAgreement: BrokenAgreement? = nil
    ) {
        self.code = code
        self.name = name
        self.timeZoneIdentifier = timeZoneIdentifier
        self.doNotCall = doNotCall
        self.status = status
        self.overdue = overdue
        self.history = history
        self.payments = payments
        self.hasUpToDateAgreement = hasUpToDateAgreement
        self.brokenAgreement = brokenAgreement
    }
}
