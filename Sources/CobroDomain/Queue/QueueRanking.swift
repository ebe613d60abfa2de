import Foundation

/// The call queue built one candidate at a time (what `CallQueue.rank` does over an array).
///
/// A store reading a hundred thousand accounts judges each as it reads it and keeps only what
/// the entries of the eligible ones need: a candidate's history and payments are dropped at once,
/// and its name is asked for only when it is in the queue. Entries are large values, so they are
/// built once, in their final place, after the small ranking records are sorted.
public struct QueueRanking {
    private struct Ranked {
        let kept: Int
        let key: QueueOrderKey
        let score: Double
        let slot: Int
        let lastContactAt: Date?
        /// Index into `details`; -1 for the `priority` tier, whose why is the overdue list.
        let detail: Int
    }

    private var clocks: ZoneClocks
    private let rates: [Currency: Double]
    private var ranked: [Ranked] = []
    private var kept: [(code: String, name: String, overdue: [OverdueAmount])] = []
    private var details: [QueueWhy] = []

    public init(at instant: Date, deskTimeZone: TimeZone, policy: ContactPolicy = .standard,
                conversionRates: [Currency: Double] = [:]) {
        clocks = ZoneClocks(at: instant, deskTimeZone: deskTimeZone, policy: policy)
        rates = conversionRates
    }

    /// How many accounts are in the queue so far.
    public var count: Int { ranked.count }

    /// Judges `candidate` (SPEC §5 "Call queue") and keeps it when it is in the queue, under the
    /// name `name` gives (asked only then: the candidate's own is not read). Returns whether.
    @discardableResult
    public mutating func add(_ candidate: QueueCandidate, name: () throws -> String) rethrows -> Bool {
        guard case .eligible(let placement) = CallQueue.judge(candidate, clocks: &clocks, rates: rates) else { return false }
        var detailIndex = -1
        if let detail = placement.detail {
            detailIndex = details.count
            details.append(detail)
        }
        ranked.append(Ranked(
            kept: kept.count,
            key: QueueOrderKey(placement.reason, detail: placement.detail ?? .priority(overdue: []), score: placement.score),
            score: placement.score, slot: placement.slot, lastContactAt: placement.lastContactAt, detail: detailIndex))
        kept.append((candidate.code, try name(), CallQueue.positiveOverdue(candidate.overdue)))
        return true
    }

    /// The queue in order; only its first `limit` entries when given (picked without sorting the
    /// rest when few).
    public func entries(limit: Int? = nil) -> [QueueEntry] {
        if let limit, limit <= 0 { return [] }
        var ranked = ranked
        // Codes are read only on a tie of the keys.
        let precedes = { [kept] (lhs: Ranked, rhs: Ranked) -> Bool in
            if let order = lhs.key.order(rhs.key) { return order }
            return kept[lhs.kept].code.utf8.lexicographicallyPrecedes(kept[rhs.kept].code.utf8)
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
        return ranked.map { item in
            let account = kept[item.kept]
            let detail = item.detail >= 0 ? details[item.detail] : .priority(overdue: account.overdue)
            return QueueEntry(
                code: account.code, name: account.name, reason: CallQueue.reason(of: detail), detail: detail,
                overdue: account.overdue, score: item.score, timeZone: zones[item.slot], lastContactAt: item.lastContactAt)
        }
    }
}
