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
                var search = NextAccountSearch(
                    scan: try QueueScan(db, at: instant, deskTimeZone: deskTimeZone, policy: policy, heldByOthers: held),
                    deskTimeZone: deskTimeZone, rates: conversionRates)
                entry = try search.first()
            } else {
                let candidates = try Self.candidatesFromEveryRow(db, at: instant, deskTimeZone: deskTimeZone, policy: policy, heldByOthers: held)
                entry = CallQueue.rank(candidates, at: instant, deskTimeZone: deskTimeZone, policy: policy,
                                       conversionRates: conversionRates, limit: 1).first
            }
            if let entry { try Self.claim(db, code: entry.code, user: user, at: instant, for: policy.claimDuration) }
            return entry
        }
    }
}

/// The first entry of the queue, judging as few customers as it can.
///
/// Every customer the scan finds gets a bound on its place in the queue that the rules cannot
/// beat: a due callback's time (which is its place, if eligible), the earliest date of a promise
/// that may be waiting (its place is that tier or a later one, that date or a later one), or its
/// `priority` score from the summary's overdue amounts (which is its place, if eligible).
/// Customers are judged in the order of their bounds; once the best entry found comes before the
/// next bound, nobody left can come before it. Customers the summary cannot answer for are judged
/// first, in full.
struct NextAccountSearch {
    var scan: QueueScan
    let deskTimeZone: TimeZone
    let rates: [Currency: Double]

    private struct Pending {
        let bound: QueuePlace
        let id: Int64
        let code: String
        let zoneName: String?
        let status: CustomerStatus
        let overdue: [OverdueAmount]
        let brokenAgreement: BrokenAgreement?
        let historySince: Date?
        /// The name and history read by the scan (customers in a follow-up tier are judged
        /// soon); nil: read again by id when judged.
        let kept: (name: String, history: [UInt8])?
    }

    mutating func first() throws -> QueueEntry? {
        var best: QueueEntry?
        var pending: [Pending] = []
        var exact: [QueueCandidate] = []
        let rates = self.rates
        try scan.forEach { scan, row in
            if let candidate = row.exact {
                exact.append(candidate)
                return
            }
            let bound: QueuePlace
            var kept: (name: String, history: [UInt8])?
            switch row.waiting {
            case .callback(let at)?:
                bound = QueuePlace(reason: .callback, primary: at.timeIntervalSinceReferenceDate, code: row.code)
                kept = (row.name, row.historyBytes)
            case .promise(let date)?:
                bound = QueuePlace(reason: .brokenPromise, primary: Double(date.daysSinceEpoch), code: row.code)
                kept = (row.name, row.historyBytes)
            case nil:
                bound = QueuePlace(reason: .priority, primary: -PriorityScore.of(row.overdue, rates: rates), code: row.code)
            }
            pending.append(Pending(bound: bound, id: row.id, code: row.code, zoneName: row.zoneName, status: row.status,
                                   overdue: row.overdue, brokenAgreement: row.brokenAgreement, historySince: row.historySince,
                                   kept: kept))
        }
        best = CallQueue.rank(exact, at: scan.instant, deskTimeZone: deskTimeZone, policy: scan.policy, conversionRates: rates,
                              limit: 1).first
        // Sorting the small bounds, not the customers: they are many and large.
        let order = pending.indices.sorted { pending[$0].bound < pending[$1].bound }
        for index in order {
            if let best, QueuePlace(best) < pending[index].bound { return best }
            guard let entry = try judge(pending[index]) else { continue }
            if best.map({ QueuePlace(entry) < QueuePlace($0) }) ?? true { best = entry }
        }
        return best
    }

    /// The customer's queue entry, or nil when the rules leave it out now.
    private mutating func judge(_ customer: Pending) throws -> QueueEntry? {
        let candidate: QueueCandidate
        if let kept = customer.kept {
            candidate = try kept.history.withUnsafeBytes { bytes in
                try QueueScanRow.candidate(code: customer.code, name: kept.name, zoneName: customer.zoneName, status: customer.status,
                                           overdue: customer.overdue, brokenAgreement: customer.brokenAgreement, history: bytes,
                                           since: nil, &scan.currencies)
            }
        } else {
            let statement = try scan.db.cachedStatement(sql: """
                SELECT c.name, q.history FROM queue_position q JOIN customer c ON c.id = q.customer_id WHERE q.customer_id = ?
                """)
            let row = try Row.fetchCursor(statement, arguments: [customer.id])
            let read = try withExtendedLifetime(row) { () throws -> QueueCandidate? in
                guard try row.next() != nil else { return nil }
                let columns = RawColumns(statement)
                return try columns.blob(1) { bytes in
                    try QueueScanRow.candidate(code: customer.code, name: columns.text(0) ?? "", zoneName: customer.zoneName,
                                               status: customer.status, overdue: customer.overdue,
                                               brokenAgreement: customer.brokenAgreement, history: bytes,
                                               since: customer.historySince, &scan.currencies)
                }
            }
            guard let read else { return nil }
            candidate = read
        }
        return CallQueue.assess(candidate, at: scan.instant, deskTimeZone: deskTimeZone, policy: scan.policy, conversionRates: rates).entry
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
