import CobroStore
import Foundation
import GRDB
import Testing

@Suite("Opening a database file: create, migrate, refuse what is not ours")
struct DatabaseFileTests {
    @Test("a missing file is created in a new folder and migrated")
    func missingFileIsCreated() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("nested/deeper/cobro.sqlite")
        _ = try CobroDatabase.open(path: path)
        let queue = try DatabaseQueue(path: path)
        let tables = try queue.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        for table in ["customer", "contact_person", "invoice", "payment", "contact_log", "promise", "queue_claim",
                      "agreement", "installment", "template", "reminder_sent", "user", "audit_trail"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test("a 0-byte file is migrated like a missing one")
    func emptyFileIsMigrated() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("empty.sqlite", "")
        let database = try CobroDatabase.open(path: path)
        #expect(try database.agingReport(asOf: .init(iso: "2026-11-23")!).currencies.isEmpty)
    }

    @Test("opening twice migrates once and keeps the data")
    func reopenKeepsData() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("cobro.sqlite")
        _ = try CobroDatabase.open(path: path).importText(.customers, "code,name\nC1,Uno\n")
        let again = try CobroDatabase.open(path: path)
        #expect(try again.importText(.customers, "code,name\nC1,Uno\n").unchanged == 1)
    }

    @Test("a text file is refused as not a database and left untouched")
    func textFileRefused() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("notes.sqlite", "these are my notes\n")
        #expect(throws: StoreError.notADatabase(path: path)) { try CobroDatabase.open(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "these are my notes\n")
    }

    @Test("another program's SQLite database is refused and left untouched (no WAL switch)")
    func foreignDatabaseRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("other.sqlite")
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE recipes (name TEXT)") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.foreignDatabase(path: path)) { try CobroDatabase.open(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("a database written by a newer Cobro is refused")
    func newerSchemaRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("future.sqlite")
        _ = try CobroDatabase.open(path: path)
        try DatabaseQueue(path: path).write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 something from the future')")
        }
        #expect(throws: StoreError.newerSchema(path: path)) { try CobroDatabase.open(path: path) }
    }

    @Test("a read-only database can be read but refuses writes, with nothing written")
    func readOnlyDatabase() throws {
        guard getuid() != 0 else { return } // root may write to any file; the check means nothing there
        let folder = try TemporaryFolder()
        let path = folder.path("ro.sqlite")
        _ = try CobroDatabase.open(path: path).importText(.customers, "code,name\nC1,Uno\n")
        chmod(path, 0o400)
        let database = try CobroDatabase.open(path: path)
        #expect(throws: StoreError.readOnly(path: path)) { try database.importText(.customers, "code,name\nC2,Dos\n") }
    }
}
