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
        var insert = DirectStatement(try db.cachedStatement(sql: insertSQL))
        try StoredQueuePosition(position, customerID: customerID).insert(&insert, db)
    }

    /// Recomputes every customer's summary from a stream over all rows (a new schema, or an import
    /// that touched a large part of the portfolio). The summaries are computed on a second thread
    /// while this one reads the next customers and stores the finished ones.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM queue_position")
        var insert = DirectStatement(try db.makeStatement(sql: insertSQL))
        let computing = QueuePositionComputing()
        defer { computing.stop() }
        try QueueSourceStream.forEachCustomer(db, through: nil) { customer, source in
            for position in computing.submit(customer, source) { try position.insert(&insert, db) }
        }
        for position in computing.finish() { try position.insert(&insert, db) }
    }

    static let insertSQL = """
        INSERT OR REPLACE INTO queue_position
            (customer_id, code, name, time_zone, do_not_call, status, zone, open_from, overdue_from, open_items,
             priority_bound, history_until, history_from_day, covered_from, follow_ups, callback_at, promise_due_from,
             promise_answered_min, history, latest_from, latest_overdue_from)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
}

/// A summary as its `queue_position` row holds it: encoded apart from the insert, so that a
/// rebuild can encode on another thread than the one that writes.
struct StoredQueuePosition {
    let customerID: Int64
    let customer: QueueCustomer
    let zone: String?
    let openFrom: Int?
    let overdueFrom: Int?
    let openItems: Data
    let priorityBound: Data?
    let historyUntil: Double?
    let historyFromDay: Int?
    let coveredFrom: Double?
    let followUps: Data?
    let callbackAt: Double?
    let promiseDueFrom: Double?
    let promiseAnsweredMin: Int?
    let history: Data
    let latestSegment: (from: Int?, overdueFrom: Int?)

    init(_ position: QueuePosition, customerID: Int64) {
        let promises = position.followUps.promises
        self.customerID = customerID
        customer = position.customer
        zone = position.zone
        openFrom = position.segments.first?.from?.daysSinceEpoch
        overdueFrom = position.overdueFrom?.daysSinceEpoch
        openItems = position.openItemsBlob
        priorityBound = position.priorityBoundBlob
        historyUntil = position.historyUntil?.timeIntervalSince1970
        historyFromDay = position.historyFromDay?.daysSinceEpoch
        coveredFrom = position.coveredFrom?.timeIntervalSince1970
        followUps = position.followUpsBlob
        callbackAt = position.followUps.callbackAt?.timeIntervalSince1970
        promiseDueFrom = promises.map(\.dueFrom).min()?.timeIntervalSince1970
        promiseAnsweredMin = promises.map { $0.answeredGrace ?? -1 }.min()
        history = position.historyBlob
        latestSegment = (position.segments.last?.from?.daysSinceEpoch,
                         position.segments.last?.items.map(\.due).min()?.adding(days: 1).daysSinceEpoch)
    }

    /// Runs `QueuePositionTable.insertSQL` for this row.
    func insert(_ statement: inout DirectStatement, _ db: Database) throws {
        statement.bind(customerID)
        statement.bind(customer.code)
        statement.bind(customer.name)
        statement.bind(customer.zoneName)
        statement.bind(customer.doNotCall)
        statement.bind(customer.status.rawValue)
        statement.bind(zone)
        statement.bind(openFrom)
        statement.bind(overdueFrom)
        statement.bind(openItems)
        statement.bind(priorityBound)
        statement.bind(historyUntil)
        statement.bind(historyFromDay)
        statement.bind(coveredFrom)
        statement.bind(followUps)
        statement.bind(callbackAt)
        statement.bind(promiseDueFrom)
        statement.bind(promiseAnsweredMin)
        statement.bind(history)
        statement.bind(latestSegment.from)
        statement.bind(latestSegment.overdueFrom)
        try statement.execute(db)
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
