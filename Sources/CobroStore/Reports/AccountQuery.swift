import CobroDomain
import GRDB

extension CobroDatabase {
    /// The customer with `code` and their open invoices as of `asOf`, or nil when no customer has
    /// that code.
    public func account(code: String, asOf: CivilDate) throws -> AccountSnapshot? {
        try read { db in
            guard let record = try CustomerRecord.filter(sql: "code = ?", arguments: [code]).fetchOne(db), let id = record.id else { return nil }
            var ledgers: [String: AgingLedger] = [:]
            var disputed: Set<Int64> = []
            let invoices = try Row.fetchCursor(db, sql: """
                SELECT id, currency, number, issue_date, due_date, amount, disputed FROM invoice WHERE customer_id = ?
                """, arguments: [id])
            while let row = try invoices.next() {
                let document = AgingDocument(id: row[0], number: row[2], issueDate: try storedDate(row[3]),
                                             dueDate: try storedDate(row[4]), amount: row[5])
                ledgers[row[1], default: AgingLedger()].documents.append(document)
                if row[6] as Bool { disputed.insert(document.id) }
            }
            let payments = try Row.fetchCursor(db, sql: "SELECT currency, date, amount, invoice_id FROM payment WHERE customer_id = ?",
                                               arguments: [id])
            while let row = try payments.next() {
                ledgers[row[0], default: AgingLedger()].payments.append(AgingPayment(date: try storedDate(row[1]), amount: row[2], invoiceID: row[3]))
            }

            var openInvoices: [OpenInvoice] = []
            var balances: [(currency: Currency, figures: AgingFigures)] = []
            for code in ledgers.keys.sorted() {
                let currency = try storedCurrency(code)
                let ledger = ledgers[code]!
                for item in ledger.allocated(asOf: asOf).openItems {
                    let document = item.document
                    openInvoices.append(OpenInvoice(
                        number: document.number, issueDate: document.issueDate, dueDate: document.dueDate,
                        amount: Money(minorUnits: document.amount, currency: currency),
                        open: Money(minorUnits: item.remaining, currency: currency),
                        daysPastDue: asOf.days(since: document.dueDate), disputed: disputed.contains(document.id)))
                }
                let figures = ledger.aged(asOf: asOf)
                if !figures.isSettled { balances.append((currency, figures)) }
            }
            return AccountSnapshot(customer: record.customer, asOf: asOf, openInvoices: openInvoices, balances: balances)
        }
    }

    /// How many customers the database holds: zero means a new desk, shown the welcome screen.
    public func customerCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM customer") ?? 0 }
    }
}

/// A date column as Cobro writes it; anything else means the file was edited by hand.
func storedDate(_ text: String) throws -> CivilDate {
    guard let date = CivilDate(iso: text) else { throw CorruptValue(what: "date", value: text) }
    return date
}

func storedCurrency(_ code: String) throws -> Currency {
    guard let currency = Currency(code: code) else { throw CorruptValue(what: "currency", value: code) }
    return currency
}
