import CobroDomain
import Foundation
import GRDB

extension CobroDatabase {
    /// Every customer who owes something undisputed and overdue, as the call queue needs them at
    /// `instant`: overdue per currency as of the local date in the customer's own zone, the
    /// contact history with its promises and callbacks, and the payments that keep promises.
    /// Agreements join the queue's rules when they exist (none is stored yet).
    public func queueCandidates(at instant: Date, deskTimeZone: TimeZone) throws -> [QueueCandidate] {
        try read { db in try QueueQuery(db: db, instant: instant, deskTimeZone: deskTimeZone).run() }
    }
}

private struct QueueQuery {
    let db: Database
    let instant: Date
    let deskTimeZone: TimeZone

    func run() throws -> [QueueCandidate] {
        // Local dates differ by at most a day either way from UTC's: read up to the latest.
        let latestLocalDay = CivilDate(containing: instant, in: TimeZone(identifier: "UTC")!).adding(days: 1).iso
        var currencies: [String: Currency] = [:]
        var documents = try PeekableRows(Row.fetchCursor(db, sql: """
            SELECT customer_id, currency, id, number, issue_date, due_date, amount, disputed
            FROM invoice INDEXED BY invoice_aging WHERE issue_date <= ?
            ORDER BY customer_id, currency, due_date, issue_date, number
            """, arguments: [latestLocalDay])) { row in
            (row[0], (currency: row[1] as String, disputed: row[7] as Bool,
                      document: AgingDocument(id: row[2], number: row[3], issueDate: try storedDate(row[4]),
                                              dueDate: try storedDate(row[5]), amount: row[6])))
        }
        var payments = try PeekableRows(Row.fetchCursor(db, sql: """
            SELECT customer_id, currency, date, amount, invoice_id
            FROM payment INDEXED BY payment_aging WHERE date <= ? ORDER BY customer_id, currency
            """, arguments: [latestLocalDay])) { row in
            (row[0], (currency: row[1] as String, payment: AgingPayment(date: try storedDate(row[2]), amount: row[3], invoiceID: row[4])))
        }
        var contacts = try PeekableRows(Row.fetchCursor(db, sql: """
            SELECT l.customer_id, l.id, l.at, l.channel, l.direction, l.outcome, l.corrects_id, l.callback_at,
                   p.amount, p.currency, p.promised_date
            FROM contact_log l INDEXED BY contact_log_by_customer LEFT JOIN promise p ON p.contact_log_id = l.id
            WHERE l.at <= ? ORDER BY l.customer_id, l.at
            """, arguments: [Timestamp.iso(instant)])) { row in (row[0], try Self.contactEvent(row, &currencies)) }
        let customers = try Row.fetchCursor(db, sql: "SELECT id, code, name, time_zone, do_not_call, status FROM customer ORDER BY id")
        var zones: [String: TimeZone] = [:]
        var candidates: [QueueCandidate] = []

        while let customer = try customers.next() {
            let id: Int64 = customer[0]
            let zoneName: String? = customer[3]
            let zone = zoneName.flatMap { name in zones[name] ?? TimeZone(identifier: name).map { zones[name] = $0; return $0 } } ?? deskTimeZone
            let localDay = CivilDate(containing: instant, in: zone)

            var ledgers: [(currency: Currency, ledger: AgingLedger)] = []
            var disputed: Set<Int64> = []
            while let row = try documents.next(of: id) {
                let currency = try Self.currency(row.currency, &currencies)
                if ledgers.last?.currency != currency { ledgers.append((currency, AgingLedger())) }
                ledgers[ledgers.count - 1].ledger.documents.append(row.document)
                if row.disputed { disputed.insert(row.document.id) }
            }
            var datedPayments: [DatedPayment] = []
            while let row = try payments.next(of: id) {
                let currency = try Self.currency(row.currency, &currencies)
                let payment = row.payment
                if let index = ledgers.firstIndex(where: { $0.currency == currency }) {
                    ledgers[index].ledger.payments.append(payment)
                } else {
                    ledgers.append((currency, AgingLedger(payments: [payment])))
                }
                datedPayments.append(DatedPayment(date: payment.date, amount: Money(minorUnits: payment.amount, currency: currency)))
            }
            var history: [ContactEvent] = []
            while let event = try contacts.next(of: id) { history.append(event) }

            let overdue = ledgers.compactMap { currency, ledger in
                Self.undisputedOverdue(ledger.allocated(asOf: localDay).openItems, disputed: disputed, asOf: localDay, currency: currency)
            }
            guard !overdue.isEmpty else { continue }
            candidates.append(QueueCandidate(
                code: customer[1], name: customer[2], timeZoneIdentifier: zoneName, doNotCall: customer[4],
                status: CustomerStatus(rawValue: customer[5]) ?? .active, overdue: overdue, history: history,
                payments: datedPayments))
        }
        return candidates
    }

    /// What is past due on invoices the customer does not dispute, and the age of the oldest.
    private static func undisputedOverdue(_ items: [AgingLedger.OpenItem], disputed: Set<Int64>, asOf: CivilDate,
                                          currency: Currency) -> OverdueAmount? {
        var amount: Int64 = 0
        var oldest = 0
        for item in items where !disputed.contains(item.document.id) {
            let days = asOf.days(since: item.document.dueDate)
            guard days > 0 else { continue }
            amount += item.remaining
            oldest = max(oldest, days)
        }
        return amount > 0 ? OverdueAmount(amount: Money(minorUnits: amount, currency: currency), oldestDays: oldest) : nil
    }

    private static func contactEvent(_ row: Row, _ currencies: inout [String: Currency]) throws -> ContactEvent {
        var promise: PromiseToPay?
        if let units = row[8] as Int64?, let code = row[9] as String?, let date = row[10] as String? {
            promise = PromiseToPay(amount: Money(minorUnits: units, currency: try Self.currency(code, &currencies)), date: try storedDate(date))
        }
        return ContactEvent(
            id: row[1], at: try storedInstant(row[2]), channel: ContactChannel(rawValue: row[3]) ?? .call,
            direction: ContactDirection(rawValue: row[4]) ?? .outbound, outcome: ContactOutcome(rawValue: row[5]) ?? .other,
            corrects: row[6], callbackAt: try (row[7] as String?).map(storedInstant), promise: promise)
    }

    private static func currency(_ code: String, _ cache: inout [String: Currency]) throws -> Currency {
        if let known = cache[code] { return known }
        let currency = try storedCurrency(code)
        cache[code] = currency
        return currency
    }
}

/// A cursor over rows decoded into values as they are read, that can look at its next value
/// before taking it, for merging streams ordered by the same customer id.
struct PeekableRows<Element> {
    private let cursor: RowCursor
    private let decode: (Row) throws -> (customerID: Int64, value: Element)
    private var pending: (customerID: Int64, value: Element)?

    init(_ cursor: RowCursor, decode: @escaping (Row) throws -> (customerID: Int64, value: Element)) throws {
        self.cursor = cursor
        self.decode = decode
        pending = try cursor.next().map(decode)
    }

    /// The next value if it belongs to `customerID`; otherwise nil, and the value stays for later.
    mutating func next(of customerID: Int64) throws -> Element? {
        guard let (owner, value) = pending, owner == customerID else { return nil }
        pending = try cursor.next().map(decode)
        return value
    }
}

/// An instant as Cobro stores it (ISO 8601, UTC).
func storedInstant(_ text: String) throws -> Date {
    guard let date = Timestamp.parse(text) else { throw CorruptValue(what: "timestamp", value: text) }
    return date
}
