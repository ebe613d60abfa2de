import CobroDomain
import GRDB

extension CobroDatabase {
    /// The aging report as of `asOf` (SPEC §5 "Aging"). Streams each customer's documents and
    /// payments in index order, one ledger at a time, so memory stays flat however large the
    /// portfolio is.
    public func agingReport(asOf: CivilDate) throws -> AgingReport {
        try read { db in
            // The report reads every invoice and payment once, in index order: a large page cache
            // would only hold pages it does not read again (and tens of megabytes of the desk's
            // memory), so the connection keeps a small one while it runs.
            try db.execute(sql: "PRAGMA cache_size = \(Self.scanCacheSize)")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(Self.cacheSize); PRAGMA shrink_memory") }
            return try AgingQuery(db: db, asOf: asOf).run()
        }
    }
}

/// Merges the invoice and payment streams, both ordered by customer and currency, into ledgers.
private struct AgingQuery {
    let db: Database
    let asOf: CivilDate

    private struct LedgerKey: Comparable {
        var customerID: Int64
        var currency: String
        static func < (lhs: LedgerKey, rhs: LedgerKey) -> Bool {
            lhs.customerID != rhs.customerID ? lhs.customerID < rhs.customerID
                : lhs.currency.utf8.lexicographicallyPrecedes(rhs.currency.utf8)
        }
    }

    func run() throws -> AgingReport {
        let asOfText = asOf.iso
        // Customers stream in id order beside their ledgers, so none is held in memory needlessly.
        let customers = try Row.fetchCursor(db, sql: "SELECT id, code, name FROM customer ORDER BY id")
        var customer: (id: Int64, code: String, name: String)?
        // The index hands each ledger's documents over already in allocation order.
        let documents = try Row.fetchCursor(db, sql: """
            SELECT customer_id, currency, id, number, issue_date, due_date, amount
            FROM invoice INDEXED BY invoice_aging
            WHERE issue_date <= ?
            ORDER BY customer_id, currency, due_date, issue_date, number
            """, arguments: [asOfText])
        let payments = try Row.fetchCursor(db, sql: """
            SELECT customer_id, currency, date, amount, invoice_id
            FROM payment INDEXED BY payment_aging
            WHERE date <= ?
            ORDER BY customer_id, currency
            """, arguments: [asOfText])

        var builder = AgingReportBuilder(asOf: asOf)
        var currencies: [String: Currency] = [:]
        var ledger = AgingLedger()
        var nextDocument = try documents.next().map(Self.document)
        var nextPayment = try payments.next().map(Self.payment)
        while true {
            let key: LedgerKey
            switch (nextDocument?.key, nextPayment?.key) {
            case (nil, nil): return builder.build()
            case let (documentKey?, nil): key = documentKey
            case let (nil, paymentKey?): key = paymentKey
            case let (documentKey?, paymentKey?): key = min(documentKey, paymentKey)
            }
            ledger.documents.removeAll(keepingCapacity: true)
            ledger.payments.removeAll(keepingCapacity: true)
            while let entry = nextDocument, entry.key == key {
                ledger.documents.append(entry.document)
                nextDocument = try documents.next().map(Self.document)
            }
            while let entry = nextPayment, entry.key == key {
                ledger.payments.append(entry.payment)
                nextPayment = try payments.next().map(Self.payment)
            }
            while customer.map({ $0.id < key.customerID }) ?? true, let row = try customers.next() {
                customer = (row[0], row[1], row[2])
            }
            guard let customer, customer.id == key.customerID else { continue }
            let currency = try currencies[key.currency] ?? storedCurrency(key.currency)
            currencies[key.currency] = currency
            builder.add(code: customer.code, name: customer.name, currency: currency, ledger: ledger)
        }
    }

    private static func document(_ row: Row) throws -> (key: LedgerKey, document: AgingDocument) {
        let document = AgingDocument(id: row[2], number: row[3], issueDate: try storedDate(row[4]), dueDate: try storedDate(row[5]), amount: row[6])
        return (LedgerKey(customerID: row[0], currency: row[1]), document)
    }

    private static func payment(_ row: Row) throws -> (key: LedgerKey, payment: AgingPayment) {
        let payment = AgingPayment(date: try storedDate(row[2]), amount: row[3], invoiceID: row[4])
        return (LedgerKey(customerID: row[0], currency: row[1]), payment)
    }
}

/// A value in the file that Cobro itself would never have written.
struct CorruptValue: Error, CustomStringConvertible {
    let what: String
    let value: String
    var description: String { "the database holds an invalid \(what) '\(value)'" }
}
