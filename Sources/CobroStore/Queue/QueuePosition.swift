import CobroDomain
import Foundation

/// What the call queue keeps for one customer so that building it reads neither the whole
/// ledger nor the whole contact log (table `queue_position`, rewritten in the same transaction
/// as every change to the customer's invoices, payments or contact log).
///
/// Open items: the undisputed invoices still open after the full allocation (SPEC §5 "Aging"),
/// as of each of the customer's document dates (issue and payment dates) from the one in force
/// `segmentDays` before the latest: allocation as of day D only changes on those dates, so the
/// segment starting on or before D is exact for D. Earlier days are not covered (a past `--at`);
/// a week covers documents dated a few days ahead, as accounting systems issue them.
///
/// History: the contact-log entries, already corrected, that the rules can still read once every
/// entry is in the past (see `QueueCandidate`): calls of the last `callDays` days, the latest
/// contact, the latest one that follows things up, the latest callback request, and the
/// promises not settled for good, with the payments those promises are judged by. A promise is
/// settled for good when payments from the day it was made to its date cover it (kept whatever
/// the grace), or when a follow-up came more than `maxGraceDays` days after its date.
///
/// Follow-ups: for the promises not settled for good, what decides under a given grace whether
/// one can be due or broken (`QueueFollowUps`), and the callback asked for and not yet answered;
/// `queue next` judges in full only the customers these point at.
///
/// Local days are the customer's when its zone is known (`zone`; a change of zone makes the
/// summary stale), else read with a day's margin either way, which holds on any desk's clock.
/// The summary holds for instants after the latest entry, local days on or after
/// `historyFromDay`, and policies within `callDays` and `maxGraceDays`.
struct QueuePosition {
    static let segmentDays = 7
    static let callDays = 62
    static let maxGraceDays = 60

    struct Item {
        var currency: Currency
        var due: CivilDate
        var remaining: Int64
    }

    struct Segment {
        /// The first local day it holds for; nil: every day up to the next segment.
        var from: CivilDate?
        /// By currency code, then allocation order.
        var items: [Item]
    }

    /// The customer's own columns the queue reads, copied so that it never joins `customer`.
    var customer: QueueCustomer
    /// The zone identifier local days were read in; nil: with a day's margin.
    var zone: String?
    var segments: [Segment] = []
    /// Oldest first.
    var events: [ContactEvent] = []
    var payments: [DatedPayment] = []
    /// The latest contact-log entry's time, corrections included.
    var historyUntil: Date?
    /// The day the latest promise counted as settled by payments was covered.
    var historyFromDay: CivilDate?
    var followUps = QueueFollowUps()

    init(_ source: QueueSource, customer: QueueCustomer) {
        self.customer = customer
        let zone = customer.zoneName.flatMap(TimeZone.init(identifier:))
        self.zone = zone.map { _ in customer.zoneName! }
        segments = Self.segments(source)
        guard let latest = source.events.map(\.at).max() else { return }
        historyUntil = latest
        selectHistory(source, latest: latest, days: LocalDayRange(zone: zone))
    }

    /// The first local day on which anything open in some segment is past due.
    var overdueFrom: CivilDate? {
        segments.flatMap(\.items).map(\.due).min()?.adding(days: 1)
    }

    private static func segments(_ source: QueueSource) -> [Segment] {
        let days = Set(source.documents.map(\.document.issueDate) + source.payments.map(\.payment.date)).sorted()
        guard let latest = days.last else { return [Segment(from: nil, items: [])] }
        let ledgers = source.ledgers()
        var segments: [Segment] = []
        // From the date in force a week before the latest one.
        let first = days.lastIndex { $0 <= latest.adding(days: -segmentDays) } ?? 0
        for day in days[first...] {
            var items: [Item] = []
            for (currency, ledger, disputed) in ledgers {
                for item in ledger.allocated(asOf: day).openItems where !disputed.contains(item.document.id) {
                    items.append(Item(currency: currency, due: item.document.dueDate, remaining: item.remaining))
                }
            }
            // A date that changed nothing undisputed (a disputed invoice, a credit that found none open).
            if let last = segments.last, last.items.elementsEqual(items, by: { ($0.currency, $0.due, $0.remaining) == ($1.currency, $1.due, $1.remaining) }) {
                continue
            }
            segments.append(Segment(from: day, items: items))
        }
        return segments
    }

