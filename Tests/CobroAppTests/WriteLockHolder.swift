import Foundation

/// Another program in the middle of a write: the `sqlite3` shell inside BEGIN IMMEDIATE on the
/// database, holding SQLite's write lock until `release()`. Every Cobro writer meanwhile waits
/// its busy timeout and then gives up.
final class WriteLockHolder {
    private let process = Process()
    private let input = Pipe()

    /// Returns once the lock is held (the shell touches a marker file after BEGIN IMMEDIATE).
    init(database: String) throws {
        let marker = database + ".held-\(UUID().uuidString)"
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-batch", database]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\n.shell touch '\(marker)'\n".utf8))
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: marker) {
            guard Date() < deadline, process.isRunning else { throw NotHeld() }
            usleep(20_000)
        }
        try? FileManager.default.removeItem(atPath: marker)
    }

    struct NotHeld: Error {}

    /// Ends the other program's transaction, writing nothing.
    func release() {
        guard process.isRunning else { return }
        input.fileHandleForWriting.write(Data("ROLLBACK;\n.quit\n".utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    deinit { release() }
}
