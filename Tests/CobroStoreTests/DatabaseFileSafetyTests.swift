import CobroDomain
@testable import CobroStore
import Foundation
import GRDB
import Testing

/// A file's permission bits.
func mode(of path: String) throws -> Int {
    try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! Int
}

/// A small tmpfs mounted for one test, so a full or read-only disk is real: only root may mount,
/// so elsewhere there is none and the test says so by returning early.
final class TinyDisk {
    let folder: TemporaryFolder
    var path: String { folder.url.path }

    init?(kilobytes: Int) throws {
        guard getuid() == 0 else { return nil }
        folder = try TemporaryFolder()
        guard Self.run(["mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0755", "tmpfs", folder.url.path]) else { return nil }
    }

    func remountReadOnly() -> Bool { Self.run(["mount", "-o", "remount,ro", path]) }

    deinit { _ = Self.run(["umount", path]) }

    private static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

@Suite("Database files: owner-only modes, and one clear message for a read-only or full disk")
struct DatabaseFileSafetyTests {
    @Test("a new database and its WAL and shared-memory files are readable by their owner only, whatever the umask")
    func privateModes() throws {
        let previous = umask(0o022)
        defer { umask(previous) }
        let folder = try TemporaryFolder()
        let path = folder.path("cobro.sqlite")
        let database = try CobroDatabase.open(path: path)
        _ = try database.importText(.customers, "code,name\nC1,Uno\n")
        for file in [path, path + "-wal", path + "-shm"] {
            #expect(try mode(of: file) == 0o600, "\(file)")
        }
        let empty = try folder.write("empty.sqlite", "")
        chmod(empty, 0o644)
        _ = try CobroDatabase.open(path: empty)
        #expect(try mode(of: empty) == 0o600, "an empty file given to cobro is tightened as it becomes a database")
    }

    @Test("a new database in a read-only folder is refused with the read-only message naming it")
    func readOnlyFolder() throws {
        if let disk = try TinyDisk(kilobytes: 512) {
            #expect(disk.remountReadOnly())
            let path = disk.path + "/cobro.sqlite"
            #expect(throws: StoreError.readOnly(path: path)) { try CobroDatabase.open(path: path) }
        } else if getuid() != 0 {
            let folder = try TemporaryFolder()
            chmod(folder.url.path, 0o500)
            defer { chmod(folder.url.path, 0o700) }
            let path = folder.path("cobro.sqlite")
            #expect(throws: StoreError.readOnly(path: path)) { try CobroDatabase.open(path: path) }
        }
    }

    @Test("a database on a read-only disk: opening it for a change gives the read-only message naming it, and nothing is written")
    func readOnlyDisk() throws {
        guard let disk = try TinyDisk(kilobytes: 1024) else { return }
        let path = disk.path + "/cobro.sqlite"
        _ = try CobroDatabase.open(path: path).importText(.customers, "code,name\nC1,Uno\n")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(disk.remountReadOnly())
        #expect(throws: StoreError.readOnly(path: path)) { try CobroDatabase.open(path: path).importText(.customers, "code,name\nC2,Dos\n") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a full disk stops the change whole, with the disk-full message naming the database")
    func fullDisk() throws {
        guard let disk = try TinyDisk(kilobytes: 400) else { return }
        let path = disk.path + "/cobro.sqlite"
        let database = try CobroDatabase.open(path: path)
        let rows = (1...20_000).map { "C\($0),Cliente con un nombre bastante largo número \($0)" }
        #expect(throws: StoreError.diskFull(path: path)) { try database.importText(.customers, "code,name\n" + rows.joined(separator: "\n")) }
        #expect(try database.agingReport(asOf: CivilDate(iso: "2026-12-04")!).currencies.isEmpty)
        #expect(try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM customer") } == 0, "nothing was written")
    }

    @Test("the read-only and disk-full messages say what happened to which file and what to do, in Spanish and English")
    func messages() {
        #expect(StoreError.diskFull(path: "/data/cobro.sqlite").message(in: .en)
            == "the disk holding /data/cobro.sqlite is full: nothing was written. Free some space and try again.")
        #expect(StoreError.diskFull(path: "/data/cobro.sqlite").message(in: .es)
            == "el disco de /data/cobro.sqlite está lleno: no se ha escrito nada. Libere espacio y repita la operación.")
        #expect(StoreError.readOnly(path: "/data/cobro.sqlite").message(in: .es).hasPrefix("/data/cobro.sqlite es de solo lectura"))
        #expect(StoreError.readOnly(path: "/data/cobro.sqlite").description.hasPrefix("/data/cobro.sqlite is read-only"))
    }

    @Test("SQLite's full-disk and read-only results become those messages (where no tiny disk can be mounted)")
    func sqliteResultsMapped() {
        let path = "/data/cobro.sqlite"
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_FULL), path: path) == .diskFull(path: path))
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_READONLY), path: path) == .readOnly(path: path))
        #expect(PrivateFile.failure(ENOSPC, path: path) == .diskFull(path: path))
        #expect(PrivateFile.failure(EROFS, path: path) == .readOnly(path: path))
    }
}
