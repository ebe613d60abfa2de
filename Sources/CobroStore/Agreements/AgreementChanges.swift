import CobroDomain
import Foundation
import GRDB

/// What people do to agreements: save one (as a draft or active), activate a draft, cancel.
/// Each is one transaction with its status-history row and its audit-trail entry. The acting
/// user must be allowed to act (SPEC §5 "Users"); activating a long plan or one with a
/// discount needs an owner (`AgreementApproval`). Nothing is ever deleted: a cancelled
/// agreement keeps its schedule and its history.
extension CobroDatabase {
    /// Saves `agreement` for its customer as `status` (draft or active) with its installments
    /// and the invoices it covers — those open in its currency on the agreement date — and
    /// returns its id.
    @discardableResult
    public func saveAgreement(_ agreement: PaymentAgreement, as status: AgreementStatus, user: String?, at: Date,
                              monthLimit: Int = AgreementApproval.defaultMonthLimit) throws -> Int64 {
        guard status == .draft || status == .active else { throw AgreementError.cannotSave(status) }
        guard !agreement.installments.isEmpty else { throw AgreementPlanError.noInstallments }
        guard agreement.scheduledTotal == agreement.payable else {
            throw AgreementError.doesNotAddUp(scheduled: agreement.scheduledTotal, payable: agreement.payable)
        }
        return try write { db in
            let debt = try AgreementDebt(db, customerCode: agreement.customerCode, asOf: agreement.agreementDate)
            let role = try Self.role(db, of: user)
            if status == .active { try Self.checkActivation(db, agreement, id: nil, role: role, monthLimit: monthLimit) }
            let currency = agreement.amount.currency
            try db.execute(sql: """
                INSERT INTO agreement (customer_id, currency, amount, down_payment, agreement_date, frequency, status, discount, fee,
                                       created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [debt.customerID, currency.code, agreement.amount.minorUnits, agreement.downPayment.minorUnits,
                                 agreement.agreementDate.iso, agreement.frequency.rawValue, status.rawValue,
                                 agreement.discount.minorUnits, agreement.fee.minorUnits, user, Timestamp.iso(at)])
            let id = db.lastInsertedRowID
            for installment in agreement.installments {
                try db.execute(sql: "INSERT INTO installment (agreement_id, n, due_date, amount) VALUES (?, ?, ?, ?)",
                               arguments: [id, installment.number, installment.dueDate.iso, installment.amount.minorUnits])
            }
            let invoices = debt.openInvoiceIDs(in: currency)
            for invoice in invoices {
                try db.execute(sql: "INSERT INTO agreement_invoice (agreement_id, invoice_id) VALUES (?, ?)", arguments: [id, invoice])
            }
            try Self.enterStatus(db, agreement: id, status, at: at, user: user, reason: nil)
            let numbers = try String.fetchAll(db, sql: """
                SELECT i.number FROM agreement_invoice ai JOIN invoice i ON i.id = ai.invoice_id WHERE ai.agreement_id = ? ORDER BY i.number
                """, arguments: [id])
            try AuditTrail.record(db, at: at, user: user, action: "create", entity: "agreement", key: String(id),
                                  customer: agreement.customerCode, after: [
                "customer": AuditValue(agreement.customerCode), "currency": AuditValue(currency.code),
                "amount": AuditValue(agreement.amount.decimalString), "down_payment": AuditValue(agreement.downPayment.decimalString),
                "discount": AuditValue(agreement.discount.decimalString), "fee": AuditValue(agreement.fee.decimalString),
                "agreement_date": AuditValue(agreement.agreementDate.iso), "frequency": AuditValue(agreement.frequency.rawValue),
                "installments": AuditValue(agreement.installments.count), "invoices": AuditValue(numbers.joined(separator: ",")),
                "status": AuditValue(status.rawValue),
            ])
            return id
        }
    }

    /// Activates a saved draft (the owner approving what a clerk prepared, or the clerk when no
    /// owner is needed).
    public func activateAgreement(id: Int64, user: String?, at: Date, monthLimit: Int = AgreementApproval.defaultMonthLimit) throws {
        try write { db in
            let stored = try Self.storedAgreement(db, id: id)
            guard stored.recorded == .draft else { throw AgreementError.cannotChange(id: id, from: stored.recorded, to: .active) }
            let role = try Self.role(db, of: user)
            try Self.checkActivation(db, stored.agreement, id: id, role: role, monthLimit: monthLimit)
            try Self.changeStatus(db, stored, to: .active, at: at, user: user, reason: nil)
        }
    }

    /// Cancels a draft or an active agreement (kept, broken or late alike); the reason is required.
    public func cancelAgreement(id: Int64, reason: String, user: String?, at: Date) throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw AgreementError.cancelNeedsReason }
        try write { db in
            let stored = try Self.storedAgreement(db, id: id)
            guard stored.recorded == .draft || stored.recorded == .active else {
                throw AgreementError.cannotChange(id: id, from: stored.recorded, to: .cancelled)
            }
            _ = try Self.role(db, of: user)
            try Self.changeStatus(db, stored, to: .cancelled, at: at, user: user, reason: reason)
        }
    }

    /// Appends to the agreement's status history.
    static func enterStatus(_ db: Database, agreement id: Int64, _ status: AgreementStatus, at: Date, user: String?, reason: String?) throws {
        try db.execute(sql: "INSERT INTO agreement_status_change (agreement_id, status, at, user_name, reason) VALUES (?, ?, ?, ?, ?)",
                       arguments: [id, status.rawValue, Timestamp.iso(at), user, reason])
    }

    private static func storedAgreement(_ db: Database, id: Int64) throws -> AgreementRows.Saved {
        guard let saved = try AgreementRows.saved(db, id: id).first else { throw AgreementError.unknownAgreement(id) }
        return saved
    }

    private static func changeStatus(_ db: Database, _ stored: AgreementRows.Saved, to status: AgreementStatus, at: Date, user: String?,
                                     reason: String?) throws {
        try db.execute(sql: "UPDATE agreement SET status = ? WHERE id = ?", arguments: [status.rawValue, stored.id])
        try enterStatus(db, agreement: stored.id, status, at: at, user: user, reason: reason)
        var after: [String: AuditValue] = ["status": AuditValue(status.rawValue)]
        if let reason { after["reason"] = AuditValue(reason) }
        try AuditTrail.record(db, at: at, user: user, action: "update", entity: "agreement", key: String(stored.id),
                              customer: stored.agreement.customerCode, before: ["status": AuditValue(stored.recorded.rawValue)], after: after)
    }

    /// Refuses an activation the role does not allow, or one that would leave two agreements of
    /// the customer in force in one currency (the payments would count toward both).
    private static func checkActivation(_ db: Database, _ agreement: PaymentAgreement, id: Int64?, role: Role, monthLimit: Int) throws {
        let refusals = AgreementApproval.refusals(agreement, role: role, monthLimit: monthLimit)
        guard refusals.isEmpty else { throw AgreementError.needsOwner(refusals) }
        let currency = agreement.amount.currency
        let others = try AgreementRows.fetch(db, customerCode: agreement.customerCode, asOf: agreement.agreementDate,
                                             graceDays: ContactPolicy.standard.agreementGraceDays)
        if let inForce = others.first(where: {
            $0.id != id && $0.recordedStatus == .active && $0.status != .completed && $0.agreement.amount.currency == currency
        }) {
            throw AgreementError.alreadyInForce(id: inForce.id, customer: agreement.customerCode, currency: currency)
        }
    }
}
