import CobroDomain
import Foundation
import GRDB

/// A template as the database keeps it: who changed it last, and when.
public struct StoredTemplate: Hashable, Sendable {
    public var template: ReminderTemplate
    public var updatedAt: Date
    /// nil for a template seeded from the shipped files and never edited.
    public var updatedBy: String?
}

/// Reminder templates (SPEC §5 "Templates"): seeded from the files shipped with Cobro when
/// missing, edited in the desk with who and when, every change in the audit trail.
extension CobroDatabase {
    /// Every stored template, by stage, language and channel.
    public func templates() throws -> [StoredTemplate] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT stage, language, channel, subject, body, updated_at, updated_by FROM template")
                .compactMap(Self.storedTemplate).sorted { $0.template.key < $1.template.key }
        }
    }

    public func template(_ key: TemplateKey) throws -> StoredTemplate? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT stage, language, channel, subject, body, updated_at, updated_by FROM template
                WHERE stage = ? AND language = ? AND channel = ?
                """, arguments: [key.stage, key.language.rawValue, key.channel.rawValue]).flatMap(Self.storedTemplate)
        }
    }

    /// Adds the shipped templates the database lacks (an edited one is never overwritten);
    /// returns how many were added.
    @discardableResult
    public func seedTemplates(_ shipped: [ReminderTemplate], at: Date) throws -> Int {
        try write { db in
            var added = 0
            for template in shipped {
                try db.execute(sql: """
                    INSERT OR IGNORE INTO template (stage, language, channel, subject, body, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, NULL)
                    """, arguments: Self.arguments(template, at: at))
                guard db.changesCount > 0 else { continue }
                added += 1
                try AuditTrail.record(db, at: at, user: nil, action: "create", entity: "template", key: template.key.description,
                                      after: Self.auditValues(template))
            }
            return added
        }
    }

    /// Saves an edited (or new) template as `user` did it at `at`, with its previous text in the
    /// audit trail. The caller checks it first (`ReminderRenderer.problems(in:)`).
    public func saveTemplate(_ template: ReminderTemplate, user: String?, at: Date) throws {
        try write { db in
            try Self.requireOwner(db, user, to: .changeTemplates)
            let key = template.key
            let before = try Row.fetchOne(db, sql: "SELECT subject, body FROM template WHERE stage = ? AND language = ? AND channel = ?",
                                          arguments: [key.stage, key.language.rawValue, key.channel.rawValue])
            try db.execute(sql: """
                INSERT INTO template (stage, language, channel, subject, body, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (stage, language, channel) DO UPDATE SET
                    subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """, arguments: Self.arguments(template, at: at) + [user])
            try AuditTrail.record(db, at: at, user: user, action: before == nil ? "create" : "update", entity: "template",
                                  key: key.description,
                                  before: before.map { ["subject": AuditValue($0[0] as String?), "body": AuditValue($0[1] as String?)] },
                                  after: Self.auditValues(template))
        }
    }

    private static func arguments(_ template: ReminderTemplate, at: Date) -> StatementArguments {
        [template.key.stage, template.key.language.rawValue, template.key.channel.rawValue,
         template.key.channel == .email ? template.subject : nil, template.body, Timestamp.iso(at)]
    }

    private static func auditValues(_ template: ReminderTemplate) -> [String: AuditValue] {
        ["subject": AuditValue(template.key.channel == .email ? template.subject : nil), "body": AuditValue(template.body)]
    }

    // A row the CHECK constraints let in but this version cannot read (a future channel) is skipped.
    private static func storedTemplate(_ row: Row) -> StoredTemplate? {
        guard let language = Language(rawValue: row[1]), let channel = ContactChannel(rawValue: row[2]),
              let updatedAt = Timestamp.parse(row[5]) else { return nil }
        let key = TemplateKey(stage: row[0], language: language, channel: channel)
        return StoredTemplate(template: ReminderTemplate(key: key, subject: row[3], body: row[4]), updatedAt: updatedAt, updatedBy: row[6])
    }
}
