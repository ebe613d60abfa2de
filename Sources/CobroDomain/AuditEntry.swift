import Foundation

/// One value of an audit-trail entry's before or after: what a column held.
public enum AuditValue: Codable, Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    case text(String)
    case number(Int64)
    case flag(Bool)
    case absent

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .flag(value) }
    public init(_ text: String?) { self = text.map(AuditValue.text) ?? .absent }
    public init(_ count: Int) { self = .number(Int64(count)) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .absent
        } else if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else if let number = try? container.decode(Int64.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .flag(let flag): try container.encode(flag)
        case .absent: try container.encodeNil()
        }
    }

    /// The value as a person reads it: text as written, `true`/`false`, and `—` for nothing.
    public var display: String {
        switch self {
        case .text(let text): return text
        case .number(let number): return String(number)
        case .flag(let flag): return flag ? "true" : "false"
        case .absent: return "—"
        }
    }
}

/// One entry of the append-only audit trail: who changed what, when, and the values before and
/// after. `customer` is the customer the entity belongs to (nil for templates, users, imports).
public struct AuditEntry: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var at: Date
    public var user: String?
    public var action: String
    public var entity: String
    public var key: String?
    public var customer: String?
    /// Column name → value, nil when the entry has no before (a creation) or no after.
    public var before: [String: AuditValue]?
    public var after: [String: AuditValue]?

    public init(id: Int64, at: Date, user: String?, action: String, entity: String, key: String?, customer: String?,
                before: [String: AuditValue]?, after: [String: AuditValue]?) {
        self.id = id
        self.at = at
        self.user = user
        self.action = action
        self.entity = entity
        self.key = key
        self.customer = customer
        self.before = before
        self.after = after
    }

    /// The entry's fields in name order, each with its value before and after (either absent
    /// when the entry lacks that side or that field).
    public var changes: [(field: String, before: AuditValue?, after: AuditValue?)] {
        Set((before ?? [:]).keys).union((after ?? [:]).keys).sorted().map { ($0, before?[$0], after?[$0]) }
    }

    /// One line for a list: `status: active→legal, reason: …` — the fields that changed first,
    /// then those with one side only (a reason, a creation's values).
    public var summary: String {
        // A template's body spans lines: on one line, each break shows as ↵.
        func line(_ value: AuditValue) -> String { value.display.replacingOccurrences(of: "\n", with: "↵") }
        let changed = changes.filter { $0.before != nil && $0.after != nil }
        let oneSided = changes.filter { $0.before == nil || $0.after == nil }
        return (changed + oneSided).map { change in
            switch (change.before, change.after) {
            case (let old?, let new?) where old != new: return "\(change.field): \(line(old))→\(line(new))"
            case (_, let new?): return "\(change.field): \(line(new))"
            case (let old?, nil): return "\(change.field): \(line(old))→"
            case (nil, nil): return change.field
            }
        }.joined(separator: ", ")
    }
}
