import CobroDomain
import Foundation
import GRDB

extension CobroDatabase {
    /// Every customer who owes something undisputed and overdue, as the call queue needs them at
    /// `instant`, computed from every invoice, payment and contact-log row: overdue per currency
    /// as of the local date in the customer's own zone, the whole contact history and every
    /// payment, and the customer's active agreements tracked by the agreement rules as of that
    /// date under `agreementGraceDays`. This is the reference the queue summary (`callQueue`)
    /// must agree with; it reads the whole database, so the desk does not use it.
    public func queueCandidates(at instant: Date, deskTimeZone: TimeZone,
                                agreementGraceDays: Int = ContactPolicy.standard.agreementGraceDays) throws -> [QueueCandidate] {
        try read { db in try Self.referenceCandidates(db, at: instant, deskTimeZone: deskTimeZone, agreementGraceDays: agreementGraceDays) }
    }

    static func referenceCandidates(_ db: Database, at instant: Date, deskTimeZone: TimeZone, agreementGraceDays: Int) throws -> [QueueCandidate] {
        var zones = LocalZones(deskTimeZone: deskTimeZone)
        // The agreements as their own store reads them, once per local day met (zones differ by a day at most).
        var agreementsByDay: [CivilDate: [String: [StoredAgreement]]] = [:]
        var candidates: [QueueCandidate] = []
        try QueueSourceStream.forEachCustomer(db, through: instant) { customer, source in
            let day = zones.day(at: instant, zoneName: customer.zoneName)
            var candidate = source.candidate(
                code: customer.code, name: customer.name, zoneName: customer.zoneName, doNotCall: customer.doNotCall,
                status: customer.status, at: instant, localDay: day)
            guard !candidate.overdue.isEmpty else { return }
            if agreementsByDay[day] == nil {
                agreementsByDay[day] = Dictionary(grouping: try AgreementRows.fetch(db, asOf: day, graceDays: agreementGraceDays)
                    .filter { $0.recordedStatus == .active }, by: \.agreement.customerCode)
            }
            let agreements = agreementsByDay[day]?[customer.code] ?? []
            candidate.hasUpToDateAgreement = agreements.contains { $0.status == .active && $0.progress.isUpToDate }
            candidate.brokenAgreement = agreements.compactMap(\.progress.broken).min { $0.installmentDue < $1.installmentDue }
            candidates.append(candidate)
        }
        return candidates
    }
}

/// A customer row as the queue reads it.
struct QueueCustomer {
    let id: Int64
    let code: String
    let name: String
    let zoneName: String?
    let doNotCall: Bool
    let status: CustomerStatus
}

/// Every customer with all their rows, in id order, read as three streams merged by customer.
enum QueueSourceStream {
    /// `through`: leave out contacts after that instant, and documents and payments dated after
    /// its latest local day anywhere (they cannot count); nil reads everything.
    static func forEachCustomer(_ db: Database, through instant: Date?, _ body: (QueueCustomer, QueueSource) throws -> Void) throws {
        // Local dates differ by at most a day either way from UTC's.
        let latestDay = instant.map { CivilDate(containing: $0, in: TimeZone(identifier: "UTC")!).adding(days: 1).iso } ?? "9999-12-31"
        let latestInstant = instant.map(Timestamp.iso) ?? "9999-12-31T23:59:59Z"
        var currencies = CurrencyCache()
        var documents = try PeekableRows(Row.fetchCursor(db, sql: """
            SELECT customer_id, currency, id, number, issue_date, due_date, amount, disputed
            FROM invoice INDEXED BY invoice_aging WHERE issue_date <= ?
            ORDER BY customer_id, currency, due_date, issue_date, number
            """, arguments: [latestDay])) { row in (row[0], try QueueRows.document(row, from: 1, &currencies)) }
        var payments = try PeekableRows(Row.fetchCursor(db, sql: """
            SELECT customer_id, currency, date, amount, invoice_id
            FROM payment INDEXED BY payment_aging WHERE date <= ? ORDER BY customer_id, currency, date
            """, arguments: [latestDay])) { row in (row[0], try QueueRows.payment(row, from: 1, &currencies)) }
        var events = try PeekableRows(Row.fetchCursor(db, sql: """
            SELECT l.customer_id, \(QueueRows.eventColumns)
            FROM contact_log l INDEXED BY contact_log_by_customer LEFT JOIN promise p ON p.contact_log_id = l.id
            WHERE l.at <= ? ORDER BY l.customer_id, l.at, l.id
            """, arguments: [latestInstant])) { row in (row[0], try QueueRows.event(row, from: 1, &currencies)) }
        let customers = try Row.fetchCursor(db, sql: "SELECT id, code, name, time_zone, do_not_call, status FROM customer ORDER BY id")
        while let row = try customers.next() {
            let customer = QueueCustomer(id: row[0], code: row[1], name: row[2], zoneName: row[3], doNotCall: row[4],
                                         status: try stored(CustomerStatus.self, row[5]))
            var source = QueueSource()
            while let document = try documents.next(of: customer.id) { source.documents.append(document) }
            while let payment = try payments.next(of: customer.id) { source.payments.append(payment) }
            while let event = try events.next(of: customer.id) { source.events.append(event) }
            try body(customer, source)
        }
    }
}

/// Customers' zones and local days at one instant; customers without a zone, or with one
/// Foundation does not know, are on the desk's clock.
struct LocalZones {
    let deskTimeZone: TimeZone
    private var zones: [String: TimeZone] = [:]

    init(deskTimeZone: TimeZone) { self.deskTimeZone = deskTimeZone }

    mutating func zone(named name: String?) -> TimeZone {
        guard let name else { return deskTimeZone }
        if let known = zones[name] { return known }
        let zone = TimeZone(identifier: name) ?? deskTimeZone
        zones[name] = zone
        return zone
    }

    mutating func day(at instant: Date, zoneName: String?) -> CivilDate {
        CivilDate(containing: instant, in: zone(named: zoneName))
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
