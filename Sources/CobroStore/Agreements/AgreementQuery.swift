import CobroDomain
import Foundation
import GRDB

extension CobroDatabase {
    /// Agreements, oldest first, with their installments and where they stand as of `asOf`
    /// against the customer's payments (SPEC §5 "Payment agreements"). `customerCode` narrows to
    /// one account (the account screen's "next installment"); `status` filters by the effective
    /// status. Reading never writes: the history learns of payment-made transitions through
    /// `recordAgreementTransitions`.
    public func agreementsWithProgress(
        customerCode: String? = nil, status: AgreementStatus? = nil, asOf: CivilDate,
        graceDays: Int = ContactPolicy.standard.agreementGraceDays
    ) throws -> [StoredAgreement] {
        try read { db in
            if let customerCode, try Int.fetchOne(db, sql: "SELECT count(*) FROM customer WHERE code = ?", arguments: [customerCode]) == 0 {
                throw StoreError.unknownCustomer(customerCode)
            }
            let stored = try AgreementRows.fetch(db, customerCode: customerCode, asOf: asOf, graceDays: graceDays)
            return status.map { wanted in stored.filter { $0.status == wanted } } ?? stored
        }
    }

    /// Every status an agreement went through, oldest first.
    public func agreementHistory(id: Int64) throws -> [AgreementStatusChange] {
        try read { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM agreement WHERE id = ?", arguments: [id]) == 1 else {
                throw AgreementError.unknownAgreement(id)
            }
            return try Row.fetchAll(db, sql: "SELECT status, at, user_name, reason FROM agreement_status_change WHERE agreement_id = ? ORDER BY id",
                                    arguments: [id]).map { row in
                AgreementStatusChange(status: try stored(AgreementStatus.self, row[0]), at: try storedInstant(row[1]), user: row[2], reason: row[3])
            }
        }
    }
}

/// Reads stored agreements back into the domain and tracks them against the payments.
enum AgreementRows {
    /// A stored agreement as people left it, before the payments are read.
    struct Saved {
        let id: Int64
        let customerID: Int64
        /// `agreement.status` too: draft, active or cancelled.
        let recorded: AgreementStatus
        let agreement: PaymentAgreement
        let createdBy: String?
        let createdAt: Date
    }

    /// All agreements, or one customer's, or the one with `id`; by id.
    static func saved(_ db: Database, customerCode: String? = nil, id: Int64? = nil) throws -> [Saved] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let customerCode { conditions.append("c.code = ?"); arguments += [customerCode] }
        if let id { conditions.append("a.id = ?"); arguments += [id] }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try Row.fetchAll(db, sql: """
            SELECT a.id, a.customer_id, c.code, a.currency, a.amount, a.down_payment, a.agreement_date, a.frequency, a.status,
                   a.discount, a.fee, a.created_by, a.created_at
            FROM agreement a JOIN customer c ON c.id = a.customer_id \(filter) ORDER BY a.id
            """, arguments: arguments).map { row in
            let id: Int64 = row[0]
            let currency = try storedCurrency(row[3])
            func money(_ units: Int64) -> Money { Money(minorUnits: units, currency: currency) }
            let installments = try Row.fetchAll(db, sql: "SELECT n, due_date, amount FROM installment WHERE agreement_id = ? ORDER BY n",
                                                arguments: [id]).map { item in
                Installment(number: item[0], dueDate: try storedDate(item[1]), amount: money(item[2]))
            }
            let recorded = try stored(AgreementStatus.self, row[8])
            let agreement = PaymentAgreement(
                customerCode: row[2], agreementDate: try storedDate(row[6]), amount: money(row[4]), downPayment: money(row[5]),
                frequency: try stored(InstallmentFrequency.self, row[7]), installments: installments, status: recorded,
                discount: money(row[9]), fee: money(row[10]))
            return Saved(id: id, customerID: row[1], recorded: recorded, agreement: agreement, createdBy: row[11],
                         createdAt: try storedInstant(row[12]))
        }
    }

    /// The agreements `saved` reads, each with its progress as of `asOf` and its effective status.
    static func fetch(_ db: Database, customerCode: String? = nil, asOf: CivilDate, graceDays: Int) throws -> [StoredAgreement] {
        var payments: [String: [DatedPayment]] = [:]
        return try saved(db, customerCode: customerCode).map { saved in
            let currency = saved.agreement.amount.currency
            let key = "\(saved.customerID) \(currency.code)"
            if payments[key] == nil { payments[key] = try customerPayments(db, customerID: saved.customerID, currency: currency) }
            let progress = AgreementProgress(saved.agreement, payments: payments[key]!, today: asOf, graceDays: graceDays)
            var agreement = saved.agreement
            if saved.recorded == .active { agreement.status = progress.status }
            let invoices = try String.fetchAll(db, sql: """
                SELECT i.number FROM agreement_invoice ai JOIN invoice i ON i.id = ai.invoice_id
                WHERE ai.agreement_id = ? ORDER BY i.due_date, i.issue_date, i.number
                """, arguments: [saved.id])
            return StoredAgreement(id: saved.id, agreement: agreement, recordedStatus: saved.recorded, progress: progress, invoices: invoices,
                                   createdBy: saved.createdBy, createdAt: saved.createdAt)
        }
    }

    /// The customer's payments in `currency`; progress counts those dated from the agreement date on.
    private static func customerPayments(_ db: Database, customerID: Int64, currency: Currency) throws -> [DatedPayment] {
        try Row.fetchAll(db, sql: "SELECT date, amount FROM payment WHERE customer_id = ? AND currency = ? ORDER BY date, id",
                         arguments: [customerID, currency.code]).map { row in
            DatedPayment(date: try storedDate(row[0]), amount: Money(minorUnits: row[1], currency: currency))
        }
    }
}
