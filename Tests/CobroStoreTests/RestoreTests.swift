import CobroDomain
import CobroStore
import Foundation
import GRDB
import Testing

@Suite("cobro restore: owner only, checks the file first, keeps what it replaces, safe for clerks with the database open")
struct RestoreTests {
    let folder: TemporaryFolder
    let database: CobroDatabase
    let at = Date(timeIntervalSince1970: 1_796_400_000) // 2026-12-04T16:00:00Z

    init() throws {
        folder = try TemporaryFolder()
        database = try portfolio(in: folder, customers: 5)
    }

    private func customerCount(_ path: String) throws -> Int {
        try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM customer")! }
    }

    private func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    }

    @Test("the backup's contents come back; the replaced contents are kept beside the database (0600); the backup file is only read; the restore is audited")
    func restoreBringsBackTheBackup() throws {
        let backup = try database.backup(to: folder.path("monday.sqlite")).path
        let backupBytes = try Data(contentsOf: URL(fileURLWithPath: backup))
        _ = try database.importText(.customers, "code,name\nX1,Después\nX2,Después\n")

        let summary = try database.restore(from: backup, user: "marta", at: at)
        #expect(summary.customers == 5 && summary.invoices == 5)
        #expect(try database.agingReport(asOf: CivilDate(iso: "2026-12-01")!).currencies[0].customers.count == 5)
        #expect(summary.kept.path == folder.path("cobro.before-restore-20261204T160000Z.sqlite"))
        #expect(summary.kept.customers == 7)
        #expect(try customerCount(summary.kept.path) == 7)
        #expect(try mode(of: summary.kept.path) == 0o600)
        #expect(try Data(contentsOf: URL(fileURLWithPath: backup)) == backupBytes, "the backup itself is not changed")
        let audit = try DatabaseQueue(path: database.path).read {
            try Row.fetchOne($0, sql: "SELECT user_name, action, entity, after_json FROM audit_trail ORDER BY id DESC LIMIT 1")!
        }
        #expect(audit[0] == "marta" && audit[1] == "restore" && audit[2] == "database")
        #expect((audit[3] as String).contains("monday.sqlite") && (audit[3] as String).contains("before-restore"))
        #expect(try files().filter { $0.hasPrefix(".") }.isEmpty, "no staging file is left")
    }

    @Test("a clerk with the database open reads the restored contents next and goes on writing")
    func clerkWithTheDatabaseOpen() throws {
        let backup = try database.backup(to: folder.path("copy.sqlite")).path
        let clerk = try CobroDatabase.open(path: database.path)
        _ = try clerk.importText(.customers, "code,name\nX1,Después\n")
        #expect(try clerk.agingJSON(asOf: "2026-12-01") == database.agingJSON(asOf: "2026-12-01"))
        _ = try database.restore(from: backup, user: nil, at: at)
        #expect(try clerk.importText(.customers, "code,name\nX1,Otra vez\n").inserted == 1, "X1 is gone with the restore and can be added again")
        #expect(try customerCount(database.path) == 6)
        #expect(try DatabaseQueue(path: database.path).read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
    }

    @Test("a text file, an empty file, another program's database, an empty SQLite file, a newer Cobro's file and a damaged one are refused, and nothing changes")
    func refusals() throws {
        let foreign = folder.path("recipes.sqlite")
        try DatabaseQueue(path: foreign).write { try $0.execute(sql: "CREATE TABLE recipe (name TEXT)") }
        let emptySQLite = folder.path("nothing.sqlite")
        try DatabaseQueue(path: emptySQLite).write { try $0.execute(sql: "PRAGMA user_version = 1") }
        let newer = try database.backup(to: folder.path("future.sqlite")).path
        try DatabaseQueue(path: newer).write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')") }
        let damaged = try database.backup(to: folder.path("damaged.sqlite")).path
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: damaged))
        try handle.seek(toOffset: 4096 * 3)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 4096 * 4))
        try handle.close()
        let cases: [(String, BackupError.Unrestorable)] = [
            (try folder.write("notes.txt", "not a database\n"), .notSQLite),
            (try folder.write("zero.sqlite", ""), .notSQLite),
            (foreign, .foreign), (emptySQLite, .foreign), (newer, .newerSchema),
        ]
        let before = try files()
        for (file, reason) in cases {
            #expect(throws: BackupError.notRestorable(path: file, reason: reason)) { try database.restore(from: file, user: nil, at: at) }
        }
        #expect {
            try database.restore(from: damaged, user: nil, at: at)
        } throws: { error in
            guard case BackupError.notRestorable(damaged, .damaged)? = error as? BackupError else { return false }
            return true
        }
        #expect(throws: BackupError.missing(path: folder.path("nowhere.sqlite"))) { try database.restore(from: folder.path("nowhere.sqlite"), user: nil, at: at) }
        #expect(throws: BackupError.sameFile(path: database.path)) { try database.restore(from: database.path, user: nil, at: at) }
        #expect(try files() == before, "no kept copy and no staging file")
        #expect(try customerCount(database.path) == 5)
    }

    @Test("with users, only an owner may restore; a clerk is refused before anything is read")
    func ownerOnly() throws {
        let backup = try database.backup(to: folder.path("copy.sqlite")).path
        try database.addUser(name: "marta", role: .owner, at: at)
        try database.addUser(name: "ana", role: .clerk, at: at, by: "marta")
        let before = try files()
        #expect(throws: UserError.needsOwner(user: "ana", action: .restoreBackup)) { try database.restore(from: backup, user: "ana", at: at) }
        #expect(try files() == before)
        _ = try database.restore(from: backup, user: "marta", at: at)
    }

    @Test("a backup from an older Cobro is brought up to this version's schema as it comes in; the file itself stays as it was")
    func olderBackupMigrated() throws {
        let older = try database.backup(to: folder.path("older.sqlite")).path
        // What v5 added, taken away again: the file of a Cobro from before it.
        try DatabaseQueue(path: older).write { db in
            try db.execute(sql: """
                DELETE FROM grdb_migrations WHERE identifier LIKE 'v5 %';
                DROP TRIGGER contact_log_is_append_only;
                DROP TRIGGER audit_trail_is_append_only_update;
                ALTER TABLE customer DROP COLUMN anonymised_at;
                CREATE TRIGGER audit_trail_is_append_only_update BEFORE UPDATE ON audit_trail
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                CREATE TRIGGER contact_log_is_append_only BEFORE UPDATE ON contact_log
                    BEGIN SELECT RAISE(ABORT, 'contact log entries are corrected by new entries'); END;
                """)
        }
        let olderBytes = try Data(contentsOf: URL(fileURLWithPath: older))
        _ = try database.restore(from: older, user: nil, at: at)
        let columns = try DatabaseQueue(path: database.path).read { try $0.columns(in: "customer").map(\.name) }
        #expect(columns.contains("anonymised_at"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: older)) == olderBytes)
        #expect(try database.retentionCandidates(RetentionPeriod(asOf: CivilDate(iso: "2036-01-01")!)).isEmpty, "the retention query runs on it")
    }

    @Test("the refusals read well in Spanish and English, naming the file")
    func messages() {
        let error = BackupError.notRestorable(path: "/tmp/x.txt", reason: .notSQLite)
        #expect(error.message(in: .en) == "/tmp/x.txt is not a Cobro database (it is not an SQLite file); the current database was left as it was.")
        #expect(error.message(in: .es) == "/tmp/x.txt no es una base de datos de Cobro (no es un archivo SQLite); la base de datos actual sigue intacta.")
        #expect(BackupError.targetExists(path: "/b.sqlite").message(in: .es).contains("--force"))
    }
}
