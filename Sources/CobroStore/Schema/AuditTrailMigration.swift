import GRDB

extension Migrations {
    /// v4: the audit trail names the customer each entry belongs to, so that a customer's trail
    /// (its own changes, its invoices', contacts', agreements') is read by index; the trail pages
    /// newest first by time; and no entry can be replaced. Entries written before v4 name no
    /// customer: the customer's own are still found by their key.
    static func addAuditTrailCustomer(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE audit_trail ADD COLUMN customer_code TEXT;
            CREATE INDEX audit_trail_by_customer ON audit_trail(customer_code, at, id);
            CREATE INDEX audit_trail_by_time ON audit_trail(at, id);
            -- INSERT OR REPLACE deletes the row it replaces without firing the delete trigger:
            -- an entry's id is never written twice.
            CREATE TRIGGER audit_trail_is_never_replaced BEFORE INSERT ON audit_trail
                WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_trail WHERE id = NEW.id)
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            """)
    }
}
