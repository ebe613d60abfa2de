import GRDB

/// The database schema, one registered migration per released version. A migration is never
/// edited once shipped: changes go into a new one.
enum Migrations {
    /// `PRAGMA application_id` of every Cobro database ("Cobr"): tells our files from others'.
    static let applicationID: Int32 = 0x436F_6272

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 portfolio, contact log, agreements, templates, users, audit") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try createPortfolio(db)
            try createContactLog(db)
            try createAgreements(db)
            try createRemindersAndTemplates(db)
            try createUsersAndAudit(db)
        }
        migrator.registerMigration("v2 queue position summary", migrate: createQueuePosition)
        migrator.registerMigration("v3 dunning ladder", migrate: createDunningLadder)
        migrator.registerMigration("v4 audit trail by customer", migrate: addAuditTrailCustomer)
        migrator.registerMigration("v5 anonymising customers past retention", migrate: allowAnonymisation)
        migrator.registerMigration("v6 queue position: latest segment", migrate: addLatestSegment)
        return migrator
    }

    private static func createPortfolio(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE customer (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                tax_id TEXT,
                phone TEXT,
                email TEXT,
                time_zone TEXT,
                language TEXT CHECK (language IN ('es', 'en')),
                notes TEXT,
                do_not_call INTEGER NOT NULL DEFAULT 0 CHECK (do_not_call IN (0, 1)),
                status TEXT NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active', 'suspended', 'legal', 'agency', 'written_off')),
                debtor_type TEXT
                    CHECK (debtor_type IN ('forgot', 'cash_flow', 'dispute', 'refuses', 'unreachable'))
            );
            CREATE TABLE contact_person (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customer(id),
                name TEXT NOT NULL,
                role TEXT,
                phone TEXT,
                email TEXT
            );
            CREATE INDEX contact_person_by_customer ON contact_person(customer_id);

            -- Dates are ISO text (YYYY-MM-DD), amounts integer minor units of `currency`.
            CREATE TABLE invoice (
                id INTEGER PRIMARY KEY,
                number TEXT NOT NULL UNIQUE,
                customer_id INTEGER NOT NULL REFERENCES customer(id),
                issue_date TEXT NOT NULL,
                due_date TEXT NOT NULL CHECK (due_date >= issue_date),
                amount INTEGER NOT NULL,
                currency TEXT NOT NULL,
                disputed INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0, 1))
            );
            -- Covers the aging query: walks a customer's documents per currency, in the order the pool
            -- pays them, without touching the table (the call queue reads the disputed flag too).
            CREATE INDEX invoice_aging ON invoice(customer_id, currency, due_date, issue_date, number, amount, disputed);
            CREATE INDEX invoice_by_due_date ON invoice(due_date);

            CREATE TABLE payment (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customer(id),
                date TEXT NOT NULL,
                amount INTEGER NOT NULL CHECK (amount > 0),
                currency TEXT NOT NULL,
                method TEXT CHECK (method IN ('cash', 'transfer', 'card', 'cheque', 'direct_debit', 'other')),
                reference TEXT UNIQUE,
                invoice_id INTEGER REFERENCES invoice(id),
                -- Identity of a payment without a reference: all its fields plus how many
                -- identical payments came before it, so that re-importing a file adds nothing.
                fingerprint TEXT UNIQUE,
                CHECK ((reference IS NULL) <> (fingerprint IS NULL))
            );
            CREATE INDEX payment_aging ON payment(customer_id, currency, date, amount, invoice_id);
            CREATE INDEX payment_by_invoice ON payment(invoice_id);
            """)
    }

    private static func createContactLog(_ db: Database) throws {
        try db.execute(sql: """
            -- Append-only: a correction is a new entry whose `corrects_id` names the old one.
            CREATE TABLE contact_log (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customer(id),
                contact_person_id INTEGER REFERENCES contact_person(id),
                user_name TEXT,
                at TEXT NOT NULL,
                channel TEXT NOT NULL CHECK (channel IN ('call', 'email', 'sms', 'letter', 'visit')),
                direction TEXT NOT NULL DEFAULT 'outbound' CHECK (direction IN ('outbound', 'inbound')),
                outcome TEXT NOT NULL CHECK (outcome IN ('no_answer', 'voicemail', 'wrong_number',
                    'right_party', 'promise', 'dispute', 'refused', 'paid', 'callback', 'other')),
                note TEXT,
                next_action TEXT,
                callback_at TEXT,
                corrects_id INTEGER REFERENCES contact_log(id),
                body TEXT
            );
            CREATE INDEX contact_log_by_customer ON contact_log(customer_id, at);
            CREATE INDEX contact_log_callbacks ON contact_log(callback_at) WHERE callback_at IS NOT NULL;

            CREATE TABLE promise (
                id INTEGER PRIMARY KEY,
                contact_log_id INTEGER NOT NULL UNIQUE REFERENCES contact_log(id),
                customer_id INTEGER NOT NULL REFERENCES customer(id),
                amount INTEGER NOT NULL CHECK (amount > 0),
                currency TEXT NOT NULL,
                promised_date TEXT NOT NULL
            );
            CREATE INDEX promise_by_customer ON promise(customer_id, promised_date);
            CREATE INDEX promise_by_date ON promise(promised_date);

            -- Who is working an account right now: one clerk at a time, until `expires_at`.
            CREATE TABLE queue_claim (
                customer_id INTEGER PRIMARY KEY REFERENCES customer(id),
                user_name TEXT NOT NULL,
                claimed_at TEXT NOT NULL,
                expires_at TEXT NOT NULL
            );
            """)
    }

    private static func createAgreements(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE agreement (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customer(id),
                currency TEXT NOT NULL,
                amount INTEGER NOT NULL CHECK (amount > 0),
                down_payment INTEGER NOT NULL DEFAULT 0 CHECK (down_payment >= 0),
                agreement_date TEXT NOT NULL,
                frequency TEXT NOT NULL CHECK (frequency IN ('weekly', 'biweekly', 'monthly')),
                status TEXT NOT NULL CHECK (status IN ('draft', 'active', 'completed', 'broken', 'cancelled')),
                discount INTEGER NOT NULL DEFAULT 0,
                fee INTEGER NOT NULL DEFAULT 0,
                created_by TEXT,
                created_at TEXT NOT NULL
            );
            CREATE INDEX agreement_by_customer ON agreement(customer_id, status);
            CREATE TABLE installment (
                id INTEGER PRIMARY KEY,
                agreement_id INTEGER NOT NULL REFERENCES agreement(id),
                n INTEGER NOT NULL CHECK (n >= 1),
                due_date TEXT NOT NULL,
                amount INTEGER NOT NULL CHECK (amount > 0),
                UNIQUE (agreement_id, n)
            );
            CREATE TABLE agreement_invoice (
                agreement_id INTEGER NOT NULL REFERENCES agreement(id),
                invoice_id INTEGER NOT NULL REFERENCES invoice(id),
                PRIMARY KEY (agreement_id, invoice_id)
            );
            CREATE TABLE agreement_status_change (
                id INTEGER PRIMARY KEY,
                agreement_id INTEGER NOT NULL REFERENCES agreement(id),
                status TEXT NOT NULL,
                at TEXT NOT NULL,
                user_name TEXT,
                reason TEXT
            );
            CREATE INDEX agreement_status_change_by_agreement ON agreement_status_change(agreement_id);
            """)
    }

    private static func createRemindersAndTemplates(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE template (
                id INTEGER PRIMARY KEY,
                stage TEXT NOT NULL,
                language TEXT NOT NULL CHECK (language IN ('es', 'en')),
                channel TEXT NOT NULL CHECK (channel IN ('email', 'letter', 'sms')),
                subject TEXT,
                body TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT,
                UNIQUE (stage, language, channel)
            );
            -- A stage is sent once per invoice and channel.
            CREATE TABLE reminder_sent (
                id INTEGER PRIMARY KEY,
                invoice_id INTEGER NOT NULL REFERENCES invoice(id),
                stage TEXT NOT NULL,
                channel TEXT NOT NULL,
                contact_log_id INTEGER REFERENCES contact_log(id),
                sent_on TEXT NOT NULL,
                UNIQUE (invoice_id, stage, channel)
            );
            """)
    }

    private static func createUsersAndAudit(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE user (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                role TEXT NOT NULL CHECK (role IN ('clerk', 'owner')),
                pin_hash BLOB,
                pin_salt BLOB,
                disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
                created_at TEXT NOT NULL
            );
            -- Append-only record of every change: who, when, what, and the values before and after.
            CREATE TABLE audit_trail (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                user_name TEXT,
                action TEXT NOT NULL,
                entity TEXT NOT NULL,
                entity_key TEXT,
                before_json TEXT,
                after_json TEXT
            );
            CREATE INDEX audit_trail_by_entity ON audit_trail(entity, entity_key);
            CREATE TRIGGER audit_trail_is_append_only_update BEFORE UPDATE ON audit_trail
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER audit_trail_is_append_only_delete BEFORE DELETE ON audit_trail
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER contact_log_is_append_only BEFORE UPDATE ON contact_log
                BEGIN SELECT RAISE(ABORT, 'contact log entries are corrected by new entries'); END;
            """)
    }
}
