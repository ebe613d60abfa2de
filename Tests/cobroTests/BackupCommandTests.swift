import CobroStore
import Foundation
import GRDB
import Testing

@Suite("cobro backup and cobro restore, run as a user runs them")
struct BackupCommandTests {
    let home: String
    let db: String

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-backup-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        db = "\(home)/cobro.sqlite"
        let database = try CobroDatabase.open(path: db)
        _ = try database.importCSV(.customers, bytes: Array("code,name\nC1,Uno\nC2,Dos\nC3,Tres\n".utf8), fileName: "c.csv",
                                   decimalSeparator: .point, actor: "tester")
        _ = try database.importCSV(.invoices, bytes: Array("""
            number,customer_code,issue_date,due_date,amount,currency
            F1,C1,2026-10-01,2026-10-31,100.00,EUR
            F2,C2,2026-10-01,2026-10-31,250.00,EUR
            """.utf8), fileName: "i.csv", decimalSeparator: .point, actor: "tester")
    }

    private func cobro(_ arguments: String...) throws -> CobroProcess.Result {
        try CobroProcess.run(arguments + ["--db", db], home: home)
    }

    private func customerCount(_ path: String) throws -> Int {
        try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM customer")! }
    }

    @Test("backup writes a private copy and says what it holds; an existing file needs --force; Spanish too")
    func backup() throws {
        let file = "\(home)/copia.sqlite"
        let first = try cobro("backup", file)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Backup written to \(file): 3 customers, 2 invoices, "))
        #expect(first.stdout.hasSuffix(" KB.\n"))
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)
        #expect(try cobro("report", "aging", "--as-of", "2026-12-04", "--format", "json").stdout
            == CobroProcess.run(["report", "aging", "--as-of", "2026-12-04", "--format", "json", "--db", file], home: home).stdout)

        let again = try cobro("backup", file, "--lang", "es")
        #expect(again.status == 1)
        #expect(again.stderr == "cobro: \(file) ya existe: no se ha escrito nada. Indique un archivo nuevo, o añada --force para sustituirlo.\n")
        let forced = try cobro("backup", file, "--force", "--lang", "es")
        #expect(forced.status == 0)
        #expect(forced.stdout.hasPrefix("Copia de seguridad escrita en \(file): 3 clientes, 2 facturas, "))
    }

    @Test("a backup taken by cobro while this process keeps importing is a consistent snapshot: whole imports only, integrity ok")
    func backupWhileAnotherProcessWrites() throws {
        let writer = try CobroDatabase.open(path: db)
        let stop = StopFlag()
        let batches = DispatchGroup()
        let written = Counter()
        DispatchQueue.global().async(group: batches) {
            while !stop.isSet {
                let rows = (1...20).map { "W\(written.value)-\($0),Nuevo" }.joined(separator: "\n")
                guard (try? writer.importCSV(.customers, bytes: Array("code,name\n\(rows)\n".utf8), fileName: "w.csv",
                                             decimalSeparator: .point, actor: "writer")) != nil else { return written.fail() }
                written.add()
            }
        }
        var counts: [Int] = []
        for round in 1...3 {
            // Each backup starts once the writer has committed more since the last one.
            let deadline = Date().addingTimeInterval(30)
            while written.value < round, !written.failed, Date() < deadline { usleep(2_000) }
            let file = "\(home)/round-\(round).sqlite"
            let result = try cobro("backup", file)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try DatabaseQueue(path: file).read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
            counts.append(try customerCount(file))
        }
        stop.set()
        batches.wait()
        #expect(!written.failed, "the writer was never refused while cobro took backups")
        #expect(written.value >= 3)
        #expect(counts.allSatisfy { ($0 - 3) % 20 == 0 }, "\(counts): every import is in a backup whole or not at all")
    }

    @Test("restore brings a backup back, keeps the replaced contents beside the database, and refuses what is not a Cobro database in es and en")
    func restore() throws {
        let file = "\(home)/lunes.sqlite"
        #expect(try cobro("backup", file).status == 0)
        #expect(try cobro("import", "customers", writeFile("new.csv", "code,name\nC4,Cuatro\n")).status == 0)
        let restored = try cobro("restore", file)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.hasPrefix("Restored \(file) into \(db): 3 customers, 2 invoices. The previous contents are kept in \(home)/cobro.before-restore-"))
        #expect(try customerCount(db) == 3)
        let kept = try FileManager.default.contentsOfDirectory(atPath: home).filter { $0.hasPrefix("cobro.before-restore-") }
        #expect(kept.count == 1)
        #expect(try customerCount("\(home)/\(kept[0])") == 4)

        let text = try writeFile("notas.txt", "hola\n")
        let refusedEN = try cobro("restore", text)
        #expect(refusedEN.status == 1)
        #expect(refusedEN.stderr == "cobro: \(text) is not a Cobro database (it is not an SQLite file); the current database was left as it was.\n")
        let refusedES = try cobro("restore", text, "--lang", "es")
        #expect(refusedES.stderr == "cobro: \(text) no es una base de datos de Cobro (no es un archivo SQLite); la base de datos actual sigue intacta.\n")
        let foreign = "\(home)/recetas.sqlite"
        try DatabaseQueue(path: foreign).write { try $0.execute(sql: "CREATE TABLE receta (nombre TEXT)") }
        #expect(try cobro("restore", foreign).stderr.contains("is an SQLite database of another program, not Cobro's"))
        #expect(try customerCount(db) == 3)
    }

    @Test("a database file cobro cannot use is one line in the user's language, naming the file")
    func unusableDatabaseInSpanish() throws {
        let text = try writeFile("notas.sqlite", "hola\n")
        let spanish = try CobroProcess.run(["report", "aging", "--db", text, "--lang", "es"], home: home)
        #expect(spanish.status == 1)
        #expect(spanish.stderr == "\(text) no es una base de datos de Cobro (no es un archivo SQLite); no se ha tocado. Indique otro archivo con --db.\n")
        guard getuid() != 0 else { return } // root writes anywhere: a read-only folder means nothing to it
        let folder = "\(home)/solo-lectura"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        chmod(folder, 0o500)
        defer { chmod(folder, 0o700) }
        let readOnly = try CobroProcess.run(["report", "aging", "--db", "\(folder)/cobro.sqlite"], home: home)
        #expect(readOnly.status == 1)
        #expect(readOnly.stderr.hasPrefix("\(folder)/cobro.sqlite is read-only"))
    }

    private func writeFile(_ name: String, _ text: String) throws -> String {
        let path = "\(home)/\(name)"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// A flag one thread sets and another reads.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    var isSet: Bool { lock.withLock { flag } }
    func set() { lock.withLock { flag = true } }
}

/// Batches a writer thread committed, and whether one failed.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var failure = false
    var value: Int { lock.withLock { count } }
    var failed: Bool { lock.withLock { failure } }
    func add() { lock.withLock { count += 1 } }
    func fail() { lock.withLock { failure = true } }
}
