import CobroDomain
import Foundation
import GRDB

extension CobroDatabase {
    /// Claims for `user` the first account of the queue nobody else holds (for
    /// `policy.claimDuration`) and returns its entry, nil when none is left.
    ///
    /// The queue is read and the claim made in one IMMEDIATE transaction (see
    /// `claimFirstAvailable`): two clerks never get the same account.
    public func takeNextAccount(user: String, at instant: Date, deskTimeZone: TimeZone, policy: ContactPolicy,
                                conversionRates: [Currency: Double]) throws -> QueueEntry? {
        try writeImmediately { db in
            let held = try Self.accountsHeld(db, at: instant, byOthersThan: user)
            let entry: QueueEntry?
            if QueueScan.answers(policy) {
                var scan = try QueueScan(db, at: instant, deskTimeZone: deskTimeZone, policy: policy, heldByOthers: held.ids)
                var search = NextAccountSearch(deskTimeZone: deskTimeZone, rates: conversionRates)
                entry = try search.first(&scan)
            } else {
                let candidates = try Self.candidatesFromEveryRow(db, at: instant, deskTimeZone: deskTimeZone, policy: policy,
                                                                 heldByOthers: held.codes)
                entry = CallQueue.rank(candidates, at: instant, deskTimeZone: deskTimeZone, policy: policy,
                                       conversionRates: conversionRates, limit: 1).first
            }
            if let entry { try Self.claim(db, code: entry.code, user: user, at: instant, for: policy.claimDuration) }
            return entry
        }
    }
}

/// The first entry of the queue, judging as few customers as it can, found through the indexes
/// of `queue_position` rather than a pass over every summary.
///
/// Every customer has a bound on its place in the queue that the rules cannot beat: a due
/// callback's time (its place, if eligible), the earliest date of a promise or broken
/// installment that may be waiting (its place is that tier or a later one, that date or a later
/// one), or else the `priority` tier with a score no higher than `priorityBound`. The tiers are
/// searched in order, each customer judged in the order of its bound, and the search stops once
/// the best entry found comes before every bound left:
///
/// 1. the customers whose summary does not answer for the instant (`covered_from`), judged from
///    every row;
/// 2. due callbacks, by time (`callback_at`);
/// 3. promises that may be waiting (`promise_due_from`, `promise_answered_min`) and broken
///    agreements, by date;
/// 4. everyone else, by the bound on the score read from a narrow index (`priority_bound`).
struct NextAccountSearch {
    let deskTimeZone: TimeZone
    let rates: [Currency: Double]
    private var best: QueueEntry?
    /// Customers judged already (or from every row): the later steps pass them by.
    private var judged: Set<Int64> = []

    init(deskTimeZone: TimeZone, rates: [Currency: Double]) {
        self.deskTimeZone = deskTimeZone
        self.rates = rates
    }

    mutating func first(_ scan: inout QueueScan) throws -> QueueEntry? {
        let instant = scan.instant.timeIntervalSince1970
        try scan.forEach(where: "covered_from > ?", [instant]) { scan, row in
            guard let exact = row.exact else { return true }
            judged.insert(row.id)
            consider(CallQueue.assess(exact, at: scan.instant, deskTimeZone: deskTimeZone, policy: scan.policy, conversionRates: rates).entry)
            return true
        }
        try scan.forEach(where: "callback_at <= ?", [instant], order: "callback_at") { scan, row in
            guard !judged.contains(row.id), case .callback(let at)? = row.waiting else { return true }
            if comesFirst(QueuePlace(reason: .callback, primary: at.timeIntervalSinceReferenceDate, code: "")) { return false }
            try judge(row, &scan)
            return true
        }
        if comesFirst(QueuePlace(reason: .brokenPromise, primary: -.infinity, code: "")) { return best }
        try followUps(&scan)
        if comesFirst(QueuePlace(reason: .priority, primary: -.infinity, code: "")) { return best }
        try priority(&scan)
        return best
    }

