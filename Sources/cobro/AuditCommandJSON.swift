import CobroDomain
import Foundation

/// `cobro audit --format json`: `{"entries": [{"at", "user", "action", "entity", "key", "before", "after"}]}`,
/// absent values as null, before and after as the objects the trail holds.
enum AuditJSON {
    static func text(_ entries: [AuditEntry]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Document(entries: entries.map(Entry.init))), as: UTF8.self)
    }

    private struct Document: Encodable {
        let entries: [Entry]
    }

    private struct Entry: Encodable {
        let entry: AuditEntry

        enum CodingKeys: String, CodingKey { case at, user, action, entity, key, before, after }

        // Every key is written, null when absent: JSONEncoder would leave absent optionals out.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(InstantArgument.text(entry.at), forKey: .at)
            try container.encode(entry.user, forKey: .user)
            try container.encode(entry.action, forKey: .action)
            try container.encode(entry.entity, forKey: .entity)
            try container.encode(entry.key, forKey: .key)
            try container.encode(entry.before, forKey: .before)
            try container.encode(entry.after, forKey: .after)
        }
    }
}
