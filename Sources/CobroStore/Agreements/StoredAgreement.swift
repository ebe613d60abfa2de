import CobroDomain
import Foundation

/// An agreement as the database holds it, with where it stands on a day.
public struct StoredAgreement: Hashable, Sendable {
    public let id: Int64
    /// The plan; its `status` is the effective one (see `status`).
    public let agreement: PaymentAgreement
    /// What people decided: draft, active or cancelled. Payments never change it.
    public let recordedStatus: AgreementStatus
    /// The down payment and installments against the customer's payments as of the day asked.
    public let progress: AgreementProgress
    /// Numbers of the invoices the agreement covers (open in its currency on the agreement date).
    public let invoices: [String]
    public let createdBy: String?
    public let createdAt: Date

    public init(id: Int64, agreement: PaymentAgreement, recordedStatus: AgreementStatus, progress: AgreementProgress, invoices: [String],
                createdBy: String?, createdAt: Date) {
        self.id = id
        self.agreement = agreement
        self.recordedStatus = recordedStatus
        self.progress = progress
        self.invoices = invoices
        self.createdBy = createdBy
        self.createdAt = createdAt
    }

    /// A draft or a cancelled agreement is what people made it; an active one is what the
    /// payments say: active, completed or broken.
    public var status: AgreementStatus { agreement.status }

    /// The first installment (or down payment) not yet paid.
    public var nextDue: InstallmentProgress? { progress.nextDue }
}

/// One entry of an agreement's status history: who set which status, when, and why.
/// Transitions the payments make (broken, completed, active again) are entered by user "system".
public struct AgreementStatusChange: Hashable, Sendable {
    public let status: AgreementStatus
    public let at: Date
    public let user: String?
    public let reason: String?

    public init(status: AgreementStatus, at: Date, user: String?, reason: String?) {
        self.status = status
        self.at = at
        self.user = user
        self.reason = reason
    }
}
