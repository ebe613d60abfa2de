import CobroDomain
import Foundation
import GRDB

/// What anonymising did: the customers whose personal data is gone, with how many texts and
/// audit values went with it.
public struct AnonymisationSummary: Equatable, Sendable {
    public var customers: [String]
    public var contactTexts: Int
    public var auditValues: Int
}

extension CobroDatabase {
    /// Anonymises the customers `retentionCandidates(period)` lists and that are not anonymised
    /// yet (owner only), in one transaction: the name becomes a pseudonym made of the code
    /// ("Anonimizado C001" in Spanish, "Anonymised C001" in English, by the customer's language,
    /// else `language`); tax id, phone, e-mail and notes are removed; contact people keep their
    /// role only; contact-log notes, reminder texts and next actions are blanked; agreement
    /// status reasons are removed; and the personal values in the customer's audit entries read
    /// `(anonymised)`. Codes, invoices, payments, promises, agreements, dates and amounts stay, so
    /// every figure (the aging report as of any date) stays the same. The anonymisation itself
    /// is audited with the counts, not the values.
    public func anonymise(_ period: RetentionPeriod, user: String?, at: Date, language: Language) throws -> AnonymisationSummary {
        try requireOwner(user, to: .anonymisePersonalData)
        let open = try openCustomerCodes(asOf: period.asOf)
        let summary = try write { db in
            try Self.requireOwner(db, user, to: .anonymisePersonalData)
            // Overwrites the freed bytes of the old values with zeros instead of leaving them in the pages.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            defer { try? db.execute(sql: "PRAGMA secure_delete = OFF") }
            var summary = AnonymisationSummary(customers: [], contactTexts: 0, auditValues: 0)
            // Read again inside the transaction: activity logged since the list was read keeps a customer.
            for candidate in try RetentionQuery.inactive(db, before: period.cutoff)
            where candidate.anonymisedAt == nil && !open.contains(candidate.code) {
                let counts = try CustomerAnonymiser(db: db, code: candidate.code, at: at, language: language).run()
                try AuditTrail.record(db, at: at, user: user, action: "anonymise", entity: "customer", key: candidate.code,
                                      customer: candidate.code, after: ["last_activity": AuditValue(candidate.lastActivity.iso),
                                              "retention_years": AuditValue(period.years),
                                              "contact_texts": AuditValue(counts.contactTexts),
                                              "audit_values": AuditValue(counts.auditValues)])
                summary.customers.append(candidate.code)
                summary.contactTexts += counts.contactTexts
                summary.auditValues += counts.auditValues
            }
            return summary
        }
        if !summary.customers.isEmpty { compactAway() }
        return summary
    }

    /// Earlier copies of the removed values may linger in pages' free space (from changes made
    /// before) and in the write-ahead log: VACUUM rewrites the file from the live rows only, and
    /// the checkpoint folds the log in and empties it. Either waits out (and then gives up on) a
    /// clerk who is reading; the anonymisation itself is done already.
    private func compactAway() {
        try? writer.writeWithoutTransaction { db in
            try db.execute(sql: "VACUUM")
            try db.checkpoint(.truncate)
        }
    }
}

/// Removes one customer's personal data inside the caller's transaction.
private struct CustomerAnonymiser {
    /// Audit fields that hold what a person wrote or who a person is.
    static let personalAuditFields: Set<String> = ["name", "tax_id", "phone", "email", "notes", "note", "reason", "body", "next_action", "contact_person"]

    let db: Database
    let code: String
    let at: Date
    let language: Language

    func run() throws -> (contactTexts: Int, auditValues: Int) {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, language FROM customer WHERE code = ?"), arguments: [code]) else {
            throw StoreError.unknownCustomer(code)
        }
        let id: Int64 = row[0]
        let es = ((row[1] as String?).flatMap(Language.init(rawValue:)) ?? language) == .es
        // Marked first: the contact log's and the audit trail's triggers allow blanking only for a marked customer.
        try db.cachedStatement(sql: """
            UPDATE customer SET name = ?, tax_id = NULL, phone = NULL, email = NULL, notes = NULL, anonymised_at = ?
            WHERE id = ?
            """).execute(arguments: [(es ? "Anonimizado " : "Anonymised ") + code, Timestamp.iso(at), id])
        try db.cachedStatement(sql: "UPDATE contact_person SET name = ?, phone = NULL, email = NULL WHERE customer_id = ?")
            .execute(arguments: [es ? "Contacto anonimizado" : "Anonymised contact", id])
        try db.cachedStatement(sql: """
            UPDATE contact_log SET note = NULL, body = NULL, next_action = NULL
            WHERE customer_id = ? AND (note IS NOT NULL OR body IS NOT NULL OR next_action IS NOT NULL)
            """).execute(arguments: [id])
        let contactTexts = db.changesCount
        try db.cachedStatement(sql: """
            UPDATE agreement_status_change SET reason = NULL
            WHERE reason IS NOT NULL AND agreement_id IN (SELECT id FROM agreement WHERE customer_id = ?)
            """).execute(arguments: [id])
        let auditValues = try redactAuditTrail(customerID: id)
        // The queue's summary keeps a copy of the name.
        try CobroDatabase.refreshQueuePosition(db, customerID: id)
        return (contactTexts, auditValues)
    }

    /// Replaces the text of every personal field in the customer's audit entries with
    /// `Migrations.redactedValue`, field by field in SQL so that every other value stays exactly
    /// as written; returns how many values went. Entries written before the audit trail named
    /// their customer (v4) are found through the invoice or agreement they are about.
    private func redactAuditTrail(customerID: Int64) throws -> Int {
        var redacted = 0
        for column in ["before_json", "after_json"] {
            for field in Self.personalAuditFields.sorted() {
                try db.cachedStatement(sql: """
                    UPDATE audit_trail SET \(column) = json_set(\(column), '$.\(field)', ?2)
                    WHERE (customer_code = ?1 OR (entity = 'customer' AND entity_key = ?1)
                        OR (customer_code IS NULL AND entity = 'invoice'
                            AND entity_key IN (SELECT number FROM invoice WHERE customer_id = ?3))
                        OR (customer_code IS NULL AND entity = 'agreement'
                            AND entity_key IN (SELECT CAST(id AS TEXT) FROM agreement WHERE customer_id = ?3)))
                    AND json_type(\(column), '$.\(field)') = 'text' AND json_extract(\(column), '$.\(field)') <> ?2
                    """).execute(arguments: [code, Migrations.redactedValue, customerID])
                redacted += db.changesCount
            }
        }
        return redacted
    }
}
