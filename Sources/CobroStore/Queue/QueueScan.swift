import CobroDomain
import Foundation
import GRDB

/// The queue summaries of the customers who may be in the queue at an instant: those with
/// something undisputed open that is past due by then, not `do_not_call`, in a status the desk
/// works, inside their calling hours, and not held by another clerk. These checks are the
/// rules' own (`CallQueue` makes them again); made here, they spare reading the rest. Read in
/// one pass (`forEach`) or a few at a time (`forEach(where:)`).
struct QueueScan {
    let db: Database
    let instant: Date
    let policy: ContactPolicy
    let heldByOthers: Set<Int64>
    let deskTimeZone: TimeZone
    let agreements: QueueAgreements
    private var clocks = TextKeyedValues<(zoneName: String?, day: CivilDate, open: Bool)>()
    private var statuses = TextKeyedValues<CustomerStatus?>()
    var currencies = CurrencyCache()

    init(_ db: Database, at instant: Date, deskTimeZone: TimeZone, policy: ContactPolicy, heldByOthers: Set<Int64>) throws {
        self.db = db
        self.instant = instant
        self.policy = policy
        self.heldByOthers = heldByOthers
        self.deskTimeZone = deskTimeZone
        agreements = try QueueAgreements(db)
    }

    /// Whether the summaries answer for `policy`: its windows must fit in what they keep.
    static func answers(_ policy: ContactPolicy) -> Bool {
        max(policy.attemptWindowDays, policy.rightPartyHoldDays) + 2 <= QueuePosition.callDays
            && (0...QueuePosition.maxGraceDays).contains(policy.promiseGraceDays)
    }

    static let columns = """
        customer_id, code, time_zone, status, open_from, open_items, history_until, history_from_day, follow_ups, name, history
        """

    /// Calls from this instant on can count toward the contact limits (`ContactLimits`).
    var limitsHorizon: Date {
        instant.addingTimeInterval(-Double(max(policy.attemptWindowDays, policy.rightPartyHoldDays) + 2) * 86_400)
    }

    /// The SQL that keeps the summaries that may be in the queue (something overdue on some
    /// clock, or days the summary does not hold for; callable; worked), with its arguments.
    var possible: (sql: String, arguments: StatementArguments) {
        let callable = self.callable
        return ("(overdue_from <= ? OR open_from > ?) AND " + callable.sql,
                [latestDay.daysSinceEpoch, latestDay.adding(days: -2).daysSinceEpoch] + callable.arguments)
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
        let possible = self.possible
        let statement = try db.cachedStatement(sql: """
            SELECT \(Self.columns) FROM queue_position WHERE (\(condition)) AND \(possible.sql)\(order.map { " ORDER BY " + $0 } ?? "")
            """)
        let rows = try Row.fetchCursor(statement, arguments: arguments + possible.arguments)
        let columns = RawColumns(statement)
        while try rows.next() != nil {
            if let row = try meet(columns), try !body(&self, row) { return }
        }
    }

