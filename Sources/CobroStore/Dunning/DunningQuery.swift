import CobroDomain
import GRDB

extension CobroDatabase {
    /// The reminders due as of `asOf` under `policy`, and the invoices left out with the reason
    /// (SPEC §5 "Dunning stages"), customer by customer in code order. Open amounts are aging's
    /// allocation as of `asOf`; an agreement is up to date under `agreementGraceDays`.
    public func dueReminders(asOf: CivilDate, policy: DunningPolicy, agreementGraceDays: Int) throws -> DunningPlan {
        try read { db in try DunningQuery(db: db, asOf: asOf, policy: policy, graceDays: agreementGraceDays).run() }
    }
}

/// Walks customers, their documents and their payments in customer-id order (three cursors,
/// one pass), so a large portfolio is read once with flat memory.
private struct DunningQuery {
    let db: Database
    let asOf: CivilDate
    let policy: DunningPolicy
    let graceDays: Int

    private struct Document {
        var customerID: Int64
        var currency: String
        var document: AgingDocument
        var disputed: Bool
    }

    private struct PaymentRow {
        var customerID: Int64
        var currency: String
        var payment: AgingPayment
    }

    func run() throws -> DunningPlan {
        let sent = try sentReminders()
        let agreements = try QueueAgreements(db)
        var currencies = CurrencyCache()
        let customers = try Row.fetchCursor(db, sql: "SELECT id, code, status, email, phone FROM customer ORDER BY id")
        let documents = try Row.fetchCursor(db, sql: """
            SELECT customer_id, currency, id, number, issue_date, due_date, amount, disputed
            FROM invoice INDEXED BY invoice_aging WHERE issue_date <= ? ORDER BY customer_id
            """, arguments: [asOf.iso])
        let payments = try Row.fetchCursor(db, sql: """
            SELECT customer_id, currency, date, amount, invoice_id
            FROM payment INDEXED BY payment_aging WHERE date <= ? ORDER BY customer_id
            """, arguments: [asOf.iso])
        var nextDocument = try documents.next().map(Self.document)
        var nextPayment = try payments.next().map(Self.payment)
        // The latest due date that can have reached a stage: the rest are too young to remind.
        let latestReachable = asOf.adding(days: -policy.firstDays)

        var plans: [(code: String, plan: DunningPlan)] = []
        while let row = try customers.next() {
            let customerID: Int64 = row[0]
            var ledgers: [String: AgingLedger] = [:]
            var disputed = Set<Int64>()
            var reachable = false
            while let entry = nextDocument, entry.customerID <= customerID {
                if entry.customerID == customerID {
                    ledgers[entry.currency, default: AgingLedger()].documents.append(entry.document)
                    if entry.disputed { disputed.insert(entry.document.id) }
                    reachable = reachable || (entry.document.amount > 0 && entry.document.dueDate <= latestReachable)
                }
                nextDocument = try documents.next().map(Self.document)
            }
            while let entry = nextPayment, entry.customerID <= customerID {
                if entry.customerID == customerID { ledgers[entry.currency, default: AgingLedger()].payments.append(entry.payment) }
                nextPayment = try payments.next().map(Self.payment)
            }
            guard reachable else { continue }

            var invoices: [DunningInvoice] = []
            for (code, ledger) in ledgers {
                let currency = try currencies[code]
                for item in ledger.allocated(asOf: asOf).openItems where item.document.dueDate <= latestReachable {
                    invoices.append(DunningInvoice(
                        number: item.document.number, dueDate: item.document.dueDate,
                        open: Money(minorUnits: item.remaining, currency: currency),
                        disputed: disputed.contains(item.document.id), sent: sent[item.document.id] ?? []))
                }
            }
            guard !invoices.isEmpty else { continue }
            let account = DunningAccount(
                customerCode: row[1], status: try stored(CustomerStatus.self, row[2]),
                hasEmail: Self.present(row[3]), hasPhone: Self.present(row[4]),
                agreementUpToDate: agreements.standing(of: customerID, today: asOf, graceDays: graceDays).upToDate,
                invoices: invoices)
            let plan = policy.plan(for: account, asOf: asOf)
            if !plan.messages.isEmpty || !plan.skipped.isEmpty { plans.append((account.customerCode, plan)) }
        }
        plans.sort { $0.code.utf8.lexicographicallyPrecedes($1.code.utf8) }
        return DunningPlan(messages: plans.flatMap(\.plan.messages), skipped: plans.flatMap(\.plan.skipped))
    }

    /// Every stage already sent, by invoice id.
    private func sentReminders() throws -> [Int64: Set<SentReminder>] {
        var sent: [Int64: Set<SentReminder>] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT invoice_id, stage, channel FROM reminder_sent")
        while let row = try rows.next() {
            sent[row[0], default: []].insert(SentReminder(stage: row[1], channel: try stored(ContactChannel.self, row[2])))
        }
        return sent
    }

    /// An address or number that is there: blank text counts as none.
    private static func present(_ text: String?) -> Bool {
        text.map { !$0.allSatisfy(\.isWhitespace) } ?? false
    }

    private static func document(_ row: Row) throws -> Document {
        Document(customerID: row[0], currency: row[1],
                 document: AgingDocument(id: row[2], number: row[3], issueDate: try storedDate(row[4]),
                                         dueDate: try storedDate(row[5]), amount: row[6]),
                 disputed: row[7])
    }

    private static func payment(_ row: Row) throws -> PaymentRow {
        PaymentRow(customerID: row[0], currency: row[1],
                   payment: AgingPayment(date: try storedDate(row[2]), amount: row[3], invoiceID: row[4]))
    }
}
