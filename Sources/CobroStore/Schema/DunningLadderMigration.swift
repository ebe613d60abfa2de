import GRDB

extension Migrations {
    /// v3: the owner's dunning ladder, one row per stage; no rows means the SPEC's ladder.
    static func createDunningLadder(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE dunning_stage (
                name TEXT PRIMARY KEY,
                days INTEGER NOT NULL UNIQUE,
                -- Comma-separated, in sending order: email, letter, sms.
                channels TEXT NOT NULL CHECK (channels <> ''),
                late_payment INTEGER NOT NULL CHECK (late_payment IN (0, 1))
            );
            """)
    }
}