    /// Step 3: promises that may be due or broken under the policy's grace, and broken agreements.
    private mutating func followUps(_ scan: inout QueueScan) throws {
        var bounds: [(place: QueuePlace, id: Int64)] = []
        let judged = self.judged
        func collect(_ scan: inout QueueScan, _ row: QueueScanRow) -> Bool {
            if !judged.contains(row.id), case .promise(let date)? = row.waiting {
                bounds.append((QueuePlace(reason: .brokenPromise, primary: Double(date.daysSinceEpoch), code: row.code), row.id))
            }
            return true
        }
        try scan.forEach(where: "promise_answered_min < ? AND promise_due_from <= ?",
                         [scan.policy.promiseGraceDays, scan.instant.timeIntervalSince1970], collect)
        let withAgreements = Array(scan.agreements.customerIDs)
        for start in stride(from: 0, to: withAgreements.count, by: 500) {
            let ids = withAgreements[start..<min(start + 500, withAgreements.count)]
            // A customer met by both queries is judged once, by its earliest bound.
            try scan.forEach(where: "customer_id IN (\(ids.map(String.init).joined(separator: ",")))", [], collect)
        }
        bounds.sort { $0.place < $1.place }
        for bound in bounds where !self.judged.contains(bound.id) {
            if comesFirst(bound.place) { return }
            try judge(id: bound.id, &scan)
        }
    }

    /// Step 4: the `priority` tier, by the bound on each customer's score, read from a narrow
    /// index. Customers whose summary does not hold for the instant were judged in step 1.
    private mutating func priority(_ scan: inout QueueScan) throws {
        var bounds: [(score: Double, id: Int64)] = []
        let callable = scan.callable
        let statement = try scan.db.cachedStatement(sql: """
            SELECT customer_id, time_zone, priority_bound FROM queue_position INDEXED BY queue_position_priority
            WHERE overdue_from <= ? AND \(callable.sql)
            """)
        let rows = try Row.fetchCursor(statement, arguments: [scan.latestDay.daysSinceEpoch] + callable.arguments)
        let columns = RawColumns(statement)
        while try rows.next() != nil {
            let id = columns.int(0) ?? 0
            let clock = scan.clock(columns.textBytes(1))
            guard clock.open, !scan.heldByOthers.contains(id), !judged.contains(id) else { continue }
            let score = try columns.blob(2) { try QueuePosition.priorityBound($0, day: clock.day, rates: rates, &scan.currencies) }
            if score > 0 { bounds.append((score, id)) }
        }
        bounds.sort { $0.score > $1.score }
        for bound in bounds {
            if comesFirst(QueuePlace(reason: .priority, primary: -bound.score, code: "")) { return }
            try judge(id: bound.id, &scan)
        }
    }

    /// Whether the best entry so far comes before `place`.
    private func comesFirst(_ place: QueuePlace) -> Bool {
        best.map { QueuePlace($0) < place } ?? false
    }

    private mutating func consider(_ entry: QueueEntry?) {
        guard let entry else { return }
        if best.map({ QueuePlace(entry) < QueuePlace($0) }) ?? true { best = entry }
    }

    private mutating func judge(id: Int64, _ scan: inout QueueScan) throws {
        try scan.forEach(where: "customer_id = ?", [id]) { scan, row in
            try judge(row, &scan)
            return false
        }
        judged.insert(id)
    }

    private mutating func judge(_ row: QueueScanRow, _ scan: inout QueueScan) throws {
        judged.insert(row.id)
        let candidate = try row.candidate(name: row.name, &scan.currencies)
        consider(CallQueue.assess(candidate, at: scan.instant, deskTimeZone: deskTimeZone, policy: scan.policy,
                                  conversionRates: rates).entry)
    }
}

/// A place in the queue's order (`QueueEntry.precedes`): tier; callback time, promise date or
/// minus the score; code, byte-wise.
struct QueuePlace: Comparable {
    let reason: QueueReason
    let primary: Double
    let code: String

    init(reason: QueueReason, primary: Double, code: String) {
        self.reason = reason
        self.primary = primary
        self.code = code
    }

    init(_ entry: QueueEntry) {
        let primary: Double
        switch entry.reason {
        case .callback: primary = entry.callbackAt?.timeIntervalSinceReferenceDate ?? 0
        case .brokenPromise, .promiseDue: primary = Double(entry.promiseDate?.daysSinceEpoch ?? 0)
        case .priority: primary = -entry.score
        }
        self.init(reason: entry.reason, primary: primary, code: entry.code)
    }

    static func < (lhs: QueuePlace, rhs: QueuePlace) -> Bool {
        if lhs.reason != rhs.reason { return lhs.reason < rhs.reason }
        if lhs.primary != rhs.primary { return lhs.primary < rhs.primary }
        return lhs.code.utf8.lexicographicallyPrecedes(rhs.code.utf8)
    }
}
