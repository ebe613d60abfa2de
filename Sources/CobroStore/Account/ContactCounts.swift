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
