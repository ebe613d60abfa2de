import CobroDomain
import Foundation
import GRDB

/// The queue summaries of the customers who may be in the queue at an instant: those with
/// something undisputed open that is past due by then, not `do_not_call`, in a status the desk
/// works, inside their calling hours, and not held by another clerk. These checks are the
/// rules' own (`CallQueue` makes them again); made here, they spare reading the rest. Read in
/// one pass (`forEach`, or `forEachUnread` to judge on another thread) or a few at a time
/// (`forEach(where:)`).
struct QueueScan {
    let db: Database
    let policy: ContactPolicy
    let heldByOthers: Set<Int64>
    let deskTimeZone: TimeZone
    /// The checks that need the summary's blobs, made on whichever thread reads them.
    let reader: QueueSummaryReader
    private var clocks = TextKeyedValues<(zoneName: String?, day: CivilDate, open: Bool)>()
    private var statuses = TextKeyedValues<CustomerStatus?>()
    var currencies = CurrencyCache()

    init(_ db: Database, at instant: Date, deskTimeZone: TimeZone, policy: ContactPolicy, heldByOthers: Set<Int64>) throws {
        self.db = db
        self.policy = policy
        self.heldByOthers = heldByOthers
        self.deskTimeZone = deskTimeZone
        reader = QueueSummaryReader(instant: instant, policy: policy, agreements: try QueueAgreements(db))
    }

    var instant: Date { reader.instant }
    var agreements: QueueAgreements { reader.agreements }

    /// Whether the summaries answer for `policy`: its windows must fit in what they keep.
    static func answers(_ policy: ContactPolicy) -> Bool {
        max(policy.attemptWindowDays, policy.rightPartyHoldDays) + 2 <= QueuePosition.callDays
            && (0...QueuePosition.maxGraceDays).contains(policy.promiseGraceDays)
    }

    static let columns = """
        customer_id, code, time_zone, status, open_from, open_items, history_until, history_from_day, follow_ups, name, history
        """

    /// The SQL that keeps the summaries that may be in the queue (something overdue on some
    /// clock, or days the summary does not hold for; callable; worked), with its arguments.
    /// A summary whose last segment is in force on every clock, with nothing in it past due by
    /// the latest, is left out: the customer has paid up since its older segments.
    var possible: (sql: String, arguments: StatementArguments) {
        let callable = self.callable
        let (latest, earliest) = (latestDay.daysSinceEpoch, latestDay.adding(days: -2).daysSinceEpoch)
        return ("""
            (overdue_from <= ? OR open_from > ?)
            AND NOT ((open_from IS NULL OR open_from <= ?) AND (latest_from IS NULL OR latest_from <= ?)
                     AND (latest_overdue_from IS NULL OR latest_overdue_from > ?))
            AND
            """ + " " + callable.sql,
                [latest, earliest, earliest, earliest, latest] + callable.arguments)
    }

    /// The latest local day the instant falls on anywhere.
    var latestDay: CivilDate { CivilDate(containing: instant, in: TimeZone(identifier: "UTC")!).adding(days: 1) }

    /// Not `do_not_call`, in a status the desk works.
    var callable: (sql: String, arguments: StatementArguments) {
        let worked = CustomerStatus.allCases.filter(\.isWorkedByDesk).map(\.rawValue)
        return ("do_not_call = 0 AND status IN (\(worked.map { _ in "?" }.joined(separator: ", ")))", StatementArguments(worked))
    }

    /// Calls `body` for every customer who may be in the queue; the row is valid during the call only.
    mutating func forEach(_ body: (inout QueueScan, QueueScanRow) throws -> Void) throws {
        try forEach(where: "TRUE") { scan, row in
            try body(&scan, row)
            return true
        }
    }

    /// Calls `body` for the customers who may be in the queue among those `condition` (SQL on
    /// `queue_position`, with `arguments`) selects, in `order`, while it returns true.
    mutating func forEach(where condition: String, _ arguments: StatementArguments = [], order: String? = nil,
                          _ body: (inout QueueScan, QueueScanRow) throws -> Bool) throws {
        try forEachGlance(where: condition, arguments, order: order) { scan, glance, columns in
            guard let row = try scan.row(glance, columns) else { return true }
            return try body(&scan, row)
        }
    }

    /// Calls `body` for every customer who may be in the queue, as far as the scanning thread
    /// can tell without the summary's blobs, which are copied for `body` to judge elsewhere.
    mutating func forEachUnread(_ body: (UnreadCandidate) throws -> Void) throws {
        try forEachGlance(where: "TRUE", []) { _, glance, columns in
            switch glance {
            case .exact(let row): try row.exact.map { try body(.exact(ExactCandidate($0))) }
            case .summary(let seen): try body(.summary(UnreadSummary(seen, columns)))
            }
            return true
        }
    }

    private mutating func forEachGlance(where condition: String, _ arguments: StatementArguments, order: String? = nil,
                                        _ body: (inout QueueScan, QueueGlance, RawColumns) throws -> Bool) throws {
        let possible = self.possible
        let statement = try db.cachedStatement(sql: """
            SELECT \(Self.columns) FROM queue_position WHERE (\(condition)) AND \(possible.sql)\(order.map { " ORDER BY " + $0 } ?? "")
            """)
        let rows = try Row.fetchCursor(statement, arguments: arguments + possible.arguments)
        let columns = RawColumns(statement)
        while try rows.next() != nil {
            if let glance = try glance(columns), try !body(&self, glance, columns) { return }
        }
    }

