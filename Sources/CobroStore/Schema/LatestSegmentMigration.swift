import Foundation
import GRDB

extension Migrations {
    /// v6: the queue summary's last segment (`QueuePosition.latestSegment`), read from each row's
    /// open items, so that the scan skips customers who have paid up since older segments. A
    /// database from before v2 has no summaries yet: they are computed here, the last migration
    /// to change the table (the code that computes them writes today's columns).
    static func addLatestSegment(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE queue_position ADD COLUMN latest_from INTEGER;
            ALTER TABLE queue_position ADD COLUMN latest_overdue_from INTEGER;
            """)
        let customers = try Int.fetchOne(db, sql: "SELECT count(*) FROM customer") ?? 0
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM queue_position") == customers else {
            return try QueuePositionTable.rebuild(db)
        }
        let update = try db.makeStatement(sql: """
            UPDATE queue_position SET latest_from = ?, latest_overdue_from = ? WHERE customer_id = ?
            """)
        let rows = try Row.fetchCursor(db, sql: "SELECT customer_id, open_items FROM queue_position")
        while let row = try rows.next() {
            let openItems: Data = row[1]
            let latest = try openItems.withUnsafeBytes { try QueuePosition.latestSegment(openItems: $0) }
            try update.execute(arguments: [latest.from, latest.overdueFrom, row[0] as Int64])
        }
    }
}
