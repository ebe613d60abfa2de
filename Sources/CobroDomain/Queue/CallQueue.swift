import Foundation

/// The call queue at an instant T (SPEC §5 "Call queue"): who may be called now, in which tier,
/// in which order, and why.
///
/// Eligible, in this order of checks: some undisputed overdue amount > 0; not `do_not_call`;
/// status not `legal`, `agency` or `written_off`; no active agreement up to date; T inside the
/// calling hours on the customer's own clock; and the contact limits allow a call (or are lifted
/// by a due callback or a due or broken promise). Calling hours are never lifted: a due callback
/// waits for them.
///
/// Tiers: `callback` (by callback time), `broken_promise` (by promise or installment date),
/// `promise_due` (by promise date), `priority` (by `PriorityScore`, highest first); ties by code,
/// byte-wise.
public enum CallQueue {
    /// The queue: every eligible candidate, in queue order.
    /// - Parameters:
    ///   - deskTimeZone: the zone of customers without one of their own.
    ///   - conversionRates: ranking-only rates (see `PriorityScore`).
    ///   - limit: only the first `limit` entries (`queue next` needs one, or a few to try when
    ///     another clerk has just claimed the first); they are picked without sorting the rest.
    public static func rank(
        _ candidates: [QueueCandidate], at instant: Date, deskTimeZone: TimeZone,
        policy: ContactPolicy = .standard, conversionRates: [Currency: Double] = [:], limit: Int? = nil
    ) -> [QueueEntry] {
        var ranking = QueueRanking(at: instant, deskTimeZone: deskTimeZone, policy: policy, conversionRates: conversionRates)
        for candidate in candidates { ranking.add(candidate) { candidate.name } }
        return ranking.entries(limit: limit)
    }

    /// Whether one customer is in the queue at `instant`, as what, or why not.
    public static func assess(
        _ candidate: QueueCandidate, at instant: Date, deskTimeZone: TimeZone,
        policy: ContactPolicy = .standard, conversionRates: [Currency: Double] = [:]
    ) -> QueueAssessment {
        var clocks = ZoneClocks(at: instant, deskTimeZone: deskTimeZone, policy: policy)
        switch judge(candidate, clocks: &clocks, rates: conversionRates) {
        case .excluded(let exclusion):
            return .excluded(exclusion)
        case .eligible(let placement):
            let overdue = positiveOverdue(candidate.overdue)
            return .eligible(QueueEntry(
                code: candidate.code, name: candidate.name, reason: placement.reason,
                detail: placement.detail ?? .priority(overdue: overdue), overdue: overdue, score: placement.score,
                timeZone: clocks.clocks[placement.slot].zone, lastContactAt: placement.lastContactAt))
        }
    }

    /// Where an eligible account goes. `detail` is nil in the `priority` tier (its why is the
    /// overdue list, built with the entry).
    struct Placement {
        let reason: QueueReason
        let detail: QueueWhy?
        let score: Double
        let slot: Int
        let lastContactAt: Date?
    }

    enum Judgement {
        case excluded(QueueExclusion)
        case eligible(Placement)
    }

    static func judge(_ candidate: QueueCandidate, clocks: inout ZoneClocks, rates: [Currency: Double]) -> Judgement {
        // The cheap checks first: most of a large portfolio fails one of them.
        guard candidate.overdue.contains(where: { $0.amount.minorUnits > 0 }) else { return .excluded(.nothingOverdue) }
        guard !candidate.doNotCall else { return .excluded(.doNotCall) }
        guard candidate.status.isWorkedByDesk else { return .excluded(.status(candidate.status)) }
        guard !candidate.hasUpToDateAgreement else { return .excluded(.agreementUpToDate) }
        let slot = clocks.slot(for: candidate.timeZoneIdentifier)
        let clock = clocks.clocks[slot]
        guard clock.isCallingTime else { return .excluded(.outsideCallingHours(hours: clock.hours, local: clock.local)) }

        let score = PriorityScore.of(candidate.overdue, rates: rates)
        guard !candidate.history.isEmpty || candidate.brokenAgreement != nil else {
            // No contact and nothing broken: nothing waits and no limit applies.
            return .eligible(Placement(reason: .priority, detail: nil, score: score, slot: slot, lastContactAt: nil))
        }
        let instant = clocks.instant
        let policy = clocks.policy
        let history = ContactHistory(candidate.history)
        let followUps = FollowUps(
            history: history, payments: candidate.payments, brokenAgreement: candidate.brokenAgreement,
            at: instant, today: clock.today, days: clock.days, policy: policy)
        let limits = ContactLimits.check(
            history, at: instant, today: clock.today, days: clock.days, policy: policy, lift: followUps.lift)
        if !limits.allowsCall, let block = limits.blocks.first { return .excluded(.contactLimit(block)) }

        let detail = waiting(followUps, days: clock.days)
        return .eligible(Placement(
            reason: detail.map(reason(of:)) ?? .priority, detail: detail, score: score, slot: slot,
            lastContactAt: followUps.lastContactAt))
    }

    /// The highest tier's follow-up, as the entry's why; nil when nothing waits (`priority`).
    private static func waiting(_ followUps: FollowUps, days: LocalDays) -> QueueWhy? {
        if let callback = followUps.dueCallback {
            return .callback(at: callback, local: days.clock(of: callback))
        }
        switch followUps.lift {
        case .promiseBroken?:
            if let broken = followUps.brokenPromise {
                return .brokenPromise(broken.promise, paid: broken.evaluation.paid, paidLate: broken.evaluation.paidLate)
            }
        case .agreementBroken?:
            if let agreement = followUps.brokenAgreement { return .brokenAgreement(agreement) }
        case .promiseDue?:
            if let due = followUps.promiseDueToday { return .promiseDue(due.promise, paid: due.evaluation.paid) }
        case .callbackDue?, nil:
            break
        }
        return nil
    }

    static func reason(of detail: QueueWhy) -> QueueReason {
        switch detail {
        case .callback: return .callback
        case .brokenPromise, .brokenAgreement: return .brokenPromise
        case .promiseDue: return .promiseDue
        case .priority: return .priority
        }
    }

    /// The overdue list of the Queue JSON: amounts > 0, by currency code. Usually already so,
    /// and then returned as is (no copy).
    static func positiveOverdue(_ overdue: [OverdueAmount]) -> [OverdueAmount] {
        var clean = true
        for index in overdue.indices where overdue[index].amount.minorUnits <= 0
            || (index > 0 && !(overdue[index - 1].currency < overdue[index].currency)) {
            clean = false
            break
        }
        return clean ? overdue : overdue.filter { $0.amount.minorUnits > 0 }.sorted { $0.currency < $1.currency }
    }
}
