import CobroDomain
import Foundation
import GRDB

/// What the clerk changes on an account from the desk. Each change is one transaction that also
/// writes the audit trail (who, when, the values before and after, and the reason given).
extension CobroDatabase {
    /// Records a call logged on the account screen: the contact, the invoices the customer
    /// disputed on it, and the debtor type the clerk judged — all or nothing.
    @discardableResult
    public func recordCall(_ entry: ContactLogEntry, disputing invoices: [String] = [], disputeReason: String? = nil,
                           debtorType: DebtorType? = nil) throws -> Int64 {
        try write { db in
            let id = try Self.insertContact(db, entry)
            if !invoices.isEmpty {
                try Self.setDisputed(db, invoices, of: entry.customerCode, to: true, reason: disputeReason, user: entry.user, at: entry.at)
            }
            if let debtorType {
                try Self.changeCustomer(db, code: entry.customerCode, user: entry.user, at: entry.at, reason: nil) { $0.debtorType = debtorType }
            }
            return id
        }
    }

    /// Marks (or unmarks) invoices of one customer as disputed. The queue stops (or starts again)
    /// counting them at once.
    public func setDisputed(_ invoices: [String], of customerCode: String, to disputed: Bool, reason: String?, user: String?,
                            at: Date) throws {
        try write { db in try Self.setDisputed(db, invoices, of: customerCode, to: disputed, reason: reason, user: user, at: at) }
    }

    /// Sets or lifts the do-not-call flag (the customer asked not to be called, a lawyer's letter…).
    public func setDoNotCall(_ flag: Bool, customerCode: String, reason: String, user: String?, at: Date) throws {
        try write { db in
            try Self.changeCustomer(db, code: customerCode, user: user, at: at, reason: reason) { $0.doNotCall = flag }
        }
    }

    /// Moves the account to another stage of the collection process (suspended, legal, agency,
    /// written off — or back to active). Into or out of legal, agency and written-off needs an owner.
    public func setStatus(_ status: CustomerStatus, customerCode: String, reason: String, user: String?, at: Date) throws {
        try write { db in
            try Self.requireOwnerToMove(db, customer: customerCode, to: status, user: user)
            try Self.changeCustomer(db, code: customerCode, user: user, at: at, reason: reason) { $0.status = status }
        }
    }

    /// Records why the customer has not paid, as the clerk judges it.
    public func setDebtorType(_ type: DebtorType?, customerCode: String, user: String?, at: Date) throws {
        try write { db in
            try Self.changeCustomer(db, code: customerCode, user: user, at: at, reason: nil) { $0.debtorType = type }
        }
    }

    private static func changeCustomer(_ db: Database, code: String, user: String?, at: Date, reason: String?,
                                       _ change: (inout Customer) -> Void) throws {
        guard var record = try CustomerRecord.filter(sql: "code = ?", arguments: [code]).fetchOne(db) else {
            throw StoreError.unknownCustomer(code)
        }
        let before = record.customer
        change(&record.customer)
        guard record.customer != before else { return }
        try record.update(db)
        // The queue summary keeps the customer's flag and status.
        if let id = record.id { try refreshQueuePosition(db, customerID: id) }
        var (was, now) = CustomerRecord.differences(before, record.customer)
        if let reason { now["reason"] = AuditValue(reason) }
        try AuditTrail.record(db, at: at, user: user, action: "update", entity: "customer", key: code, customer: code, before: was, after: now)
    }

    private static func setDisputed(_ db: Database, _ numbers: [String], of customerCode: String, to disputed: Bool, reason: String?,
                                    user: String?, at: Date) throws {
        guard let customerID = try Int64.fetchOne(db, sql: "SELECT id FROM customer WHERE code = ?", arguments: [customerCode]) else {
            throw StoreError.unknownCustomer(customerCode)
        }
        for number in numbers {
            guard let row = try Row.fetchOne(db, sql: "SELECT id, disputed FROM invoice WHERE number = ? AND customer_id = ?",
                                             arguments: [number, customerID]) else {
                throw AccountChangeError.unknownInvoice(number, customerCode)
            }
            guard (row[1] as Bool) != disputed else { continue }
            try db.execute(sql: "UPDATE invoice SET disputed = ? WHERE id = ?", arguments: [disputed, row[0] as Int64])
            var after: [String: AuditValue] = ["disputed": .flag(disputed)]
            if let reason { after["reason"] = AuditValue(reason) }
            try AuditTrail.record(db, at: at, user: user, action: "update", entity: "invoice", key: number,
                                  customer: customerCode, before: ["disputed": .flag(!disputed)], after: after)
        }
        // The queue counts only undisputed debt: its summary changes with the flag.
        try refreshQueuePosition(db, customerID: customerID)
    }
}

public enum AccountChangeError: Error, Equatable, CustomStringConvertible {
    case unknownInvoice(String, String)

    public var description: String {
        switch self {
        case .unknownInvoice(let number, let customer): return "invoice \(number) does not exist or is not of customer \(customer)"
        }
    }
}
