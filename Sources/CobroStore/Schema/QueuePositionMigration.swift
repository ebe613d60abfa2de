import GRDB

extension Migrations {
    /// v2: the call queue's per-customer summary (`QueuePosition`), filled for the rows already
    /// there by v6, which gives the table the columns today's code writes. Days are days since 1970, instants seconds since 1970 (UTC); both compare as numbers.
    static func createQueuePosition(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE queue_position (
                customer_id INTEGER PRIMARY KEY REFERENCES customer(id),
                -- The customer's columns the queue reads, copied so that it never joins customer.
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                time_zone TEXT,
                do_not_call INTEGER NOT NULL,
                status TEXT NOT NULL,
                -- The customer's zone the local days were read in; NULL: with a day's margin.
                zone TEXT,
                -- The first local day the open items hold for; NULL: every day.
                open_from INTEGER,
                -- The first local day anything open is past due; NULL: nothing open.
                overdue_from INTEGER,
                open_items BLOB NOT NULL,
                -- Per currency, the most ever open and the oldest due day: a bound on the score.
                priority_bound BLOB,
                -- The latest contact-log entry's time; the history holds for instants after it.
                history_until REAL,
                history_from_day INTEGER,
                -- From this instant on the summary surely holds; NULL: always.
                covered_from REAL,
                -- What may put the customer in a follow-up tier; NULL: nothing.
                follow_ups BLOB,
                -- From follow_ups: the callback asked for, the first instant a promise may fall
                -- due, and the least grace under which a promise was followed up (-1: one was not).
                callback_at REAL,
                promise_due_from REAL,
                promise_answered_min INTEGER,
                history BLOB NOT NULL
            );
            """)
        // `queue next` finds customers in the order of their places: by these, not by a scan.
        try db.execute(sql: "CREATE INDEX queue_position_covered ON queue_position(covered_from) WHERE covered_from IS NOT NULL")
        try db.execute(sql: "CREATE INDEX queue_position_callback ON queue_position(callback_at) WHERE callback_at IS NOT NULL")
        try db.execute(sql: """
            CREATE INDEX queue_position_promise ON queue_position(promise_answered_min, promise_due_from)
            WHERE promise_due_from IS NOT NULL
            """)
        // Everything the priority tier's bound needs, read without the rows' blobs.
        try db.execute(sql: "CREATE INDEX queue_position_priority ON queue_position(overdue_from, do_not_call, status, time_zone, priority_bound)")
    }
}
