import CobroDomain
import Foundation
import GRDB

/// One pass over the queue summaries of the customers who may be in the queue at an instant:
/// those with something undisputed open that is past due by then, not `do_not_call`, in a status
/// the desk works, inside their calling hours, and not held by another clerk. These checks are
/// the rules' own (`CallQueue` makes them again); made here, they spare reading the rest.
struct QueueScan {
    let db: Database
    let instant: Date
    let policy: ContactPolicy
    let heldByOthers: Set<String>
    private var zones: LocalZones
    private var clocks: [String?: (day: CivilDate, open: Bool)] = [:]
    var currencies = CurrencyCache()

    init(_ db: Database, at instant: Date, deskTimeZone: TimeZone, policy: ContactPolicy, heldByOthers: Set<String>) {
        self.db = db
        self.instant = instant
        self.policy = policy
        self.heldByOthers = heldByOthers
        zones = LocalZones(deskTimeZone: deskTimeZone)
    }

    /// Whether the summaries answer for `policy`: its windows must fit in what they keep.
    static func answers(_ policy: ContactPolicy) -> Bool {
        max(policy.attemptWindowDays, policy.rightPartyHoldDays) + 2 <= QueuePosition.callDays
            && (0...QueuePosition.maxGraceDays).contains(policy.promiseGraceDays)
    }

    static let columns = """
        q.customer_id, c.code, c.time_zone, c.status, q.open_from, q.open_items, q.history_until, q.history_from_day,
        q.follow_up_at, c.name, q.history
        """

    /// Calls `body` for every customer who may be in the queue; the row is valid during the call only.
    mutating func forEach(_ body: (inout QueueScan, QueueScanRow) throws -> Void) throws {
        let utcDay = CivilDate(containing: instant, in: TimeZone(identifier: "UTC")!)
        let worked = CustomerStatus.allCases.filter(\.isWorkedByDesk).map(\.rawValue)
        var arguments: StatementArguments = [utcDay.adding(days: 1).daysSinceEpoch, utcDay.adding(days: -1).daysSinceEpoch]
        arguments += StatementArguments(worked)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(Self.columns) FROM queue_position q JOIN customer c ON c.id = q.customer_id
            WHERE (q.overdue_from <= ? OR q.open_from > ?) AND c.do_not_call = 0
              AND c.status IN (\(worked.map { _ in "?" }.joined(separator: ", ")))
            """, arguments: arguments)
        while let row = try rows.next() {
            let code: String = row[1]
            guard !heldByOthers.contains(code) else { continue }
            let zoneName: String? = row[2]
            let clock = self.clock(zoneName)
            guard clock.open else { continue }
            let id: Int64 = row[0]
            let status = try stored(CustomerStatus.self, row[3])
            let scanned: QueueScanRow
            if covers(row, day: clock.day) {
                let segments = try row.withUnsafeData(atIndex: 5) { data in
                    try (data ?? Data()).withUnsafeBytes { try QueuePosition.segments(from: $0, &currencies) }
                }
                scanned = QueueScanRow(id: id, code: code, zoneName: zoneName, status: status,
                                       overdue: QueuePosition.overdue(segments, asOf: clock.day),
                                       exact: nil, followUpAt: (row[8] as Double?).map { Date(timeIntervalSince1970: $0) }, row: row)
            } else {
                let exact = try QueueSource.load(db, customerID: id).candidate(
                    code: code, name: row[9], zoneName: zoneName, doNotCall: false, status: status, at: instant, localDay: clock.day)
                scanned = QueueScanRow(id: id, code: code, zoneName: zoneName, status: status, overdue: exact.overdue, exact: exact,
                                       followUpAt: nil, row: row)
            }
            guard !scanned.overdue.isEmpty else { continue }
            try body(&self, scanned)
        }
    }

    /// The summary answers for the instant: see `QueuePosition.covers`, read from the columns.
    private func covers(_ row: Row, day: CivilDate) -> Bool {
        if let from = row[4] as Int?, day.daysSinceEpoch < from { return false }
        if let until = row[6] as Double?, instant.timeIntervalSince1970 < until { return false }
        if let from = row[7] as Int?, day.daysSinceEpoch < from { return false }
        return true
    }

    private mutating func clock(_ zoneName: String?) -> (day: CivilDate, open: Bool) {
        if let known = clocks[zoneName] { return known }
        let zone = zones.zone(named: zoneName)
        let local = LocalClock(instant, in: zone)
        let clock = (local.date, policy.callingHours.hours(for: zone).allows(local))
        clocks[zoneName] = clock
        return clock
    }
}

/// A customer met by `QueueScan`.
struct QueueScanRow {
    let id: Int64
    let code: String
    let zoneName: String?
    let status: CustomerStatus
    /// Undisputed overdue per currency (> 0 somewhere), by currency code.
    let overdue: [OverdueAmount]
    /// The candidate computed from every row, when the summary does not answer for the instant.
    let exact: QueueCandidate?
    /// From the summary: when a follow-up tier may start to apply; nil when none can.
    let followUpAt: Date?
    fileprivate let row: Row

    /// The customer as the rules read it, with the summary's history.
    func candidate(_ currencies: inout CurrencyCache) throws -> QueueCandidate {
        if let exact { return exact }
        return try QueueScanRow.candidate(code: code, name: row[9], zoneName: zoneName, status: status, overdue: overdue,
                                          history: row, at: 10, &currencies)
    }

    /// A candidate from the summary's history column at `index` of `row`.
    static func candidate(code: String, name: String, zoneName: String?, status: CustomerStatus, overdue: [OverdueAmount],
                          history row: Row, at index: Int, _ currencies: inout CurrencyCache) throws -> QueueCandidate {
        let history = try row.withUnsafeData(atIndex: index) { data in
            try (data ?? Data()).withUnsafeBytes { try QueuePosition.history(from: $0, &currencies) }
        }
        return QueueCandidate(code: code, name: name, timeZoneIdentifier: zoneName, status: status, overdue: overdue,
                              history: history.events, payments: history.payments)
    }
}