    /// The customer of the current row, or nil when the checks leave it out.
    private mutating func meet(_ columns: RawColumns) throws -> QueueScanRow? {
        let id = columns.int(0) ?? 0
        let clock = self.clock(columns.textBytes(2))
        guard clock.open, !heldByOthers.contains(id), let code = columns.text(1) else { return nil }
        let zoneName = clock.zoneName
        let agreement = agreements.standing(of: id, today: clock.day, graceDays: policy.agreementGraceDays)
        // Paying as agreed: the rules leave the account out.
        if agreement.upToDate { return nil }
        guard let status = statuses.value(for: columns.textBytes(3), make: { $0.flatMap(CustomerStatus.init(rawValue:)) })
        else { throw CorruptValue(what: "status", value: columns.text(3) ?? "") }
        if covers(columns, day: clock.day) {
            let overdue = try columns.blob(5) { try QueuePosition.overdue(openItems: $0, asOf: clock.day, &currencies) }
            guard !overdue.isEmpty else { return nil }
            let followUps = try columns.blob(8) { try QueuePosition.followUps(from: $0) }
            var waiting = followUps.waiting(at: instant, day: clock.day, graceDays: policy.promiseGraceDays)
            if let broken = agreement.broken { waiting = waiting.earlier(than: broken.installmentDue) }
            return QueueScanRow(id: id, code: code, zoneName: zoneName, status: status, overdue: overdue,
                                brokenAgreement: agreement.broken, exact: nil, waiting: waiting,
                                historySince: waiting == nil ? limitsHorizon : nil, columns: columns)
        }
        var exact = try QueueSource.load(db, customerID: id).candidate(
            code: code, name: columns.text(9) ?? "", zoneName: zoneName, doNotCall: false, status: status, at: instant,
            localDay: clock.day)
        guard !exact.overdue.isEmpty else { return nil }
        exact.brokenAgreement = agreement.broken
        return QueueScanRow(id: id, code: code, zoneName: zoneName, status: status, overdue: exact.overdue,
                            brokenAgreement: agreement.broken, exact: exact, waiting: nil, historySince: nil, columns: columns)
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

/// A customer met by `QueueScan`.
struct QueueScanRow {
    let id: Int64
    let code: String
    let zoneName: String?
    let status: CustomerStatus
    /// Undisputed overdue per currency (> 0 somewhere), by currency code.
    let overdue: [OverdueAmount]
    /// An active agreement that broke (none of the customer's is up to date: those are not met).
    let brokenAgreement: BrokenAgreement?
    /// The candidate computed from every row, when the summary does not answer for the instant.
    let exact: QueueCandidate?
    /// From the summary: what may put the customer in a follow-up tier now.
    let waiting: QueueFollowUpBound?
    /// Nil: the rules read the summary's whole history. Else nothing waits, and they read only
    /// the calls from this instant on (the contact limits' reach) and the latest contact's time.
    let historySince: Date?
    fileprivate let columns: RawColumns

    /// The customer as the rules read it, with the summary's history; named `name` (the rules
    /// themselves never read the name).
    func candidate(name: String = "", _ currencies: inout CurrencyCache) throws -> QueueCandidate {
        if let exact { return exact }
        return try columns.blob(10) { bytes in
            let history = try QueuePosition.history(from: bytes, since: historySince, &currencies)
            return QueueCandidate(code: code, name: name, timeZoneIdentifier: zoneName, status: status, overdue: overdue,
                                  history: history.events, payments: history.payments, brokenAgreement: brokenAgreement)
        }
    }

    var name: String { exact?.name ?? columns.text(9) ?? "" }

    /// The customer with the summary's history still encoded: what another thread decodes and
    /// judges (`QueueJudging`) once the scan has moved on.
    var unread: UnreadCandidate {
        UnreadCandidate(row: self, history: exact == nil ? columns.blob(10) { Array($0) } : [])
    }
}

/// A `QueueScanRow` that no longer needs the statement: its history bytes copied.
struct UnreadCandidate: Sendable {
    private let code: String
    let name: String
    private let zoneName: String?
    private let status: CustomerStatus
    private let overdue: [OverdueAmount]
    private let brokenAgreement: BrokenAgreement?
    private let exact: QueueCandidate?
    private let historySince: Date?
    private let history: [UInt8]

    fileprivate init(row: QueueScanRow, history: [UInt8]) {
        (code, name, zoneName, status, overdue) = (row.code, row.name, row.zoneName, row.status, row.overdue)
        (brokenAgreement, exact, historySince, self.history) = (row.brokenAgreement, row.exact, row.historySince, history)
    }

    /// As `QueueScanRow.candidate`.
    func candidate(_ currencies: inout CurrencyCache) throws -> QueueCandidate {
        if let exact { return exact }
        let decoded = try history.withUnsafeBytes { try QueuePosition.history(from: $0, since: historySince, &currencies) }
        return QueueCandidate(code: code, name: "", timeZoneIdentifier: zoneName, status: status, overdue: overdue,
                              history: decoded.events, payments: decoded.payments, brokenAgreement: brokenAgreement)
    }
}
