import GRDB

extension Migrations {
    /// What an anonymised audit value reads as: the field is still there, its value is gone.
    static let redactedValue = "(anonymised)"

    /// v5: customers can be anonymised once their records are past the retention period.
    /// `customer.anonymised_at` marks them. The contact log and the audit trail stay append-only
    /// except for exactly what anonymising a marked customer needs: its contact-log entries may
    /// have their texts (note, reminder body, next action) blanked, and its audit entries may
    /// have values replaced by `redactedValue`; who did what, when, to which field, and every
    /// other column of both stay as written. Anything else is still refused.
    static func allowAnonymisation(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE customer ADD COLUMN anonymised_at TEXT;

            DROP TRIGGER contact_log_is_append_only;
            CREATE TRIGGER contact_log_is_append_only BEFORE UPDATE ON contact_log
                WHEN NOT (
                    (SELECT anonymised_at FROM customer WHERE id = OLD.customer_id) IS NOT NULL
                    AND NEW.id IS OLD.id AND NEW.customer_id IS OLD.customer_id
                    AND NEW.contact_person_id IS OLD.contact_person_id AND NEW.user_name IS OLD.user_name
                    AND NEW.at IS OLD.at AND NEW.channel IS OLD.channel AND NEW.direction IS OLD.direction
                    AND NEW.outcome IS OLD.outcome AND NEW.callback_at IS OLD.callback_at
                    AND NEW.corrects_id IS OLD.corrects_id
                    AND (NEW.note IS NULL OR NEW.note IS OLD.note)
                    AND (NEW.body IS NULL OR NEW.body IS OLD.body)
                    AND (NEW.next_action IS NULL OR NEW.next_action IS OLD.next_action))
                BEGIN SELECT RAISE(ABORT, 'contact log entries are corrected by new entries'); END;

            DROP TRIGGER audit_trail_is_append_only_update;
            CREATE TRIGGER audit_trail_is_append_only_update BEFORE UPDATE ON audit_trail
                WHEN NOT (
                    (SELECT anonymised_at FROM customer WHERE code = \(auditEntryCustomer)) IS NOT NULL
                    AND NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.user_name IS OLD.user_name
                    AND NEW.action IS OLD.action AND NEW.entity IS OLD.entity
                    AND NEW.entity_key IS OLD.entity_key AND NEW.customer_code IS OLD.customer_code
                    AND \(onlyRedacted("before_json")) AND \(onlyRedacted("after_json")))
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            """)
    }

    /// SQL for the code of the customer the audit entry OLD is about: its `customer_code` (v4 on),
    /// else, for entries written before v4, the customer itself or the owner of the invoice or agreement.
    static let auditEntryCustomer = """
        coalesce(OLD.customer_code, CASE OLD.entity
            WHEN 'customer' THEN OLD.entity_key
            WHEN 'invoice' THEN (SELECT c.code FROM invoice i JOIN customer c ON c.id = i.customer_id WHERE i.number = OLD.entity_key)
            WHEN 'agreement' THEN (SELECT c.code FROM agreement a JOIN customer c ON c.id = a.customer_id
                                   WHERE CAST(a.id AS TEXT) = OLD.entity_key) END)
        """

    /// SQL true when the JSON object in `column` kept every field and changed values only to `redactedValue`.
    private static func onlyRedacted(_ column: String) -> String {
        """
        (NEW.\(column) IS OLD.\(column) OR (OLD.\(column) IS NOT NULL AND json_valid(NEW.\(column))
            AND (SELECT count(*) FROM json_each(NEW.\(column))) = (SELECT count(*) FROM json_each(OLD.\(column)))
            AND NOT EXISTS (SELECT 1 FROM json_each(OLD.\(column)) AS was
                LEFT JOIN json_each(NEW.\(column)) AS now ON now.key = was.key
                WHERE now.key IS NULL OR (now.atom IS NOT was.atom AND now.atom IS NOT '\(redactedValue)'))))
        """
    }
}
