import CobroDomain
import Foundation

/// A contact as the clerk logged it on the form, ready for the store. The time, the clerk and
/// the customer are the caller's: the form only knows what was said.
public struct CallLogDraft: Equatable, Sendable {
    public var channel: ContactChannel
    public var direction: ContactDirection
    public var outcome: ContactOutcome
    public var contactPerson: String?
    /// Trimmed; nil when the clerk wrote nothing.
    public var note: String?
    /// Set for `.promise` only.
    public var promise: PromiseToPay?
    /// Set for `.callback` only: the other outcomes schedule nothing, so the queue never
    /// calls back on a time the clerk did not choose.
    public var callbackAt: Date?
    /// For `.dispute` only: the invoice numbers the customer disputes, in the account's order.
    public var disputedInvoices: [String]
    /// For `.dispute` only (required there): why, trimmed.
    public var disputeReason: String?
    /// Why the customer has not paid, when the call changed it; nil leaves it as it was. A
    /// dispute sets `.dispute`; right party, refused, paid and other take the clerk's pick.
    public var debtorType: DebtorType?

    public init(channel: ContactChannel = .call, direction: ContactDirection = .outbound, outcome: ContactOutcome,
                contactPerson: String? = nil, note: String? = nil, promise: PromiseToPay? = nil, callbackAt: Date? = nil,
                disputedInvoices: [String] = [], disputeReason: String? = nil, debtorType: DebtorType? = nil) {
        self.channel = channel
        self.direction = direction
        self.outcome = outcome
        self.contactPerson = contactPerson
        self.note = note
        self.promise = promise
        self.callbackAt = callbackAt
        self.disputedInvoices = disputedInvoices
        self.disputeReason = disputeReason
        self.debtorType = debtorType
    }
}

/// What the form did with a key.
public enum CallLogFormResponse: Equatable, Sendable {
    /// Still open.
    case editing
    /// The clerk left without saving; close the form.
    case cancelled
    /// Save this and close the form.
    case submitted(CallLogDraft)
}
