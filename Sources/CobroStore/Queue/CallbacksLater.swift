import CobroDomain
import Foundation
import GRDB

extension CobroDatabase {
    /// The customers a clerk asked to call back after `instant` and by `end` (the end of the
    /// desk's day): accounts that come back to the queue later today on their own. Customers the
    /// desk no longer works, do-not-call ones and `excluded` codes (already in the queue, or held
    /// by another clerk) are left out. Read through the summaries' callback index.
    public func callbacksLater(after instant: Date, until end: Date, excluding excluded: Set<String>) throws -> Int {
        let worked = CustomerStatus.allCases.filter(\.isWorkedByDesk).map(\.rawValue)
        return try read { db in
            let codes = try String.fetchCursor(db, sql: """
                SELECT code FROM queue_position
                WHERE callback_at > ? AND callback_at <= ? AND do_not_call = 0
                  AND status IN (\(worked.map { _ in "?" }.joined(separator: ", ")))
                """, arguments: [instant.timeIntervalSince1970, end.timeIntervalSince1970] + StatementArguments(worked))
            var count = 0
            while let code = try codes.next() {
                if !excluded.contains(code) { count += 1 }
            }
            return count
        }
    }
}
