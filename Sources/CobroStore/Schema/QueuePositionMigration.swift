import GRDB

extension Migrations {
    /// v2: the call queue's per-customer summary (`QueuePosition`), filled for the rows already
    /// there. Days are days since 1970, instants seconds since 1970 (UTC); both compare as numbers.
    static func createQueuePosition(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE queue_position (
                customer_id INTEGER PRIMARY KEY REFERENCES customer(id),
                -- The customer's zone the local days were read in; NULL: with a day's margin.
                zone TEXT,
                -- The first local day the open items hold for; NULL: every day.
                open_from INTEGER,
                -- The first local day anything open is past due; NULL: nothing open.
                overdue_from INTEGER,
                open_items BLOB NOT NULL,
                -- The latest contact-log entry's time; the history holds for instants after it.
                history_until REAL,
                history_from_day INTEGER,
                latest_call_at REAL,
                -- What may put the customer in a follow-up tier; NULL: nothing.
                follow_ups BLOB,
                history BLOB NOT NULL
            );
            """)
        // The queue reads a few narrow columns of every customer: this index holds them, so the
        // scan does not read the customers' addresses and notes.
        try db.execute(sql: "CREATE INDEX customer_queue ON customer(id, do_not_call, status, code, time_zone, name)")
        try QueuePositionTable.rebuild(db)
    }
}
