import CobroDomain
import Foundation
import GRDB

/// One customer's rows as the call queue's rules read them: every invoice and credit note with
/// its disputed flag, every payment, every contact-log entry (corrections included, in time
/// order). The queue summary is computed from it, and so is the exact candidate for a customer
/// the summary cannot answer for.
struct QueueSource {
    var documents: [(currency: Currency, disputed: Bool, document: AgingDocument)] = []
    var payments: [(currency: Currency, payment: AgingPayment)] = []
    var events: [ContactEvent] = []

    /// The customer's ledgers, one per currency (by code), with the ids of disputed invoices.
    func ledgers() -> [(currency: Currency, ledger: AgingLedger, disputed: Set<Int64>)] {
        var ledgers: [Currency: (ledger: AgingLedger, disputed: Set<Int64>)] = [:]
        for row in documents {
            ledgers[row.currency, default: (AgingLedger(), [])].ledger.documents.append(row.document)
            if row.disputed { ledgers[row.currency, default: (AgingLedger(), [])].disputed.insert(row.document.id) }
        }
        for row in payments {
            ledgers[row.currency, default: (AgingLedger(), [])].ledger.payments.append(row.payment)
        }
        return ledgers.keys.sorted().map { ($0, ledgers[$0]!.ledger, ledgers[$0]!.disputed) }
    }

    /// Undisputed open items as of `day` after the full allocation, by currency code.
    func undisputedOpenItems(asOf day: CivilDate) -> [(currency: Currency, items: [AgingLedger.OpenItem])] {
        ledgers().compactMap { currency, ledger, disputed in
            let items = ledger.allocated(asOf: day).openItems.filter { !disputed.contains($0.document.id) }
            return items.isEmpty ? nil : (currency, items)
        }
    }

    /// The customer as the queue's rules see it at `instant`, computed from every row: the
    /// reference the summary is checked against, and the answer when the summary has none.
    func candidate(code: String, name: String, zoneName: String?, doNotCall: Bool, status: CustomerStatus,
                   at instant: Date, localDay: CivilDate) -> QueueCandidate {
        let overdue = undisputedOpenItems(asOf: localDay).compactMap { currency, items in
            OverdueFigure.of(items.map { (due: $0.document.dueDate, remaining: $0.remaining) }, asOf: localDay, currency: currency)
        }
        return QueueCandidate(
            code: code, name: name, timeZoneIdentifier: zoneName, doNotCall: doNotCall, status: status, overdue: overdue,
            history: events.filter { $0.at <= instant }, payments: datedPayments)
    }

    var datedPayments: [DatedPayment] {
        payments.map { DatedPayment(date: $0.payment.date, amount: Money(minorUnits: $0.payment.amount, currency: $0.currency)) }
    }

    /// One customer's rows, read by the customer's indexes.
    static func load(_ db: Database, customerID: Int64) throws -> QueueSource {
        var source = QueueSource()
        var currencies = CurrencyCache()
        let documents = try Row.fetchCursor(db, sql: """
            SELECT currency, id, number, issue_date, due_date, amount, disputed
            FROM invoice INDEXED BY invoice_aging WHERE customer_id = ? ORDER BY currency, due_date, issue_date, number
            """, arguments: [customerID])
        while let row = try documents.next() { source.documents.append(try QueueRows.document(row, from: 0, &currencies)) }
        let payments = try Row.fetchCursor(db, sql: """
            SELECT currency, date, amount, invoice_id FROM payment INDEXED BY payment_aging WHERE customer_id = ? ORDER BY currency, date
            """, arguments: [customerID])
        while let row = try payments.next() { source.payments.append(try QueueRows.payment(row, from: 0, &currencies)) }
        let events = try Row.fetchCursor(db, sql: """
            SELECT \(QueueRows.eventColumns) FROM contact_log l INDEXED BY contact_log_by_customer
            LEFT JOIN promise p ON p.contact_log_id = l.id WHERE l.customer_id = ? ORDER BY l.at, l.id
            """, arguments: [customerID])
        while let row = try events.next() { source.events.append(try QueueRows.event(row, from: 0, &currencies)) }
        return source
    }
}

/// What is past due on undisputed open items as of a day: the queue's `overdue` for one currency.
enum OverdueFigure {
    /// Nil when nothing is past due.
    static func of(_ items: [(due: CivilDate, remaining: Int64)], asOf day: CivilDate, currency: Currency) -> OverdueAmount? {
        var amount: Int64 = 0
        var oldest = 0
        for item in items where item.due < day {
            amount += item.remaining
            oldest = max(oldest, day.days(since: item.due))
        }
        return amount > 0 ? OverdueAmount(amount: Money(minorUnits: amount, currency: currency), oldestDays: oldest) : nil
    }
}
