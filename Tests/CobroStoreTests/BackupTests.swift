import CobroStore
import Foundation
import GRDB
import Testing

/// A database of `count` customers, each with one invoice, under `folder`.
func portfolio(in folder: TemporaryFolder, name: String = "cobro.sqlite", customers count: Int) throws -> CobroDatabase {
    let database = try CobroDatabase.open(path: folder.path(name))
    let codes = (1...count).map { String(format: "C%05d", $0) }
    _ = try database.importText(.customers, "code,name,phone\n" + codes.map { "\($0),Cliente \($0),+34 600 000 000" }.joined(separator: "\n"))
    _ = try database.importText(.invoices, "number,customer_code,issue_date,due_date,amount,currency\n"
        + codes.map { "F-\($0),\($0),2026-01-01,2026-01-31,100.00,EUR" }.joined(separator: "\n"))
    return database
}

@Suite("cobro backup: SQLite's online backup into a private file, safe while clerks work")
struct BackupTests {
    @Test("a backup holds the whole database, says what it wrote, passes the integrity check and is readable by its owner only")
    func backupWritesAWholePrivateCopy() throws {
        let folder = try TemporaryFolder()
        let database = try portfolio(in: folder, customers: 40)
        let previous = umask(0o022)
        defer { umask(previous) }
        let summary = try database.backup(to: folder.path("copy.sqlite"))
        #expect(summary.path == folder.path("copy.sqlite"))
        #expect(summary.customers == 40 && summary.invoices == 40)
        #expect(summary.bytes == Int64(try Data(contentsOf: folder.url.appendingPathComponent("copy.sqlite")).count))
        #expect(try mode(of: summary.path) == 0o600)
        let copy = try DatabaseQueue(path: summary.path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        #expect(try copy.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
        #expect(try copy.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "delete")
        let hidden = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix(".") }
        #expect(hidden.isEmpty, "no temporary file is left beside the backup")
        #expect(try CobroDatabase.open(path: summary.path).agingJSON(asOf: "2026-12-01") == database.agingJSON(asOf: "2026-12-01"))
    }

    @Test("an existing file is not overwritten unless asked, and the database itself is never a backup target")
    func existingFileNeedsForce() throws {
        let folder = try TemporaryFolder()
        let database = try portfolio(in: folder, customers: 3)
        let target = try folder.write("old.sqlite", "keep me")
        #expect(throws: BackupError.targetExists(path: target)) { try database.backup(to: target) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me")
        #expect(try database.backup(to: target, replacing: true).customers == 3)
        #expect(throws: BackupError.sameFile(path: database.path)) { try database.backup(to: database.path, replacing: true) }
    }

    @Test("while another connection keeps writing, each backup is one consistent moment (whole transactions only) and the writer never waits (it fails at once on a lock)")
    func backupWhileAWriterWorks() throws {
        let folder = try TemporaryFolder()
        let database = try portfolio(in: folder, customers: 2_000)
        // GRDB's default busy mode fails at once: a backup that locked writers out would stop this one.
        let writer = try DatabaseQueue(path: database.path)
        let stop = ManagedAtomicFlag()
        // Each transaction adds a customer and its invoice: a consistent copy has as many of one as of the other.
        let writes = BackgroundLoop {
            var written = 0
            while !stop.isSet {
                try writer.write { db in
                    try db.execute(sql: "INSERT INTO customer (code, name) VALUES (?, 'Nuevo')", arguments: ["W\(written)"])
                    try db.execute(sql: """
                        INSERT INTO invoice (number, customer_id, issue_date, due_date, amount, currency)
                        VALUES (?, last_insert_rowid(), '2026-02-01', '2026-03-01', 500, 'EUR')
                        """, arguments: ["FW\(written)"])
                }
                written += 1
            }
            return written
        }
        var counts: [Int] = []
        for round in 1...5 {
            while try writer.read({ try Int.fetchOne($0, sql: "SELECT count(*) FROM customer") })! < 2_000 + round * 5 { usleep(1_000) }
            let summary = try database.backup(to: folder.path("copy-\(round).sqlite"))
            let copy = try DatabaseQueue(path: summary.path)
            #expect(try copy.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
            #expect(summary.customers == summary.invoices, "a backup never holds half a transaction")
            counts.append(summary.customers)
        }
        stop.set()
        let written = try writes.result()
        #expect(counts == counts.sorted() && counts.first! > 2_000, "each backup is later than the one before")
        #expect(2_000 + written > counts.last!, "the writer went on after the last backup")
    }
}

/// Runs `body` on a thread of its own; `result()` waits for it.
final class BackgroundLoop<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var outcome: Result<Value, any Error>?

    init(_ body: @escaping @Sendable () throws -> Value) {
        Thread {
            self.outcome = Result { try body() }
            self.done.signal()
        }.start()
    }

    func result() throws -> Value {
        done.wait()
        return try outcome!.get()
    }
}

/// A flag one task sets and another reads.
final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
