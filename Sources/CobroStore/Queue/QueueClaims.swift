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
            let heldByOthers = try Self.accountsHeld(db, at: at, byOthersThan: user)
            guard let code = codes.first(where: { !heldByOthers.codes.contains($0) }) else { return nil }
            try Self.claim(db, code: code, user: user, at: at, for: duration)
            return code
        }
    }

    /// Claims `code` for `user` from `at`, taking over a claim that has run out.
    static func claim(_ db: Database, code: String, user: String, at: Date, for duration: TimeInterval) throws {
        try db.execute(sql: """
            INSERT INTO queue_claim (customer_id, user_name, claimed_at, expires_at)
            SELECT id, ?, ?, ? FROM customer WHERE code = ?
            ON CONFLICT (customer_id) DO UPDATE SET user_name = excluded.user_name,
                claimed_at = excluded.claimed_at, expires_at = excluded.expires_at
            """, arguments: [user, Timestamp.iso(at), Timestamp.iso(at.addingTimeInterval(duration)), code])
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
        try read { db in try Self.accountsHeld(db, at: at, byOthersThan: user).codes }
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
