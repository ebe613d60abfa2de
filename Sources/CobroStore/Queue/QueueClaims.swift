import CobroDomain
import Foundation
import GRDB

extension CobroDatabase {
    /// Claims for `user` the first account of `codes` (best first) that no other clerk holds at
    /// `at`, until `at + duration`; returns its code, or nil when every one is held.
    ///
    /// The check and the claim happen under SQLite's write lock taken at the start of the
    /// transaction (BEGIN IMMEDIATE), so two clerks — two processes on one file — can never take
    /// the same account: the second waits for the first and then sees its claim.
    public func claimFirstAvailable(of codes: [String], user: String, at: Date, for duration: TimeInterval) throws -> String? {
        try writeImmediately { db in
            let now = Timestamp.iso(at)
            let held = try Row.fetchCursor(db, sql: """
                SELECT c.code FROM queue_claim q JOIN customer c ON c.id = q.customer_id
                WHERE q.expires_at > ? AND q.user_name <> ?
                """, arguments: [now, user])
            var heldByOthers: Set<String> = []
            while let row = try held.next() { heldByOthers.insert(row[0]) }
            guard let code = codes.first(where: { !heldByOthers.contains($0) }) else { return nil }
            try db.execute(sql: """
                INSERT INTO queue_claim (customer_id, user_name, claimed_at, expires_at)
                SELECT id, ?, ?, ? FROM customer WHERE code = ?
                ON CONFLICT (customer_id) DO UPDATE SET user_name = excluded.user_name,
                    claimed_at = excluded.claimed_at, expires_at = excluded.expires_at
                """, arguments: [user, now, Timestamp.iso(at.addingTimeInterval(duration)), code])
            return code
        }
    }

    /// Gives the account back to the queue (the clerk left it without logging a contact).
    public func releaseClaim(code: String, user: String) throws {
        try write { db in
            try db.execute(sql: """
                DELETE FROM queue_claim WHERE user_name = ? AND customer_id = (SELECT id FROM customer WHERE code = ?)
                """, arguments: [user, code])
        }
    }

    /// The accounts other clerks hold at `at` (the queue leaves them out).
    public func accountsClaimed(at: Date, byOthersThan user: String?) throws -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: """
                SELECT c.code FROM queue_claim q JOIN customer c ON c.id = q.customer_id
                WHERE q.expires_at > ? AND (? IS NULL OR q.user_name <> ?)
                """, arguments: [Timestamp.iso(at), user, user]))
        }
    }

    /// One IMMEDIATE transaction: the write lock is taken before anything is read.
    func writeImmediately<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }
}
