import Foundation
import GRDB

/// What a backup wrote: its file, how much of the portfolio it holds and its size.
public struct BackupSummary: Equatable, Sendable {
    public var path: String
    public var customers: Int
    public var invoices: Int
    public var bytes: Int64
}

extension CobroDatabase {
    /// Copies the database to `target` with SQLite's online backup: one consistent snapshot,
    /// taken while clerks keep writing (a WAL reader blocks no writer). The copy is made in a
    /// hidden file beside `target`, flushed, then moved into place, so `target` is either the
    /// whole backup or untouched; an existing `target` is replaced only when `replacing`.
    public func backup(to target: String, replacing: Bool = false) throws -> BackupSummary {
        guard !FileIdentity.same(target, path) else { throw BackupError.sameFile(path: target) }
        if !replacing, FileManager.default.fileExists(atPath: target) { throw BackupError.targetExists(path: target) }
        let temporary = DatabaseCopy.temporaryPath(beside: target, purpose: "backup")
        defer { PrivateFile.removeDatabase(path: temporary) }
        let (customers, invoices) = try DatabaseCopy.write(from: writer, to: temporary, reportingAs: target)
        try PrivateFile.synchronize(path: temporary, naming: target)
        if replacing {
            try PrivateFile.replace(target, with: temporary)
        } else if link(temporary, target) != 0 {
            // link(2) fails when `target` appeared meanwhile, where a rename would replace it. A file
            // system without hard links (a FAT memory stick, some network shares) gets a rename after a last look.
            guard errno != EEXIST, !FileManager.default.fileExists(atPath: target) else { throw BackupError.targetExists(path: target) }
            try PrivateFile.replace(target, with: temporary)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: target))?[.size] as? NSNumber
        return BackupSummary(path: target, customers: customers, invoices: invoices, bytes: size?.int64Value ?? 0)
    }
}

/// Copies a whole database into a new private file with SQLite's backup API.
enum DatabaseCopy {
    /// A hidden name in `target`'s folder (a rename never crosses file systems), unique per call.
    static func temporaryPath(beside target: String, purpose: String) -> String {
        let url = URL(fileURLWithPath: target)
        let name = ".\(url.lastPathComponent).\(purpose)-\(UUID().uuidString.prefix(8))"
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Creates `path` (mode 0600) and copies `source` into it as one self-contained file (rollback
    /// journal, no WAL beside it). Returns the copy's customer and invoice counts. Errors name
    /// `reportingAs`, the file the user asked for.
    static func write(from source: any DatabaseReader, to path: String, reportingAs name: String) throws -> (customers: Int, invoices: Int) {
        try PrivateFile.createNew(path: path, naming: name)
        do {
            let copy = try DatabaseQueue(path: path)
            try source.backup(to: copy)
            let counts = try copy.writeWithoutTransaction { db in
                // The copied header says WAL; a backup is one file, so it is written back in rollback mode.
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
                return (try Int.fetchOne(db, sql: "SELECT count(*) FROM customer") ?? 0,
                        try Int.fetchOne(db, sql: "SELECT count(*) FROM invoice") ?? 0)
            }
            try copy.close()
            return counts
        } catch {
            throw StoreError(error, path: name)
        }
    }
}

/// Whether two paths name one file (the same inode), however they are spelt.
enum FileIdentity {
    static func same(_ first: String, _ second: String) -> Bool {
        var a = stat(), b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
