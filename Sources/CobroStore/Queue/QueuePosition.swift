import CobroDomain
import Foundation

/// What the call queue keeps for one customer so that building it reads neither the whole
/// ledger nor the whole contact log (table `queue_position`, rewritten in the same transaction
/// as every change to the customer's invoices, payments or contact log).
///
/// Open items: the undisputed invoices still open after the full allocation (SPEC §5 "Aging"),
/// as of each of the customer's latest `segmentCount` document dates (issue and payment dates).
/// Allocation as of day D only changes on those dates, so the segment starting on or before D
/// is exact for D; an earlier D (a far past `--at`) is not covered.
///
/// History: the contact-log entries, already corrected, that the rules can still read once every
/// entry is in the past (see `QueueCandidate`): calls of the last `callDays` days, the latest
/// contact, the latest one that follows things up, the latest callback request, and the
/// promises not settled for good; with the payments those promises are judged by. A promise is
/// settled for good when payments from the day after it was made (on any clock) to its date cover
/// it — kept whatever the grace — or when a follow-up came more than `maxGraceDays` days after its
/// date on any clock. Local days are read with a day's margin either way, so the summary does not
/// depend on the customer's zone nor on the desk's. It holds for instants after the latest entry,
/// local days on or after `historyFromDay`, and policies within `callDays` and `maxGraceDays`.
struct QueuePosition: Equatable {
    static let segmentCount = 4
    static let callDays = 62
    static let maxGraceDays = 60

    struct Item: Equatable {
        var currency: Currency
        var due: CivilDate
        var remaining: Int64
    }

    struct Segment: Equatable {
        /// The first local day it holds for; nil: every day up to the next segment.
        var from: CivilDate?
        /// By currency code, then allocation order.
        var items: [Item]
    }

    var segments: [Segment] = []
    var events: [ContactEvent] = []
    var payments: [DatedPayment] = []
    /// The latest contact-log entry's time, corrections included.
    var historyUntil: Date?
    /// The day the latest promise counted as settled by payments was covered.
    var historyFromDay: CivilDate?
    /// From when a callback, a promise due or a broken promise may put the customer in a
    /// follow-up tier (with a day's margin); nil: not before the next change.
    var followUpAt: Date?

    init(segments: [Segment], events: [ContactEvent], payments: [DatedPayment], historyUntil: Date?,
         historyFromDay: CivilDate?, followUpAt: Date?) {
        self.segments = segments
        self.events = events
        self.payments = payments
        self.historyUntil = historyUntil
        self.historyFromDay = historyFromDay
        self.followUpAt = followUpAt
    }

    init(_ source: QueueSource) {
        segments = Self.segments(source)
        guard let latest = source.events.map(\.at).max() else { return }
        historyUntil = latest
        selectHistory(source, latest: latest)
    }

    /// Whether the summary answers exactly for `instant`, on the customer's local day `day`.
    func covers(_ instant: Date, day: CivilDate) -> Bool {
        if let first = segments.first?.from, day < first { return false }
        if let until = historyUntil, instant < until { return false }
        if let from = historyFromDay, day < from { return false }
        return true
    }

    /// Undisputed overdue per currency as of `day` (covered), by currency code.
    static func overdue(_ segments: [Segment], asOf day: CivilDate) -> [OverdueAmount] {
        guard let segment = segments.last(where: { $0.from.map { $0 <= day } ?? true }) else { return [] }
        var overdue: [OverdueAmount] = []
        var start = segment.items.startIndex
        while start < segment.items.endIndex {
            let currency = segment.items[start].currency
            var end = start
            while end < segment.items.endIndex, segment.items[end].currency == currency { end += 1 }
            if let amount = OverdueFigure.of(segment.items[start..<end].map { ($0.due, $0.remaining) }, asOf: day, currency: currency) {
                overdue.append(amount)
            }
            start = end
        }
        return overdue
    }

    /// The first local day on which anything open in some segment is past due.
    var overdueFrom: CivilDate? {
        segments.flatMap(\.items).map(\.due).min()?.adding(days: 1)
    }

