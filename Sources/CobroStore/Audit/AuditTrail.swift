import CobroDomain
import Foundation
import GRDB

/// The trail's values are CobroDomain's (the screens and commands read them back); named here
/// too so that every file writing the trail has them, whatever it imports.
typealias AuditValue = CobroDomain.AuditValue

/// The append-only record of who changed what, written in the same transaction as the change.
/// `customer` is the code of the customer the entity belongs to (the customer itself, or the
/// owner of an invoice, a contact, an agreement), so that a customer's trail is one lookup.
enum AuditTrail {
    static func record(
        _ db: Database, at: Date, user: String?, action: String, entity: String, key: String?, customer: String? = nil,
        before: [String: AuditValue]? = nil, after: [String: AuditValue]? = nil
    ) throws {
        try db.execute(sql: """
            INSERT INTO audit_trail (at, user_name, action, entity, entity_key, customer_code, before_json, after_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [Timestamp.iso(at), user, action, entity, key, customer, json(before), json(after)])
    }

    private static func json(_ values: [String: AuditValue]?) throws -> String? {
        guard let values else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(values), as: UTF8.self)
    }
}

/// Instants are stored as ISO 8601 text in UTC (`2026-11-23T09:30:00Z`), which sorts by time.
enum Timestamp {
    static func iso(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }

    static func parse(_ text: String) -> Date? {
        try? Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).parse(text)
    }
}