    /// What the current row's cheap columns tell: left out (nil), a summary that answers for the
    /// instant, or else the customer read from every row.
    private mutating func glance(_ columns: RawColumns) throws -> QueueGlance? {
        let id = columns.int(0) ?? 0
        let clock = self.clock(columns.textBytes(2))
        guard clock.open, !heldByOthers.contains(id), let code = columns.textBytes(1) else { return nil }
        guard let status = statuses.value(for: columns.textBytes(3), make: { $0.flatMap(CustomerStatus.init(rawValue:)) })
        else { throw CorruptValue(what: "status", value: columns.text(3) ?? "") }
        let seen = SummarySeen(id: id, zoneName: clock.zoneName, day: clock.day, status: status)
        if covers(columns, day: clock.day) { return .summary(seen) }
        let agreement = reader.agreements.standing(of: id, today: clock.day, graceDays: policy.agreementGraceDays)
        // Paying as agreed: the rules leave the account out.
        if agreement.upToDate { return nil }
        var exact = try QueueSource.load(db, customerID: id).candidate(
            code: String(decoding: code, as: UTF8.self), name: columns.text(9) ?? "", zoneName: clock.zoneName,
            doNotCall: false, status: status, at: instant, localDay: clock.day)
        guard !exact.overdue.isEmpty else { return nil }
        exact.brokenAgreement = agreement.broken
        return .exact(QueueScanRow(id: id, code: exact.code, content: .exact(exact)))
    }

    /// The customer of the current row, or nil when the checks leave it out.
    private mutating func row(_ glance: QueueGlance, _ columns: RawColumns) throws -> QueueScanRow? {
        guard case .summary(let seen) = glance else {
            if case .exact(let row) = glance { return row }
            return nil
        }
        let reader = self.reader
        let look = try columns.blob(5) { openItems in
            try columns.blob(8) { followUps in try reader.look(seen, openItems: openItems, followUps: followUps, &currencies) }
        }
        guard let look, let code = columns.text(1) else { return nil }
        return QueueScanRow(id: seen.id, code: code, content: .summary(seen, look, columns))
    }

    /// The clock of customers in the zone named by `zone` (a time_zone column's bytes).
    mutating func clock(_ zone: UnsafeBufferPointer<UInt8>?) -> (zoneName: String?, day: CivilDate, open: Bool) {
        if let known = clocks.cached(zone) { return known }
        let clock = Self.clock(zone.map { String(decoding: $0, as: UTF8.self) }, at: instant, policy: policy, deskTimeZone: deskTimeZone)
        clocks.insert(clock, for: zone)
        return clock
    }

    /// The summary answers for the instant: it was read in the customer's zone (kept with it), and
    /// the instant is after its latest contact and on a local day it holds for.
    private func covers(_ columns: RawColumns, day: CivilDate) -> Bool {
        if let from = columns.int(4), day.daysSinceEpoch < from { return false }
        if let until = columns.double(6), instant.timeIntervalSince1970 < until { return false }
        if let from = columns.int(7), day.daysSinceEpoch < from { return false }
        return true
    }

    /// The customer's clock: the desk's for no zone, or one Foundation does not know.
    private static func clock(_ zoneName: String?, at instant: Date, policy: ContactPolicy,
                              deskTimeZone: TimeZone) -> (zoneName: String?, day: CivilDate, open: Bool) {
        let zone = zoneName.flatMap(TimeZone.init(identifier:)) ?? deskTimeZone
        let local = LocalClock(instant, in: zone)
        return (zoneName, local.date, policy.callingHours.hours(for: zone).allows(local))
    }
}

/// What the scanning thread makes of a row from its cheap columns.
enum QueueGlance {
    /// The summary answers for the instant; its blobs decide the rest.
    case summary(SummarySeen)
    /// It does not: the customer as computed from every row.
    case exact(QueueScanRow)
}

/// A customer met by `QueueScan`.
struct QueueScanRow {
    let id: Int64
    let code: String
    fileprivate let content: Content

    fileprivate enum Content {
        case exact(QueueCandidate)
        /// Valid while the statement stands on the row.
        case summary(SummarySeen, SummaryLook, RawColumns)
    }

    /// The candidate computed from every row, when the summary does not answer for the instant.
    var exact: QueueCandidate? {
        if case .exact(let candidate) = content { return candidate }
        return nil
    }

    /// From the summary: what may put the customer in a follow-up tier now.
    var waiting: QueueFollowUpBound? {
        if case .summary(_, let look, _) = content { return look.waiting }
        return nil
    }

    /// The customer as the rules read it, with the summary's history; named `name` (the rules
    /// themselves never read the name).
    func candidate(name: String = "", _ currencies: inout CurrencyCache) throws -> QueueCandidate {
        switch content {
        case .exact(let exact):
            return exact
        case .summary(let seen, let look, let columns):
            var candidate = try columns.blob(10) { try look.candidate(code: code, seen: seen, history: $0, &currencies) }
            candidate.name = name
            return candidate
        }
    }

    var name: String {
        switch content {
        case .exact(let exact): return exact.name
        case .summary(_, _, let columns): return columns.text(9) ?? ""
        }
    }
}
