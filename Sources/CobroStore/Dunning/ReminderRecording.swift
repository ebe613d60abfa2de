import CobroDomain
import Foundation
import GRDB

/// Where a recorded reminder went: its contact-log entry, and the file written, if any.
public struct RecordedReminder: Hashable, Sendable {
    public var contactLogID: Int64
    public var file: String?
}

extension CobroDatabase {
    /// Records one reminder of a dunning run and delivers it, as one transaction: a contact-log
    /// entry (channel, outcome `other`, the full `text`) and a `reminder_sent` row per invoice
    /// for the stage and channel, then `deliver` (which returns the file it wrote, if any).
    ///
    /// The rows go in first: if another run has sent the stage for one of the invoices in the
    /// meantime, nothing is delivered and nil comes back. A delivery that fails throws and the
    /// rows are rolled back, so the next run tries again. Only a crash between delivering and
    /// committing could send a reminder twice — never a reminder recorded but not sent.
    public func recordReminder(
        _ message: DunningMessage, text: String, note: String, at: Date, sentOn: CivilDate, user: String?,
        deliver: () throws -> String?
    ) throws -> RecordedReminder? {
        try write { db -> RecordedReminder? in
            guard let customerID = try Int64.fetchOne(db, sql: "SELECT id FROM customer WHERE code = ?", arguments: [message.customerCode]) else {
                throw StoreError.unknownCustomer(message.customerCode)
            }
            var invoiceIDs: [Int64] = []
            for invoice in message.invoices {
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM invoice WHERE number = ? AND customer_id = ?",
                                                  arguments: [invoice.number, customerID]) else {
                    throw CorruptValue(what: "invoice of \(message.customerCode)", value: invoice.number)
                }
                let already = try Bool.fetchOne(db, sql: "SELECT 1 FROM reminder_sent WHERE invoice_id = ? AND stage = ? AND channel = ?",
                                                arguments: [id, message.stage.name, message.channel.rawValue]) ?? false
                if already { return nil }
                invoiceIDs.append(id)
            }
            try db.execute(sql: """
                INSERT INTO contact_log (customer_id, user_name, at, channel, direction, outcome, note, body)
                VALUES (?, ?, ?, ?, 'outbound', 'other', ?, ?)
                """, arguments: [customerID, user, Timestamp.iso(at), message.channel.rawValue, note, text])
            let entryID = db.lastInsertedRowID
            try AuditTrail.record(db, at: at, user: user, action: "remind", entity: "contact", key: String(entryID),
                                  customer: message.customerCode, after: [
                                      "channel": AuditValue(message.channel.rawValue), "stage": AuditValue(message.stage.name),
                                      "invoices": AuditValue(message.invoices.map(\.number).joined(separator: ",")), "note": AuditValue(note),
                                  ])
            for id in invoiceIDs {
                try db.execute(sql: "INSERT INTO reminder_sent (invoice_id, stage, channel, contact_log_id, sent_on) VALUES (?, ?, ?, ?, ?)",
                               arguments: [id, message.stage.name, message.channel.rawValue, entryID, sentOn.iso])
            }
            // The queue's summary keeps the latest contact of every kind.
            try Self.refreshQueuePosition(db, customerID: customerID)
            return RecordedReminder(contactLogID: entryID, file: try deliver())
        }
    }
}
