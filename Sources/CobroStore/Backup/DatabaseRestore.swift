import CobroDomain
import Foundation
import GRDB

/// What a restore did: the file it read, the copy of the replaced database kept beside it, and
/// how much of the portfolio the database now holds.
public struct RestoreSummary: Equatable, Sendable {
    public var restoredFrom: String
    public var kept: BackupSummary
    public var customers: Int
    public var invoices: Int
}

extension CobroDatabase {
    /// Replaces the database's contents with the Cobro database in `file` (owner only). `file` is
    /// checked whole before anything changes: a Cobro file, not from a newer Cobro, passing
    /// SQLite's integrity check; an older one is brought up to this version's schema in a copy.
    /// The current contents are first kept as a timestamped backup beside the database. The new
    /// contents go in through SQLite's backup API on the open database, not by swapping files, so
    /// clerks who have the database open read the restored contents on their next read instead
    /// of writing on into a file that was moved away. `file` itself is only read.
    public func restore(from file: String, user: String?, at: Date) throws -> RestoreSummary {
        try requireOwner(user, to: .restoreBackup)
        guard FileManager.default.fileExists(atPath: file) else { throw BackupError.missing(path: file) }
        guard !FileIdentity.same(file, path) else { throw BackupError.sameFile(path: file) }
        let staged = DatabaseCopy.temporaryPath(beside: path, purpose: "restore")
        defer { PrivateFile.removeDatabase(path: staged) }
        let restored = try RestoreSource.stage(file, into: staged)

        let kept = try backup(to: KeptCopy.path(of: path, at: at))
        do {
            try restored.backup(to: writer)
            try restored.close()
        } catch {
            throw StoreError(error, path: path)
        }
        let counts = try write { db in
            try AuditTrail.record(db, at: at, user: user, action: "restore", entity: "database", key: nil,
                                  after: ["file": AuditValue(file), "kept_as": AuditValue(kept.path)])
            return (try Int.fetchOne(db, sql: "SELECT count(*) FROM customer") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM invoice") ?? 0)
        }
        return RestoreSummary(restoredFrom: file, kept: kept, customers: counts.0, invoices: counts.1)
    }
}

/// The file to restore, checked and copied into a private staging file beside the database.
private enum RestoreSource {
    /// Refuses what is not a sound Cobro database of this version or older; returns the staged
    /// copy, migrated to this version's schema.
    static func stage(_ file: String, into staged: String) throws -> DatabaseQueue {
        do {
            try DatabaseFileCheck.refuseForeignOrNewer(path: file)
        } catch {
            switch error {
            case .notADatabase: throw BackupError.notRestorable(path: file, reason: .notSQLite)
            case .foreignDatabase: throw BackupError.notRestorable(path: file, reason: .foreign)
            case .newerSchema: throw BackupError.notRestorable(path: file, reason: .newerSchema)
            default: throw error
            }
        }
        var readOnly = Configuration()
        readOnly.readonly = true
        do {
            let source = try DatabaseQueue(path: file, configuration: readOnly)
            // The file check lets an empty SQLite file through (a new database may be empty), but it holds nothing to restore.
            guard try source.read({ try Int32.fetchOne($0, sql: "PRAGMA application_id") }) == Migrations.applicationID else {
                throw BackupError.notRestorable(path: file, reason: .foreign)
            }
            _ = try DatabaseCopy.write(from: source, to: staged, reportingAs: file)
        } catch StoreError.notADatabase {
            throw BackupError.notRestorable(path: file, reason: .damaged("not a database"))
        } catch StoreError.sqlite(_, let message) {
            // A file damaged past its header fails while it is copied (SQLITE_CORRUPT).
            throw BackupError.notRestorable(path: file, reason: .damaged(message))
        }
        let copy = try DatabaseQueue(path: staged)
        let verdict = try copy.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        guard verdict == ["ok"] else { throw BackupError.notRestorable(path: file, reason: .damaged(verdict.first ?? "?")) }
        try Migrations.migrator.migrate(copy)
        return copy
    }
}

/// Where a restore keeps the contents it replaces: `cobro.before-restore-20261204T174500Z.sqlite`
/// beside `cobro.sqlite`, numbered when two restores fall in one second.
private enum KeptCopy {
    static func path(of database: String, at: Date) -> String {
        let url = URL(fileURLWithPath: database)
        let stem = url.deletingPathExtension().lastPathComponent
        let suffix = url.pathExtension.isEmpty ? "" : ".\(url.pathExtension)"
        let stamp = Timestamp.iso(at).filter { $0 != "-" && $0 != ":" }
        let folder = url.deletingLastPathComponent()
        var candidate = folder.appendingPathComponent("\(stem).before-restore-\(stamp)\(suffix)").path
        var number = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = folder.appendingPathComponent("\(stem).before-restore-\(stamp)-\(number)\(suffix)").path
            number += 1
        }
        return candidate
    }
}
