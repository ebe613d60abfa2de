import Foundation

/// The call queue built one candidate at a time (what `CallQueue.rank` does over an array).
///
/// A store reading a hundred thousand accounts judges each as it reads it and keeps only the
/// entries of the eligible ones: a candidate's history and payments are dropped at once, and its
/// name is asked for only when it is in the queue. Entries are large values, so the sort moves
/// small ranking records, and `takeEntries` puts the entries in order by swapping them in place.
public struct QueueRanking {
    private struct Ranked {
        /// Index into `kept`.
        let entry: Int
        let key: QueueOrderKey
    }

    private var clocks: ZoneClocks
    private let rates: [Currency: Double]
    private var ranked: [Ranked] = []
    /// In the order they were added.
    private var kept: [QueueEntry] = []

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
        let overdue = CallQueue.positiveOverdue(candidate.overdue)
        let detail = placement.detail ?? .priority(overdue: overdue)
        ranked.append(Ranked(
            entry: kept.count,
            key: QueueOrderKey(placement.reason, detail: placement.detail ?? .priority(overdue: []), score: placement.score)))
        kept.append(QueueEntry(
            code: candidate.code, name: try name(), reason: CallQueue.reason(of: detail), detail: detail, overdue: overdue,
            score: placement.score, timeZone: clocks.clocks[placement.slot].zone, lastContactAt: placement.lastContactAt))
        return true
    }

    /// The whole queue in order, taken out of the ranking (which is left empty).
    public mutating func takeEntries() -> [QueueEntry] {
        var order = sorted(ranked).map(\.entry)
        var entries = kept
        (ranked, kept) = ([], [])
        // Each cycle of the permutation in turn: position `p` receives the entry at `order[p]`.
        // The buffer's swaps move entries without copying them.
        entries.withUnsafeMutableBufferPointer { entries in
            for start in order.indices where order[start] != start {
                var position = start
                while order[position] != start {
                    let source = order[position]
                    entries.swapAt(position, source)
                    order[position] = position
                    position = source
                }
                order[position] = position
            }
        }
        return entries
    }

    private func sorted(_ ranked: [Ranked]) -> [Ranked] {
        ranked.sorted(by: precedes)
    }

    /// Codes are read only on a tie of the keys.
    private func precedes(_ lhs: Ranked, _ rhs: Ranked) -> Bool {
        if let order = lhs.key.order(rhs.key) { return order }
        return kept[lhs.entry].code.utf8.lexicographicallyPrecedes(kept[rhs.entry].code.utf8)
    }

    /// The queue in order; only its first `limit` entries when given (picked without sorting the
    /// rest when few).
    public func entries(limit: Int? = nil) -> [QueueEntry] {
        if let limit, limit <= 0 { return [] }
        var ranked = ranked
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
            ranked = sorted(ranked)
            if let limit, limit < ranked.count { ranked.removeSubrange(limit...) }
        }
        return ranked.map { kept[$0.entry] }
    }
}
