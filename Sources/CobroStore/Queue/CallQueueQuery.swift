import CobroDomain
import Foundation
import GRDB

extension CobroDatabase {
    /// The call queue at `instant`, accounts other clerks hold (than `user`) left out, ranked.
    /// Read from the queue summaries (from every row for a policy beyond them); the same as
    /// ranking `queueCandidates`.
    public func callQueue(at instant: Date, deskTimeZone: TimeZone, policy: ContactPolicy,
                          conversionRates: [Currency: Double], user: String?) throws -> [QueueEntry] {
        try read { db in
            let held = try Self.accountsHeld(db, at: instant, byOthersThan: user)
            var ranking = QueueRanking(at: instant, deskTimeZone: deskTimeZone, policy: policy, conversionRates: conversionRates)
            guard QueueScan.answers(policy) else {
                for candidate in try Self.candidatesFromEveryRow(db, at: instant, deskTimeZone: deskTimeZone, policy: policy,
                                                                 heldByOthers: held.codes) {
                    ranking.add(candidate) { candidate.name }
                }
                return ranking.takeEntries()
            }
            // Judged as read, on another thread: only the accounts in the queue are kept.
            var scan = try QueueScan(db, at: instant, deskTimeZone: deskTimeZone, policy: policy, heldByOthers: held.ids)
            let judging = QueueJudging(ranking, reader: scan.reader)
            do {
                try scan.forEachUnread { judging.submit($0) }
            } catch {
                judging.stop()
                throw error
            }
            var judged = try judging.finish()
            return judged.takeEntries()
        }
    }

    /// Every customer who may be in the queue, from every row: for a policy whose windows reach
    /// further back than the summaries keep.
    static func candidatesFromEveryRow(_ db: Database, at instant: Date, deskTimeZone: TimeZone, policy: ContactPolicy,
                                       heldByOthers held: Set<String>) throws -> [QueueCandidate] {
        try referenceCandidates(db, at: instant, deskTimeZone: deskTimeZone, agreementGraceDays: policy.agreementGraceDays)
            .filter { !held.contains($0.code) }
    }

    /// The accounts other clerks hold at `at`.
    static func accountsHeld(_ db: Database, at: Date, byOthersThan user: String?) throws -> HeldAccounts {
        var held = HeldAccounts()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.code FROM queue_claim q JOIN customer c ON c.id = q.customer_id
            WHERE q.expires_at > ? AND (? IS NULL OR q.user_name <> ?)
            """, arguments: [Timestamp.iso(at), user, user])
        while let row = try rows.next() {
            held.ids.insert(row[0])
            held.codes.insert(row[1])
        }
        return held
    }
}

/// Accounts claimed by clerks, by customer id and by code.
struct HeldAccounts {
    var ids: Set<Int64> = []
    var codes: Set<String> = []
}
