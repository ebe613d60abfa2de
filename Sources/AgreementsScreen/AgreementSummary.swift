import CobroDomain

/// One stored agreement as the list and the detail show it; the desk fills it from the store,
/// with the progress its payments make as of today.
public struct AgreementSummary: Hashable, Sendable {
    public var id: Int64
    public var customerName: String
    /// As stored, with its stored status.
    public var agreement: PaymentAgreement
    public var progress: AgreementProgress

    public init(id: Int64, customerName: String, agreement: PaymentAgreement, progress: AgreementProgress) {
        self.id = id
        self.customerName = customerName
        self.agreement = agreement
        self.progress = progress
    }

    /// What the list shows and filters by: the stored status, except that an active agreement is
    /// what its payments make it (completed or broken) before the store catches up.
    public var status: AgreementStatus {
        agreement.status == .active ? progress.status : agreement.status
    }

    /// The first unpaid installment of an agreement still being followed; nil for drafts,
    /// cancelled and completed ones.
    public var nextDue: InstallmentProgress? {
        status == .active || status == .broken ? progress.nextDue : nil
    }

    /// What is unpaid past its due date, for an agreement still being followed.
    public var amountLate: Money {
        status == .active || status == .broken ? progress.amountLate : Money.zero(agreement.amount.currency)
    }

    /// Only a plan still open can be cancelled.
    var canBeCancelled: Bool {
        status == .draft || status == .active || status == .broken
    }
}
