import Foundation

/// Reads a database file with the `sqlite3` shell: a second, independent program, which also
/// recovers the write-ahead log a killed `cobro` left behind, as the next `cobro` would.
struct SQLiteShell {
    let path: String

    struct Failed: Error, CustomStringConvertible {
        let sql: String
        let output: String
        var description: String { "sqlite3 failed on \(sql): \(output)" }
    }

    /// The rows `sql` prints, one line each, columns separated by `|`.
    func lines(_ sql: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-batch", path, sql]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw Failed(sql: sql, output: text) }
        return text.split(separator: "\n").map(String.init)
    }

    /// The one number `sql` selects.
    func count(_ sql: String) throws -> Int {
        let rows = try lines(sql)
        guard rows.count == 1, let value = Int(rows[0]) else { throw Failed(sql: sql, output: rows.joined(separator: "\n")) }
        return value
    }

    /// `PRAGMA integrity_check` and `PRAGMA foreign_key_check` together: "ok" when the file is sound.
    func soundness() throws -> String {
        let integrity = try lines("PRAGMA integrity_check").joined(separator: "\n")
        let orphans = try lines("PRAGMA foreign_key_check")
        return orphans.isEmpty ? integrity : integrity + "\nforeign keys: " + orphans.joined(separator: "; ")
    }
}
