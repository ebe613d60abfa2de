import CobroDomain
import Foundation
import GRDB

/// Which part of the audit trail to read: newest first, one page at a time.
public struct AuditTrailFilter: Hashable, Sendable {
    /// Entries of this customer: its own changes and those of what belongs to it (invoices,
    /// contacts, promises, agreements).
    public var customer: String?
    /// Entries at or after this instant.
    public var since: Date?
    /// Entries whose user, action, entity, key, customer or values contain this text (ASCII
    /// letters in any case).
    public var text: String?

    public init(customer: String? = nil, since: Date? = nil, text: String? = nil) {
        self.customer = customer
        self.since = since
        self.text = text
    }
}

extension CobroDatabase {
    /// Up to `limit` entries matching `filter`, newest first, that come after `entry` in that
    /// order (nil: from the newest). Paging by the last entry shown, not by an offset, keeps every
    /// page as quick as the first however long the trail grows.
    public func auditTrail(_ filter: AuditTrailFilter = AuditTrailFilter(), after entry: AuditEntry? = nil,
                           limit: Int = .max) throws -> [AuditEntry] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let customer = filter.customer {
            // Entries written before v4 name no customer; the customer's own are found by key.
            conditions.append("(customer_code = ? OR (customer_code IS NULL AND entity = 'customer' AND entity_key = ?))")
            arguments += [customer, customer]
        }
        if let since = filter.since {
            conditions.append("at >= ?")
            arguments += [Timestamp.iso(since)]
        }
        if let text = filter.text, !text.isEmpty {
            conditions.append("""
                instr(lower(coalesce(user_name, '') || ' ' || action || ' ' || entity || ' ' || coalesce(entity_key, '') || ' '
                            || coalesce(customer_code, '') || ' ' || coalesce(before_json, '') || ' ' || coalesce(after_json, '')),
                      lower(?)) > 0
                """)
            arguments += [text]
        }
        if let entry {
            conditions.append("(at, id) < (?, ?)")
            arguments += [Timestamp.iso(entry.at), entry.id]
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, at, user_name, action, entity, entity_key, customer_code, before_json, after_json FROM audit_trail
                \(whereClause) ORDER BY at DESC, id DESC LIMIT ?
                """, arguments: arguments + [limit]).map(Self.auditEntry)
        }
    }

    private static func auditEntry(_ row: Row) throws -> AuditEntry {
        guard let at = Timestamp.parse(row[1]) else { throw CorruptValue(what: "audit trail time", value: row[1]) }
        return AuditEntry(id: row[0], at: at, user: row[2], action: row[3], entity: row[4], key: row[5], customer: row[6],
                          before: try values(row[7]), after: try values(row[8]))
    }

    private static func values(_ json: String?) throws -> [String: AuditValue]? {
        guard let json else { return nil }
        do {
            return try JSONDecoder().decode([String: AuditValue].self, from: Data(json.utf8))
        } catch {
            throw CorruptValue(what: "audit trail values", value: json)
        }
    }
}
