import CobroDomain
import Foundation
import GRDB

extension CobroDatabase {
    /// Records a contact (and the promise or callback it carries) in one transaction, releases the
    /// clerk's claim on the account, and returns the entry's id. Entries are never edited: a
    /// correction is a new entry whose `corrects` names an earlier entry of the same customer.
    @discardableResult
    public func logContact(_ entry: ContactLogEntry) throws -> Int64 {
        try write { db in try Self.insertContact(db, entry) }
    }

    /// `logContact` inside a caller's transaction (a call that also marks invoices disputed is
    /// one change).
    static func insertContact(_ db: Database, _ entry: ContactLogEntry) throws -> Int64 {
        guard let customerID = try Int64.fetchOne(db, sql: "SELECT id FROM customer WHERE code = ?", arguments: [entry.customerCode]) else {
            throw StoreError.unknownCustomer(entry.customerCode)
        }
        if let corrected = entry.corrects {
            let owner = try Int64.fetchOne(db, sql: "SELECT customer_id FROM contact_log WHERE id = ?", arguments: [corrected])
            guard owner == customerID else { throw ContactLogError.correctsUnknownEntry(corrected, entry.customerCode) }
        }
        var contactPersonID: Int64?
        if let person = entry.contactPerson {
            contactPersonID = try Int64.fetchOne(db, sql: "SELECT id FROM contact_person WHERE customer_id = ? AND name = ?",
                                                 arguments: [customerID, person])
            if contactPersonID == nil {
                try db.execute(sql: "INSERT INTO contact_person (customer_id, name) VALUES (?, ?)", arguments: [customerID, person])
                contactPersonID = db.lastInsertedRowID
            }
        }
        try db.execute(sql: """
            INSERT INTO contact_log (customer_id, contact_person_id, user_name, at, channel, direction, outcome, note,
                                     next_action, callback_at, corrects_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [customerID, contactPersonID, entry.user, Timestamp.iso(entry.at), entry.channel.rawValue,
                             entry.direction.rawValue, entry.outcome.rawValue, entry.note, entry.nextAction,
                             entry.callbackAt.map(Timestamp.iso), entry.corrects])
        let entryID = db.lastInsertedRowID
        try AuditTrail.record(db, at: entry.at, user: entry.user, action: entry.corrects == nil ? "create" : "correct", entity: "contact",
                              key: String(entryID), customer: entry.customerCode, after: auditValues(entry))
        if let promise = entry.promise {
            try db.execute(sql: """
                INSERT INTO promise (contact_log_id, customer_id, amount, currency, promised_date) VALUES (?, ?, ?, ?, ?)
                """, arguments: [entryID, customerID, promise.amount.minorUnits, promise.amount.currency.code, promise.date.iso])
            try AuditTrail.record(db, at: entry.at, user: entry.user, action: "create", entity: "promise", key: String(db.lastInsertedRowID),
                                  customer: entry.customerCode, after: [
                                      "amount": AuditValue(promise.amount.decimalString), "currency": AuditValue(promise.amount.currency.code),
                                      "date": AuditValue(promise.date.iso), "contact": AuditValue(String(entryID)),
                                  ])
        }
        try refreshQueuePosition(db, customerID: customerID)
        // Logging the outcome ends the clerk's turn with the account.
        try db.execute(sql: "DELETE FROM queue_claim WHERE customer_id = ?", arguments: [customerID])
        return entryID
    }

    /// The entry as the trail keeps it (a callback is part of the contact that asked for it).
    private static func auditValues(_ entry: ContactLogEntry) -> [String: AuditValue] {
        var values: [String: AuditValue] = [
            "channel": AuditValue(entry.channel.rawValue), "direction": AuditValue(entry.direction.rawValue),
            "outcome": AuditValue(entry.outcome.rawValue),
        ]
        let optional: [(String, String?)] = [
            ("contact_person", entry.contactPerson), ("note", entry.note), ("next_action", entry.nextAction),
            ("callback_at", entry.callbackAt.map(Timestamp.iso)), ("corrects", entry.corrects.map { String($0) }),
        ]
        for (name, value) in optional { if let value { values[name] = AuditValue(value) } }
        return values
    }
}

public enum ContactLogError: Error, Equatable, CustomStringConvertible {
    case correctsUnknownEntry(Int64, String)

    public var description: String {
        switch self {
        case .correctsUnknownEntry(let id, let code):
            return "contact log entry \(id) does not exist or is not of customer \(code); a correction must name an entry of the same customer"
        }
    }
}
