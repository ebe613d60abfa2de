import CobroDomain
import GRDB

extension CobroDatabase {
    /// The customer with `code` and their open invoices as of `asOf`, or nil when no customer has
    /// that code.
    public func account(code: String, asOf: CivilDate) throws -> AccountSnapshot? {
        try read { db -> AccountSnapshot? in
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
            return AccountSnapshot(customer: record.customer, asOf: asOf, openInvoices: openInvoices, balances: balances,
                                   contactLog: try contactLog(db, customerID: id, code: code),
                                   contactPeople: try contactPeople(db, customerID: id, code: code),
                                   payments: try recentPayments(db, customerID: id, code: code),
                                   agreements: try AgreementRows.saved(db, customerCode: code).reversed().map(\.agreement),
                                   claim: try claim(db, customerID: id))
        }
    }

    private func contactPeople(_ db: Database, customerID: Int64, code: String) throws -> [ContactPerson] {
        try Row.fetchAll(db, sql: "SELECT name, role, phone, email FROM contact_person WHERE customer_id = ? ORDER BY id",
                         arguments: [customerID]).map { row in
            ContactPerson(customerCode: code, name: row[0], role: row[1], phone: row[2], email: row[3])
        }
    }

    /// The most recent payments, newest first (the screen shows a page of them).
    private func recentPayments(_ db: Database, customerID: Int64, code: String) throws -> [Payment] {
        try Row.fetchAll(db, sql: """
            SELECT p.date, p.amount, p.currency, p.method, p.reference, i.number
            FROM payment p LEFT JOIN invoice i ON i.id = p.invoice_id
            WHERE p.customer_id = ? ORDER BY p.date DESC, p.id DESC LIMIT 200
            """, arguments: [customerID]).map { row in
            Payment(customerCode: code, date: try storedDate(row[0]), amount: Money(minorUnits: row[1], currency: try storedCurrency(row[2])),
                    method: try (row[3] as String?).map { try stored(PaymentMethod.self, $0) }, reference: row[4], invoiceNumber: row[5])
        }
    }

    private func claim(_ db: Database, customerID: Int64) throws -> AccountClaim? {
        guard let row = try Row.fetchOne(db, sql: "SELECT user_name, expires_at FROM queue_claim WHERE customer_id = ?",
                                         arguments: [customerID]) else { return nil }
        return AccountClaim(user: row[0], until: try storedInstant(row[1]))
    }

    /// The customer's most recent contacts, newest first (the screen shows a page of them).
    private func contactLog(_ db: Database, customerID: Int64, code: String) throws -> [(id: Int64, entry: ContactLogEntry)] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT l.id, l.at, l.channel, l.direction, l.outcome, l.user_name, l.note, l.next_action, l.callback_at, l.corrects_id,
                   cp.name, p.amount, p.currency, p.promised_date
            FROM contact_log l LEFT JOIN contact_person cp ON cp.id = l.contact_person_id
            LEFT JOIN promise p ON p.contact_log_id = l.id
            WHERE l.customer_id = ? ORDER BY l.at DESC, l.id DESC LIMIT 500
            """, arguments: [customerID])
        var log: [(id: Int64, entry: ContactLogEntry)] = []
        while let row = try rows.next() {
            var promise: PromiseToPay?
            if let units = row[11] as Int64?, let currency = row[12] as String?, let date = row[13] as String? {
                promise = PromiseToPay(amount: Money(minorUnits: units, currency: try storedCurrency(currency)), date: try storedDate(date))
            }
            let entry = ContactLogEntry(
                customerCode: code, contactPerson: row[10], user: row[5], at: try storedInstant(row[1]),
                channel: try stored(ContactChannel.self, row[2]), direction: try stored(ContactDirection.self, row[3]),
                outcome: try stored(ContactOutcome.self, row[4]), note: row[6], nextAction: row[7], promise: promise,
                callbackAt: try (row[8] as String?).map(storedInstant), corrects: row[9])
            log.append((row[0], entry))
        }
        return log
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

/// A value of one of the schema's CHECK-constrained lists (channel, outcome, status…).
func stored<Value: RawRepresentable>(_ type: Value.Type, _ text: String) throws -> Value where Value.RawValue == String {
    guard let value = Value(rawValue: text) else { throw CorruptValue(what: String(describing: type), value: text) }
    return value
}

func storedCurrency(_ code: String) throws -> Currency {
    guard let currency = Currency(code: code) else { throw CorruptValue(what: "currency", value: code) }
    return currency
}
