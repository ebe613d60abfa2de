import Foundation

/// Files that hold the portfolio are readable by their owner only (mode 0600): customers'
/// names, debts and calls are personal data.
enum PrivateFile {
    static let mode: mode_t = 0o600

    /// Creates `path` empty with mode 0600, or tightens an existing empty file to 0600.
    static func create(path: String) throws(StoreError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw failure(errno, path: path) }
        defer { close(descriptor) }
        guard fchmod(descriptor, mode) == 0 else { throw failure(errno, path: path) }
    }

    /// Creates `path`, which must not exist yet, empty with mode 0600. A failure names `name`,
    /// the file the user asked for (`path` may be a hidden one beside it).
    static func createNew(path: String, naming name: String) throws(StoreError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw failure(errno, path: name) }
        close(descriptor)
    }

    /// Flushes a finished file to the disk, so a rename that follows never publishes a file
    /// whose blocks a crash could lose.
    static func synchronize(path: String, naming name: String) throws(StoreError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(errno, path: name) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure(errno, path: name) }
    }

    /// Moves `source` over `target` in one step: readers see the old file or the new one, never a part.
    static func replace(_ target: String, with source: String) throws(StoreError) {
        guard rename(source, target) == 0 else { throw failure(errno, path: target) }
    }

    /// Removes `path` and the journal, WAL and shared-memory files SQLite may have left beside it.
    static func removeDatabase(path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(path + suffix) }
    }

    static func failure(_ code: Int32, path: String) -> StoreError {
        switch code {
        case EROFS, EACCES, EPERM: return .readOnly(path: path)
        case ENOSPC, EDQUOT: return .diskFull(path: path)
        default: return .cannotCreate(path: path, reason: String(cString: strerror(code)))
        }
    }
}
