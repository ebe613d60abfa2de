import CobroDomain
import Foundation
import GRDB

/// The one door to a Cobro database file. Every change goes through one of its methods, each a
/// single transaction that keeps the SPEC's invariants; screens and commands never write SQL.
public final class CobroDatabase: Sendable {
    public let path: String
    let writer: any DatabaseWriter

    private init(path: String, writer: any DatabaseWriter) {
        self.path = path
        self.writer = writer
    }

    /// Opens (creating and migrating when missing or empty) the database at `path`. A file that is
    /// not Cobro's, or was written by a newer Cobro, is refused and left untouched.
    public static func open(path: String) throws(StoreError) -> CobroDatabase {
        let fileManager = FileManager.default
        let size = (try? fileManager.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        let isNew = size == nil || size == 0
        if !isNew {
            try DatabaseFileCheck.refuseForeignOrNewer(path: path)
        } else {
            try createParentDirectory(of: path)
            // Created owner-only before SQLite opens it: the WAL and shared-memory files SQLite
            // makes beside it take the database's mode.
            try PrivateFile.create(path: path)
        }
        if !isNew, !fileManager.isWritableFile(atPath: path) {
            return CobroDatabase(path: path, writer: try openReadOnly(path: path))
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration())
            try Migrations.migrator.migrate(pool)
            return CobroDatabase(path: path, writer: pool)
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// Reads run in a snapshot while clerks keep writing.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.read(body) } catch let error as DatabaseError { throw StoreError(error, path: path) }
    }

    /// One transaction: all of `body` is written, or none of it. Errors thrown by `body` roll back.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.write(body) } catch let error as DatabaseError { throw StoreError(error, path: path) }
    }

    /// SQLite's page cache per connection, in KiB (negative: a size, not a page count).
    static let cacheSize = -65_536
    /// The page cache of a connection while it reads a whole table once (the aging report).
    static let scanCacheSize = -4_096

    private static func configuration(readOnly: Bool = false) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.foreignKeysEnabled = true
        // Writers wait for each other instead of failing at once.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
        }
        return configuration
    }

    private static func openReadOnly(path: String) throws(StoreError) -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration(readOnly: true))
            guard try queue.read(Migrations.migrator.hasCompletedMigrations) else { throw StoreError.readOnly(path: path) }
            return queue
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error, path: path)
        }
    }

    private static func createParentDirectory(of path: String) throws(StoreError) {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: path, reason: "the folder \(directory.path) cannot be created")
        }
    }
}

extension StoreError {
    /// Translates SQLite's failures into messages that say what to do.
    init(_ error: any Error, path: String) {
        guard let error = error as? DatabaseError else {
            self = (error as? StoreError) ?? .sqlite(path: path, message: "\(error)")
            return
        }
        switch error.resultCode {
        case .SQLITE_READONLY:
            self = .readOnly(path: path)
        case .SQLITE_CANTOPEN where !FileManager.default.isWritableFile(atPath: path)
            || !FileManager.default.isWritableFile(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path):
            // A WAL database in a read-only folder cannot make its -wal and -shm files there.
            self = .readOnly(path: path)
        case .SQLITE_FULL:
            self = .diskFull(path: path)
        case .SQLITE_IOERR where Self.diskIsFull(path: path):
            // Some file systems report a failed write instead of a full disk.
            self = .diskFull(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            self = .locked(path: path)
        case .SQLITE_NOTADB:
            self = .notADatabase(path: path)
        default:
            self = .sqlite(path: path, message: error.message ?? "\(error)")
        }
    }

    /// Whether the file system holding `path` has no block left for an ordinary user.
    private static func diskIsFull(path: String) -> Bool {
        var stats = statvfs()
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return statvfs(folder, &stats) == 0 && stats.f_bavail == 0
    }
}
