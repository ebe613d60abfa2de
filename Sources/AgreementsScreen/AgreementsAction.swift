import CobroDomain
import CobroTerminal

public enum AgreementsAction: Sendable {
    case key(Key)
    /// Every agreement, as the desk read them (for `.loadList`).
    case listLoaded([AgreementSummary])
    /// Open the plan builder for this customer (from an account, or after `.chooseCustomer`).
    case startPlan(PlanCustomer)
    /// The tables can show this many rows (the desk measures the layout).
    case pageSizeChanged(Int)
    /// The desk stored the plan under this id with this status.
    case saved(id: Int64, status: AgreementStatus)
    /// The desk cancelled this agreement.
    case cancelled(id: Int64)
    /// The desk could not carry out the last effect (a refused save, a store error).
    case failed(String)
}

/// What the agreements screen asks the desk to do: it never touches the store itself.
public enum AgreementsEffect: Equatable, Sendable {
    /// Read every agreement and send them back as `.listLoaded`.
    case loadList
    /// Let the user pick a customer, then send `.startPlan` for them.
    case chooseCustomer
    /// Store this plan (its status already `.active` or `.draft` to match), then send `.saved`.
    case save(PaymentAgreement, activate: Bool)
    /// Cancel the agreement, keeping the reason in the audit trail, then send `.cancelled`.
    case cancel(id: Int64, reason: String)
}

/// What a key does on the list or on an opened agreement, as data for the legend and the help.
public enum AgreementsCommand: Hashable, Sendable {
    /// Moves the selection (arrows, j/k, PgUp/PgDn, Home/End).
    case move
    case open
    case cycleStatusFilter
    case newPlan
    case cancelAgreement
    case reload
    /// From an opened agreement back to the list.
    case back
}
