import Foundation
import GRDB

/// Looks at an existing file before anything may write to it: opening a pool would switch a
/// foreign database to WAL mode, so the checks read it through a read-only connection.
enum DatabaseFileCheck {
    private static let sqliteMagic = Array("SQLite format 3\0".utf8)

    static func refuseForeignOrNewer(path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .readOnly(path: path) }
        let header = (try? handle.read(upToCount: sqliteMagic.count)) ?? Data()
        try? handle.close()
        guard Array(header) == sqliteMagic else { throw .notADatabase(path: path) }

        var configuration = Configuration()
        configuration.readonly = true
        // Another cobro may be opening or recovering the file at this very moment: wait for it.
        configuration.busyMode = .timeout(10)
        let verdict: StoreError?
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            verdict = try queue.read { db -> StoreError? in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                if applicationID != Migrations.applicationID {
                    let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                    return tableCount == 0 ? nil : .foreignDatabase(path: path)
                }
                return try Migrations.migrator.hasBeenSuperseded(db) ? .newerSchema(path: path) : nil
            }
        } catch {
            throw StoreError(error, path: path)
        }
        if let verdict { throw verdict }
    }
}