    private mutating func selectHistory(_ source: QueueSource, latest: Date, days: LocalDayRange) {
        let contacts = ContactHistory(source.events).contacts.sorted { ($0.at, $0.id ?? 0) < ($1.at, $1.id ?? 0) }
        var keep = Set<Int>()
        if !contacts.isEmpty { keep.insert(contacts.count - 1) }
        let lastAnswer = contacts.lastIndex(where: \.answersFollowUp)
        let lastRequest = contacts.lastIndex { $0.callbackAt != nil }
        keep.formUnion([lastAnswer, lastRequest].compactMap { $0 })
        let callsFrom = latest.addingTimeInterval(-Double(Self.callDays) * 86_400)
        for index in contacts.indices where contacts[index].isCallAttempt && contacts[index].at >= callsFrom {
            keep.insert(index)
        }

        if let request = lastRequest, let callback = contacts[request].callbackAt,
           !(lastAnswer.map { contacts[$0].at > contacts[request].at } ?? false) {
            followUps.callbackAt = callback
        }
        var unsettled = Set<Int>()
        var paymentsFrom: CivilDate?
        for index in contacts.indices {
            guard let promise = contacts[index].promise else { continue }
            let madeAt = contacts[index].at
            let coveredOn = Self.coveredOn(promise, from: days.latest(madeAt), source.payments)
            if let coveredOn, coveredOn <= promise.date {
                historyFromDay = max(historyFromDay ?? coveredOn, coveredOn)
                continue
            }
            // The largest grace under which the latest follow-up came after the promise broke.
            let answeredGrace = lastAnswer.flatMap { answer in
                contacts[answer].at > madeAt ? days.earliest(contacts[answer].at).days(since: promise.date) - 1 : nil
            }
            if let answeredGrace, answeredGrace >= Self.maxGraceDays { continue }
            unsettled.insert(index)
            keep.insert(index)
            let earliestMade = days.earliest(madeAt)
            paymentsFrom = min(paymentsFrom ?? earliestMade, earliestMade)
            followUps.promises.append(QueueFollowUps.Promise(
                dueFrom: days.start(of: promise.date), date: promise.date, coveredOn: coveredOn, answeredGrace: answeredGrace))
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

    /// The day payments in the promise's currency dated from `from` on reach its amount.
    private static func coveredOn(_ promise: PromiseToPay, from: CivilDate, _ payments: [(currency: Currency, payment: AgingPayment)]) -> CivilDate? {
        var paid: Int64 = 0
        for payment in payments.filter({ $0.currency == promise.amount.currency && $0.payment.date >= from })
            .map(\.payment).sorted(by: { $0.date < $1.date }) {
            paid += payment.amount
            if paid >= promise.amount.minorUnits { return payment.date }
        }
        return nil
    }
}

/// Local days of instants in the customer's zone, or — when it has none Foundation knows, so the
/// desk's applies — the range they fall in on any clock (UTC−12 … UTC+14).
struct LocalDayRange {
    let zone: TimeZone?

    func earliest(_ instant: Date) -> CivilDate { zone.map { CivilDate(containing: instant, in: $0) } ?? utcDay(instant).adding(days: -1) }
    func latest(_ instant: Date) -> CivilDate { zone.map { CivilDate(containing: instant, in: $0) } ?? utcDay(instant).adding(days: 1) }

    /// An instant no later than the first of `day` (on any clock, without a zone).
    func start(of day: CivilDate) -> Date {
        let midnightUTC = Date(timeIntervalSince1970: Double(day.daysSinceEpoch * 86_400))
        guard let zone else { return midnightUTC.addingTimeInterval(-14 * 3600) }
        // The offset at noon, and two hours to spare for a clock change during the night.
        return midnightUTC.addingTimeInterval(-Double(zone.secondsFromGMT(for: midnightUTC.addingTimeInterval(12 * 3600)) + 2 * 3600))
    }

    private func utcDay(_ instant: Date) -> CivilDate {
        CivilDate(daysSinceEpoch: Int((instant.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}

/// What can put a customer in a follow-up tier, as the summary keeps it: the callback asked for
/// and not answered since, and the promises not settled for good.
struct QueueFollowUps {
    struct Promise {
        /// The first instant of its date on the customer's clock (the earliest on any).
        var dueFrom: Date
        var date: CivilDate
        /// When payments from the day it was made reached its amount.
        var coveredOn: CivilDate?
        /// The largest grace under which the latest follow-up came after it broke.
        var answeredGrace: Int?
    }

    var callbackAt: Date?
    var promises: [Promise] = []

    var isEmpty: Bool { callbackAt == nil && promises.isEmpty }

    /// What may wait at `instant` on local day `day` under `graceDays`: the callback now due, or
    /// else the earliest date of a promise that may be due or broken and not followed up; nil
    /// when surely nothing does. Its tier and time or date come no later than the customer's
    /// place in the queue (a due callback decides it; a promise's tier comes no earlier than
    /// `broken_promise` and its date no earlier than this one).
    func waiting(at instant: Date, day: CivilDate, graceDays: Int) -> QueueFollowUpBound? {
        if let callbackAt, callbackAt <= instant { return .callback(callbackAt) }
        let dates = promises.lazy.filter { promise in
            guard instant >= promise.dueFrom else { return false }
            if let covered = promise.coveredOn, covered <= day, covered <= promise.date.adding(days: graceDays) { return false }
            return !(promise.answeredGrace.map { $0 >= graceDays } ?? false)
        }.map(\.date)
        return dates.min().map { .promise($0) }
    }
}

enum QueueFollowUpBound {
    case callback(Date)
    case promise(CivilDate)
}

extension QueueFollowUpBound? {
    /// This bound, or a broken installment due on `date` when that comes first: a due callback
    /// still decides, and a broken agreement waits in the `broken_promise` tier by that date.
    func earlier(than date: CivilDate) -> QueueFollowUpBound {
        switch self {
        case .callback(let at)?: return .callback(at)
        case .promise(let promised)?: return .promise(min(promised, date))
        case nil: return .promise(date)
        }
    }
}
