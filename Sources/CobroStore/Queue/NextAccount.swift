import CobroDomain
import Foundation
import GRDB

extension CobroDatabase {
    /// Claims for `user` the first account of the queue nobody else holds (for
    /// `policy.claimDuration`) and returns its entry, nil when none is left.
    ///
    /// The queue is read and the claim made in one IMMEDIATE transaction (see
    /// `claimFirstAvailable`): two clerks never get the same account.
    public func takeNextAccount(user: String, at instant: Date, deskTimeZone: TimeZone, policy: ContactPolicy,
                                conversionRates: [Currency: Double]) throws -> QueueEntry? {
        try writeImmediately { db in
            let held = try Self.accountsHeld(db, at: instant, byOthersThan: user)
            let entry: QueueEntry?
            if QueueScan.answers(policy) {
                var search = NextAccountSearch(
                    scan: QueueScan(db, at: instant, deskTimeZone: deskTimeZone, policy: policy, heldByOthers: held),
                    deskTimeZone: deskTimeZone, rates: conversionRates)
                entry = try search.first()
            } else {
                let candidates = try Self.summarizedCandidates(db, at: instant, deskTimeZone: deskTimeZone, policy: policy, heldByOthers: held)
                entry = CallQueue.rank(candidates, at: instant, deskTimeZone: deskTimeZone, policy: policy,
                                       conversionRates: conversionRates, limit: 1).first
            }
            if let entry { try Self.claim(db, code: entry.code, user: user, at: instant, for: policy.claimDuration) }
            return entry
        }
    }
}

/// The first entry of the queue, judging as few customers as it can.
///
/// The follow-up tiers come first and are few: customers whose summary says a callback or a
/// promise may be waiting are judged in full (with those the summary cannot answer for). If none
/// of them makes a follow-up tier, the first entry is the `priority` entry with the highest score;
/// scores come from the summaries' overdue amounts, so the other customers are judged one by one
/// in score order, their history read by id, until one is eligible — merged with the priority
/// entries of those already judged.
struct NextAccountSearch {
    var scan: QueueScan
    let deskTimeZone: TimeZone
    let rates: [Currency: Double]

    private struct Unjudged {
        let score: Double
        let row: QueueScanRowSummary
    }

    mutating func first() throws -> QueueEntry? {
        let instant = scan.instant
        var judged: [QueueCandidate] = []
        var unjudged: [Unjudged] = []
        let rates = self.rates
        try scan.forEach { scan, row in
            if row.exact != nil || (row.followUpAt.map { $0 <= instant } ?? false) {
                judged.append(try row.candidate(&scan.currencies))
            } else {
                unjudged.append(Unjudged(score: PriorityScore.of(row.overdue, rates: rates), row: QueueScanRowSummary(row)))
            }
        }
        let ranked = CallQueue.rank(judged, at: instant, deskTimeZone: deskTimeZone, policy: scan.policy, conversionRates: rates)
        if let first = ranked.first, first.reason != .priority { return first }
        // Every judged entry is now a `priority` one, in queue order.
        let priority = ranked
        unjudged.sort { $0.score != $1.score ? $0.score > $1.score : $0.row.code.utf8.lexicographicallyPrecedes($1.row.code.utf8) }
        for next in unjudged {
            if let best = priority.first,
               best.score > next.score || (best.score == next.score && best.code.utf8.lexicographicallyPrecedes(next.row.code.utf8)) {
                return best
            }
            if let entry = try judge(next.row) { return entry }
        }
        return priority.first
    }

    /// The customer's queue entry, read by id, or nil when the rules leave it out now.
    private mutating func judge(_ summary: QueueScanRowSummary) throws -> QueueEntry? {
        guard let row = try Row.fetchOne(scan.db, sql: """
            SELECT c.name, q.history FROM queue_position q JOIN customer c ON c.id = q.customer_id WHERE q.customer_id = ?
            """, arguments: [summary.id]) else { return nil }
        let candidate = try QueueScanRow.candidate(
            code: summary.code, name: row[0], zoneName: summary.zoneName, status: summary.status, overdue: summary.overdue,
            history: row, at: 1, &scan.currencies)
        return CallQueue.assess(candidate, at: scan.instant, deskTimeZone: deskTimeZone, policy: scan.policy, conversionRates: rates).entry
    }
}

/// What the search keeps of a scanned customer it has not judged yet.
private struct QueueScanRowSummary {
    let id: Int64
    let code: String
    let zoneName: String?
    let status: CustomerStatus
    let overdue: [OverdueAmount]

    init(_ row: QueueScanRow) {
        id = row.id
        code = row.code
        zoneName = row.zoneName
        status = row.status
        overdue = row.overdue
    }
}
