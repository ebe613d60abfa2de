import CobroDomain
import Foundation

/// The queue scan's checks that read a summary's blobs (`QueuePosition`): its open items as of
/// the customer's local day, its follow-ups, and the customer's active agreements. They need no
/// database, so the call queue makes them on a second thread while the scan reads on.
struct QueueSummaryReader: @unchecked Sendable {
    let instant: Date
    let policy: ContactPolicy
    let agreements: QueueAgreements

    /// Calls from this instant on can count toward the contact limits (`ContactLimits`).
    var limitsHorizon: Date {
        instant.addingTimeInterval(-Double(max(policy.attemptWindowDays, policy.rightPartyHoldDays) + 2) * 86_400)
    }

    /// What the summary says of the customer `seen`, or nil when the rules leave it out (paying
    /// as agreed, or nothing overdue on its local day).
    func look(_ seen: SummarySeen, openItems: UnsafeRawBufferPointer, followUps: UnsafeRawBufferPointer,
              _ currencies: inout CurrencyCache) throws -> SummaryLook? {
        let agreement = agreements.standing(of: seen.id, today: seen.day, graceDays: policy.agreementGraceDays)
        if agreement.upToDate { return nil }
        let overdue = try QueuePosition.overdue(openItems: openItems, asOf: seen.day, &currencies)
        guard !overdue.isEmpty else { return nil }
        var waiting = try QueuePosition.followUps(from: followUps).waiting(at: instant, day: seen.day, graceDays: policy.promiseGraceDays)
        if let broken = agreement.broken { waiting = waiting.earlier(than: broken.installmentDue) }
        return SummaryLook(overdue: overdue, brokenAgreement: agreement.broken, waiting: waiting,
                           historySince: waiting == nil ? limitsHorizon : nil)
    }
}

/// A customer whose summary answers for the instant, as the scan saw it from the cheap columns.
struct SummarySeen: Sendable {
    let id: Int64
    let zoneName: String?
    /// The customer's local day at the instant.
    let day: CivilDate
    let status: CustomerStatus
}

/// What a summary's blobs say of a customer the rules may keep.
struct SummaryLook {
    /// Undisputed overdue per currency (> 0 somewhere), by currency code.
    let overdue: [OverdueAmount]
    /// An active agreement that broke (none of the customer's is up to date: those are left out).
    let brokenAgreement: BrokenAgreement?
    /// What may put the customer in a follow-up tier now.
    let waiting: QueueFollowUpBound?
    /// Nil: the rules read the summary's whole history. Else nothing waits, and they read only
    /// the calls from this instant on (the contact limits' reach) and the latest contact's time.
    let historySince: Date?

    /// The customer as the rules read it, with the summary's `history` blob (unnamed: the rules
    /// never read the name).
    func candidate(code: String, seen: SummarySeen, history bytes: UnsafeRawBufferPointer,
                   _ currencies: inout CurrencyCache) throws -> QueueCandidate {
        let history = try QueuePosition.history(from: bytes, since: historySince, &currencies)
        return QueueCandidate(code: code, name: "", timeZoneIdentifier: seen.zoneName, status: seen.status, overdue: overdue,
                              history: history.events, payments: history.payments, brokenAgreement: brokenAgreement)
    }
}
