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
        if let limit, limit <= 0 { return [] }
        // Entries are large values; on 100,000 accounts building them, then sorting and copying
        // them, costs more than the rules. So: judge every candidate into a small record, sort
        // the records, and build each entry once, in its final place.
        struct Ranked {
            let candidate: Int
            let key: QueueOrderKey
            let score: Double
            let slot: Int
            let lastContactAt: Date?
            /// Index into `details`; -1 for the `priority` tier, whose why is the overdue list.
            let detail: Int
        }
        var clocks = ZoneClocks(at: instant, deskTimeZone: deskTimeZone, policy: policy)
        var ranked: [Ranked] = []
        var details: [QueueWhy] = []
        for index in candidates.indices {
            guard case .eligible(let placement) = judge(candidates[index], clocks: &clocks, rates: conversionRates) else { continue }
            var detailIndex = -1
            if let detail = placement.detail {
                detailIndex = details.count
                details.append(detail)
            }
            ranked.append(Ranked(
                candidate: index,
                key: QueueOrderKey(placement.reason, detail: placement.detail ?? .priority(overdue: []), score: placement.score),
                score: placement.score, slot: placement.slot, lastContactAt: placement.lastContactAt, detail: detailIndex))
        }
        // Codes are read only on a tie of the keys: reading one is a trip to a far candidate.
        let precedes = { (lhs: Ranked, rhs: Ranked) -> Bool in
            if let order = lhs.key.order(rhs.key) { return order }
            return candidates[lhs.candidate].code.utf8.lexicographicallyPrecedes(candidates[rhs.candidate].code.utf8)
        }
        if let limit, limit < ranked.count, limit <= 64 {
            // A few out of many: keep the best `limit` in a small sorted array while scanning.
            var best: [Ranked] = []
            best.reserveCapacity(limit + 1)
            for item in ranked where best.count < limit || precedes(item, best[best.count - 1]) {
                let position = best.firstIndex { precedes(item, $0) } ?? best.count
                best.insert(item, at: position)
                if best.count > limit { best.removeLast() }
            }
            ranked = best
        } else {
            ranked.sort(by: precedes)
            if let limit, limit < ranked.count { ranked.removeSubrange(limit...) }
        }

        let zones = clocks.clocks.map(\.zone)
        var entries: [QueueEntry] = []
        entries.reserveCapacity(ranked.count)
        for item in ranked {
            let overdue = positiveOverdue(candidates[item.candidate].overdue)
            let detail = item.detail >= 0 ? details[item.detail] : .priority(overdue: overdue)
            entries.append(QueueEntry(
                code: candidates[item.candidate].code, name: candidates[item.candidate].name, reason: reason(of: detail),
                detail: detail, overdue: overdue, score: item.score, timeZone: zones[item.slot],
                lastContactAt: item.lastContactAt))
        }
        return entries
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
    private struct Placement {
        let reason: QueueReason
        let detail: QueueWhy?
        let score: Double
        let slot: Int
        let lastContactAt: Date?
    }

    private enum Judgement {
        case excluded(QueueExclusion)
        case eligible(Placement)
    }

    private static func judge(_ candidate: QueueCandidate, clocks: inout ZoneClocks, rates: [Currency: Double]) -> Judgement {
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

    private static func reason(of detail: QueueWhy) -> QueueReason {
        switch detail {
        case .callback: return .callback
        case .brokenPromise, .brokenAgreement: return .brokenPromise
        case .promiseDue: return .promiseDue
        case .priority: return .priority
        }
    }

    /// The overdue list of the Queue JSON: amounts > 0, by currency code. Usually already so,
    /// and then returned as is (no copy).
    private static func positiveOverdue(_ overdue: [OverdueAmount]) -> [OverdueAmount] {
        var clean = true
        for index in overdue.indices where overdue[index].amount.minorUnits <= 0
            || (index > 0 && !(overdue[index - 1].currency < overdue[index].currency)) {
            clean = false
            break
        }
        return clean ? overdue : overdue.filter { $0.amount.minorUnits > 0 }.sorted { $0.currency < $1.currency }
    }
}
