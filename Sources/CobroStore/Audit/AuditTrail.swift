import Foundation
import GRDB

/// A value written to the audit trail's before/after JSON.
enum AuditValue: Encodable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    case text(String)
    case number(Int64)
    case flag(Bool)
    case absent

    init(stringLiteral value: String) { self = .text(value) }
    init(integerLiteral value: Int64) { self = .number(value) }
    init(booleanLiteral value: Bool) { self = .flag(value) }
    init(_ text: String?) { self = text.map(AuditValue.text) ?? .absent }
    init(_ count: Int) { self = .number(Int64(count)) }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .flag(let flag): try container.encode(flag)
        case .absent: try container.encodeNil()
        }
    }
}

/// The append-only record of who changed what, written in the same transaction as the change.
enum AuditTrail {
    static func record(
        _ db: Database, at: Date, user: String?, action: String, entity: String, key: String?,
        before: [String: AuditValue]? = nil, after: [String: AuditValue]? = nil
    ) throws {
        try db.execute(sql: """
            INSERT INTO audit_trail (at, user_name, action, entity, entity_key, before_json, after_json)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [Timestamp.iso(at), user, action, entity, key, json(before), json(after)])
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
