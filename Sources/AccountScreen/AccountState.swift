import CobroDomain
import CobroTerminal
import Foundation

/// The account the clerk or owner has open: who the customer is, what they owe, what was said,
/// and what waits — and the call being logged, if any.
public struct AccountState: Sendable {
    public var language: Language
    public let code: String
    public var asOf: CivilDate
    /// The desk's zone: contact times show on its clock.
    public var timeZone: TimeZone
    /// The contact rules: calling hours, promise grace.
    public var policy: ContactPolicy
    /// Taken from the queue: the clerk holds the account, and after logging a call is offered
    /// the next one.
    public let fromQueue: Bool
    /// When the account was last read: local times and follow-ups are as of then.
    public internal(set) var now: Date
    /// nil while loading.
    public internal(set) var snapshot: AccountSnapshot?
    public internal(set) var followUps: FollowUps?
    /// The agreements with their payments' progress as of `asOf`.
    public internal(set) var agreements: [(agreement: PaymentAgreement, progress: AgreementProgress)] = []
    public internal(set) var notFound = false
    public internal(set) var invoices = TableState()
    public internal(set) var pageSize = 10
    public internal(set) var pane: AccountPane = .contactLog
    /// The first row of the lower pane on screen (PgUp/PgDn page through it).
    public internal(set) var paneFirstRow = 0
    /// The call being logged; while open, it takes every key.
    public internal(set) var callLog: CallLogForm?
    var prompt: AccountPrompt?
    /// What the last change did (saved, refused), until the next key.
    public internal(set) var message: AccountMessage?

    public init(language: Language, code: String, asOf: CivilDate, timeZone: TimeZone = .current, policy: ContactPolicy = .standard,
                fromQueue: Bool = false, now: Date = Date()) {
        self.language = language
        self.code = code
        self.asOf = asOf
        self.timeZone = timeZone
        self.policy = policy
        self.fromQueue = fromQueue
        self.now = now
    }

    /// The call form or a prompt has the keys: the desk must not take letters, digits or Tab
    /// as its shortcuts (an outcome key must never switch screens mid-call).
    public var isEditingText: Bool { callLog != nil || prompt != nil }

    /// Leaving now would lose typed input.
    public var hasUnsavedInput: Bool {
        if let callLog { return callLog.hasUnsavedInput }
        if case .reason(let prompt, _)? = prompt { return prompt.hasInput }
        return false
    }

    /// How many rows the lower pane has.
    var paneRowCount: Int {
        guard let snapshot else { return 0 }
        switch pane {
        case .contactLog: return snapshot.contactLog.count
        case .payments: return snapshot.payments.count
        case .promises: return (followUps?.promises.count ?? 0) + agreements.count
        }
    }

    var selectedInvoice: OpenInvoice? {
        guard let invoices = snapshot?.openInvoices, invoices.indices.contains(self.invoices.selected) else { return nil }
        return invoices[self.invoices.selected]
    }
}

/// The lower part of the account: one of these at a time, ←/→ switch.
public enum AccountPane: Int, CaseIterable, Sendable {
    case contactLog, payments, promises
}

public struct AccountMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
}

/// A change the clerk has asked for, waiting for its reason or choice.
enum AccountPrompt: Sendable {
    enum Purpose: Sendable {
        case dispute(invoice: String, disputed: Bool)
        case doNotCall(Bool)
        case status(CustomerStatus)
    }
    case reason(TextPrompt, Purpose)
    case status(ChoiceList<CustomerStatus>)
    case debtorType(ChoiceList<DebtorType?>)
}

public enum AccountAction: Sendable {
    case key(Key)
    case loaded(AccountSnapshot?, at: Date)
    case pageSizeChanged(Int)
    /// The desk carried out this change.
    case saved(AccountEffect)
    case saveFailed(String)
}

public enum AccountEffect: Equatable, Sendable {
    case load(code: String, asOf: CivilDate)
    /// Leave the account for the screen it was opened from (giving it back to the queue).
    case back
    case logCall(CallLogDraft)
    case setDisputed(invoices: [String], disputed: Bool, reason: String)
    case setDoNotCall(Bool, reason: String)
    case setStatus(CustomerStatus, reason: String)
    case setDebtorType(DebtorType?)
    /// Take the next account of the queue.
    case takeNext
    /// Build a payment agreement for this customer.
    case planAgreement
}

public enum AccountCommand: Sendable {
    case move, switchPane, pageLowerPane, back, reload
    case logCall, toggleDispute, toggleDoNotCall, changeStatus, changeDebtorType, next, planAgreement
}
