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
    let deskTimeZone: TimeZone
    private var clocks = TextKeyedValues<(zoneName: String?, day: CivilDate, open: Bool)>()
    private var statuses = TextKeyedValues<CustomerStatus?>()
    private let agreements: QueueAgreements
    var currencies = CurrencyCache()

    init(_ db: Database, at instant: Date, deskTimeZone: TimeZone, policy: ContactPolicy, heldByOthers: Set<String>) throws {
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
        q.customer_id, c.code, c.time_zone, c.status, q.open_from, q.open_items, q.history_until, q.history_from_day,
        q.follow_ups, c.name, q.history, q.zone IS NULL OR q.zone = c.time_zone
        """

    /// Calls from this instant on can count toward the contact limits (`ContactLimits`).
    var limitsHorizon: Date {
        instant.addingTimeInterval(-Double(max(policy.attemptWindowDays, policy.rightPartyHoldDays) + 2) * 86_400)
    }

    /// Calls `body` for every customer who may be in the queue; the row is valid during the call only.
    mutating func forEach(_ body: (inout QueueScan, QueueScanRow) throws -> Void) throws {
        let utcDay = CivilDate(containing: instant, in: TimeZone(identifier: "UTC")!)
        let worked = CustomerStatus.allCases.filter(\.isWorkedByDesk).map(\.rawValue)
        var arguments: StatementArguments = [utcDay.adding(days: 1).daysSinceEpoch, utcDay.adding(days: -1).daysSinceEpoch]
        arguments += StatementArguments(worked)
        let statement = try db.makeStatement(sql: """
            SELECT \(Self.columns) FROM queue_position q JOIN customer c INDEXED BY customer_queue ON c.id = q.customer_id
            WHERE (q.overdue_from <= ? OR q.open_from > ?) AND c.do_not_call = 0
              AND c.status IN (\(worked.map { _ in "?" }.joined(separator: ", ")))
            """)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        let columns = RawColumns(statement)
        while try rows.next() != nil {
            let clock = clocks.value(for: columns.textBytes(2)) { [instant, policy, deskTimeZone] zoneName in
                Self.clock(zoneName, at: instant, policy: policy, deskTimeZone: deskTimeZone)
            }
            guard clock.open, let code = columns.text(1), !heldByOthers.contains(code) else { continue }
            let zoneName = clock.zoneName
            let id = columns.int(0) ?? 0
            let agreement = agreements.standing(of: id, today: clock.day, graceDays: policy.agreementGraceDays)
            // Paying as agreed: the rules leave the account out.
            if agreement.upToDate { continue }
            guard let status = statuses.value(for: columns.textBytes(3), make: { $0.flatMap(CustomerStatus.init(rawValue:)) })
            else { throw CorruptValue(what: "status", value: columns.text(3) ?? "") }
            let scanned: QueueScanRow
            if covers(columns, day: clock.day) {
                let overdue = try columns.blob(5) { try QueuePosition.overdue(openItems: $0, asOf: clock.day, &currencies) }
                guard !overdue.isEmpty else { continue }
                let followUps = try columns.blob(8) { try QueuePosition.followUps(from: $0) }
                var waiting = followUps.waiting(at: instant, day: clock.day, graceDays: policy.promiseGraceDays)
                if let broken = agreement.broken { waiting = waiting.earlier(than: broken.installmentDue) }
                scanned = QueueScanRow(id: id, code: code, zoneName: zoneName, status: status, overdue: overdue,
                                       brokenAgreement: agreement.broken, exact: nil, waiting: waiting,
                                       historySince: waiting == nil ? limitsHorizon : nil, columns: columns)
            } else {
                var exact = try QueueSource.load(db, customerID: id).candidate(
                    code: code, name: columns.text(9) ?? "", zoneName: zoneName, doNotCall: false, status: status, at: instant,
                    localDay: clock.day)
                guard !exact.overdue.isEmpty else { continue }
                exact.brokenAgreement = agreement.broken
                scanned = QueueScanRow(id: id, code: code, zoneName: zoneName, status: status, overdue: exact.overdue,
                                       brokenAgreement: agreement.broken, exact: exact, waiting: nil, historySince: nil, columns: columns)
            }
            try body(&self, scanned)
        }
    }

    /// The summary answers for the instant: see `QueuePosition.covers`, read from the columns.
    private func covers(_ columns: RawColumns, day: CivilDate) -> Bool {
        // Local days read in another zone than the customer's now.
        if columns.int(11) == 0 { return false }
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
            try QueueScanRow.candidate(code: code, name: name, zoneName: zoneName, status: status, overdue: overdue,
                                       brokenAgreement: brokenAgreement, history: bytes, since: historySince, &currencies)
        }
    }

    /// The history column's bytes, for judging the customer after the scan.
    var historyBytes: [UInt8] { columns.blob(10) { Array($0) } }

    var name: String { exact?.name ?? columns.text(9) ?? "" }

    /// A candidate with the summary's history `bytes` (see `historySince`).
    static func candidate(code: String, name: String, zoneName: String?, status: CustomerStatus, overdue: [OverdueAmount],
                          brokenAgreement: BrokenAgreement?, history bytes: UnsafeRawBufferPointer, since: Date?,
                          _ currencies: inout CurrencyCache) throws -> QueueCandidate {
        let history = try QueuePosition.history(from: bytes, since: since, &currencies)
        return QueueCandidate(code: code, name: name, timeZoneIdentifier: zoneName, status: status, overdue: overdue,
                              history: history.events, payments: history.payments, brokenAgreement: brokenAgreement)
    }
}
