import CobroDomain
import Foundation
import GRDB

extension CobroDatabase {
    /// Recomputes one customer's queue summary from its rows. Call it inside the transaction that
    /// changed the customer (its own columns, invoices, payments or contact log), so the queue
    /// never sees the change without it.
    static func refreshQueuePosition(_ db: Database, customerID: Int64) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT id, code, name, time_zone, do_not_call, status FROM customer WHERE id = ?
            """, arguments: [customerID]) else { return }
        let customer = QueueCustomer(id: row[0], code: row[1], name: row[2], zoneName: row[3], doNotCall: row[4],
                                     status: try stored(CustomerStatus.self, row[5]))
        try QueuePositionTable.save(QueuePosition(QueueSource.load(db, customerID: customerID), customer: customer), customerID: customerID, db)
    }
}

/// The `queue_position` table.
enum QueuePositionTable {
    static func save(_ position: QueuePosition, customerID: Int64, _ db: Database) throws {
        let customer = position.customer
        let promises = position.followUps.promises
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO queue_position
                (customer_id, code, name, time_zone, do_not_call, status, zone, open_from, overdue_from, open_items,
                 priority_bound, history_until, history_from_day, covered_from, follow_ups, callback_at, promise_due_from,
                 promise_answered_min, history)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                customerID, customer.code, customer.name, customer.zoneName, customer.doNotCall, customer.status.rawValue,
                position.zone, position.segments.first?.from?.daysSinceEpoch, position.overdueFrom?.daysSinceEpoch,
                position.openItemsBlob, position.priorityBoundBlob, position.historyUntil?.timeIntervalSince1970,
                position.historyFromDay?.daysSinceEpoch, position.coveredFrom?.timeIntervalSince1970, position.followUpsBlob,
                position.followUps.callbackAt?.timeIntervalSince1970,
                promises.map(\.dueFrom).min()?.timeIntervalSince1970,
                promises.map { $0.answeredGrace ?? -1 }.min(), position.historyBlob,
            ])
    }

    /// Recomputes every customer's summary from a stream over all rows (a new schema, or an import
    /// that touched a large part of the portfolio).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM queue_position")
        try QueueSourceStream.forEachCustomer(db, through: nil) { customer, source in
            try save(QueuePosition(source, customer: customer), customerID: customer.id, db)
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
