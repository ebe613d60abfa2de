import CobroDomain
import Foundation
import GRDB

extension CobroDatabase {
    /// The call queue at `instant`, accounts other clerks hold (than `user`) left out, ranked.
    /// Read from the queue summaries; the same as ranking `queueCandidates`.
    public func callQueue(at instant: Date, deskTimeZone: TimeZone, policy: ContactPolicy,
                          conversionRates: [Currency: Double], user: String?) throws -> [QueueEntry] {
        try read { db in
            let held = try Self.accountsHeld(db, at: instant, byOthersThan: user)
            let candidates = try Self.summarizedCandidates(db, at: instant, deskTimeZone: deskTimeZone, policy: policy, heldByOthers: held)
            return CallQueue.rank(candidates, at: instant, deskTimeZone: deskTimeZone, policy: policy, conversionRates: conversionRates)
        }
    }

    /// Every customer who may be in the queue, from the summaries; from every row when the
    /// policy's windows reach further back than the summaries keep.
    static func summarizedCandidates(_ db: Database, at instant: Date, deskTimeZone: TimeZone, policy: ContactPolicy,
                                     heldByOthers held: Set<String>) throws -> [QueueCandidate] {
        guard QueueScan.answers(policy) else {
            return try referenceCandidates(db, at: instant, deskTimeZone: deskTimeZone, agreementGraceDays: policy.agreementGraceDays)
                .filter { !held.contains($0.code) }
        }
        var scan = try QueueScan(db, at: instant, deskTimeZone: deskTimeZone, policy: policy, heldByOthers: held)
        var candidates: [QueueCandidate] = []
        try scan.forEach { scan, row in candidates.append(try row.candidate(&scan.currencies)) }
        return candidates
    }

    /// The accounts other clerks hold at `at`, by code.
    static func accountsHeld(_ db: Database, at: Date, byOthersThan user: String?) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: """
            SELECT c.code FROM queue_claim q JOIN customer c ON c.id = q.customer_id
            WHERE q.expires_at > ? AND (? IS NULL OR q.user_name <> ?)
            """, arguments: [Timestamp.iso(at), user, user]))
    }
}