    private static func segments(_ source: QueueSource) -> [Segment] {
        let days = Set(source.documents.map(\.document.issueDate) + source.payments.map(\.payment.date)).sorted()
        let ledgers = source.ledgers()
        var segments: [Segment] = days.count <= segmentCount ? [Segment(from: nil, items: [])] : []
        for day in days.suffix(segmentCount) {
            var items: [Item] = []
            for (currency, ledger, disputed) in ledgers {
                for item in ledger.allocated(asOf: day).openItems where !disputed.contains(item.document.id) {
                    items.append(Item(currency: currency, due: item.document.dueDate, remaining: item.remaining))
                }
            }
            segments.append(Segment(from: day, items: items))
        }
        return segments
    }

    private mutating func selectHistory(_ source: QueueSource, latest: Date) {
        let contacts = ContactHistory(source.events).contacts.sorted { ($0.at, $0.id ?? 0) < ($1.at, $1.id ?? 0) }
        var keep = Set<Int>()
        if !contacts.isEmpty { keep.insert(contacts.count - 1) }
        let lastAnswer = contacts.lastIndex(where: \.answersFollowUp)
        let lastRequest = contacts.lastIndex { $0.callbackAt != nil }
        keep.formUnion([lastAnswer, lastRequest].compactMap { $0 })
        let callsFrom = latest.addingTimeInterval(-Double(Self.callDays) * 86_400)
        for index in contacts.indices where contacts[index].isCallAttempt && contacts[index].at >= callsFrom { keep.insert(index) }

        if let request = lastRequest, let callback = contacts[request].callbackAt,
           !(lastAnswer.map { contacts[$0].at > contacts[request].at } ?? false) {
            followUpAt = callback
        }
        var unsettled = Set<Int>()
        var paymentsFrom: CivilDate?
        for index in contacts.indices {
            guard let promise = contacts[index].promise else { continue }
            let madeAt = contacts[index].at
            if let coveredOn = Self.coveredByDate(promise, madeAt: madeAt, source.payments) {
                historyFromDay = max(historyFromDay ?? coveredOn, coveredOn)
                continue
            }
            if let answer = lastAnswer, contacts[answer].at > madeAt,
               Self.earliestDay(of: contacts[answer].at).days(since: promise.date) > Self.maxGraceDays {
                continue
            }
            unsettled.insert(index)
            keep.insert(index)
            let earliestMade = Self.earliestDay(of: madeAt)
            paymentsFrom = min(paymentsFrom ?? earliestMade, earliestMade)
            // Local midnight of the promise's date in the easternmost zone (UTC+14).
            let dueFrom = Date(timeIntervalSince1970: Double(promise.date.daysSinceEpoch * 86_400 - 14 * 3600))
            followUpAt = min(followUpAt ?? dueFrom, dueFrom)
        }
        events = keep.sorted().map { index in
            var event = contacts[index]
            // A settled promise kept here for another reason would be judged without its payments.
            if !unsettled.contains(index) { event.promise = nil }
            return event
        }
        if let paymentsFrom {
            payments = source.datedPayments.filter { $0.date >= paymentsFrom }.sorted {
                ($0.amount.currency.code, $0.date, $0.amount.minorUnits) < ($1.amount.currency.code, $1.date, $1.amount.minorUnits)
            }
        }
    }

    /// The day payments dated from the day after `madeAt` (UTC) to the promise's date cover it.
    private static func coveredByDate(_ promise: PromiseToPay, madeAt: Date, _ payments: [(currency: Currency, payment: AgingPayment)]) -> CivilDate? {
        let from = earliestDay(of: madeAt).adding(days: 2)
        var paid: Int64 = 0
        for payment in payments.filter({ $0.currency == promise.amount.currency && $0.payment.date >= from && $0.payment.date <= promise.date })
            .map(\.payment).sorted(by: { $0.date < $1.date }) {
            paid += payment.amount
            if paid >= promise.amount.minorUnits { return payment.date }
        }
        return nil
    }

    /// The earliest local day `instant` falls on in any zone (UTC−12 … UTC+14): the UTC day before.
    private static func earliestDay(of instant: Date) -> CivilDate {
        CivilDate(daysSinceEpoch: Int((instant.timeIntervalSince1970 / 86_400).rounded(.down))).adding(days: -1)
    }
}
