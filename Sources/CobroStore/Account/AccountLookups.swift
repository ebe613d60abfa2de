import CobroDomain
import Foundation
import GRDB

extension CobroDatabase {
    /// How many accounts `user` has logged a contact with from `since` on (the queue screen's
    /// "done today"); corrections do not count.
    public func accountsContacted(by user: String, since: Date) throws -> Int {
        try read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(DISTINCT customer_id) FROM contact_log
                WHERE at >= ? AND user_name = ? AND corrects_id IS NULL
                """, arguments: [Timestamp.iso(since), user]) ?? 0
        }
    }
}

extension CobroDatabase {
    /// The names of the customers with these codes (for lists that show agreements, reminders…).
    public func customerNames(codes: Set<String>) throws -> [String: String] {
        guard !codes.isEmpty else { return [:] }
        return try read { db in
            var names: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT code, name FROM customer WHERE code IN (SELECT value FROM json_each(?))",
                                           arguments: [String(decoding: try JSONEncoder().encode(Array(codes)), as: UTF8.self)])
            while let row = try rows.next() { names[row[0]] = row[1] }
            return names
        }
    }
}
