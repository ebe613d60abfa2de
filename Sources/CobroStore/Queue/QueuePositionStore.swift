import CobroDomain
import Foundation
import GRDB

extension CobroDatabase {
    /// Recomputes one customer's queue summary from its rows. Call it inside the transaction that
    /// changed the customer's invoices, payments or contact log, so the queue never sees the
    /// change without it.
    static func refreshQueuePosition(_ db: Database, customerID: Int64) throws {
        let zone = try String.fetchOne(db, sql: "SELECT time_zone FROM customer WHERE id = ?", arguments: [customerID])
        try QueuePositionTable.save(QueuePosition(QueueSource.load(db, customerID: customerID), zoneName: zone), customerID: customerID, db)
    }
}

/// The `queue_position` table.
enum QueuePositionTable {
    static func save(_ position: QueuePosition, customerID: Int64, _ db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO queue_position
                (customer_id, zone, open_from, overdue_from, open_items, history_until, history_from_day, latest_call_at,
                 follow_ups, history)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                customerID, position.zone, position.segments.first?.from?.daysSinceEpoch, position.overdueFrom?.daysSinceEpoch,
                position.openItemsBlob, position.historyUntil?.timeIntervalSince1970, position.historyFromDay?.daysSinceEpoch,
                position.latestCallAt?.timeIntervalSince1970, position.followUpsBlob, position.historyBlob,
            ])
    }

    /// Recomputes every customer's summary from a stream over all rows (a new schema, or an import
    /// that touched a large part of the portfolio).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM queue_position")
        try QueueSourceStream.forEachCustomer(db, through: nil) { customer, source in
            try save(QueuePosition(source, zoneName: customer.zoneName), customerID: customer.id, db)
        }
    }
}

/// The customers whose rows a transaction changed; their summaries are recomputed before it
/// commits — one by one, or all at once when that is cheaper.
struct QueuePositionChanges {
    private(set) var customerIDs: Set<Int64> = []

    mutating func touch(_ customerID: Int64) { customerIDs.insert(customerID) }

    func apply(_ db: Database) throws {
        guard !customerIDs.isEmpty else { return }
        // One customer costs three indexed reads; the stream costs a pass over everything.
        let customers = try Int.fetchOne(db, sql: "SELECT count(*) FROM customer") ?? 0
        if customerIDs.count * 8 > customers {
            try QueuePositionTable.rebuild(db)
        } else {
            for customerID in customerIDs.sorted() { try CobroDatabase.refreshQueuePosition(db, customerID: customerID) }
        }
    }
}
