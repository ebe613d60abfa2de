import Foundation
import Testing

/// The worked example in ../shared/examples/aging.
private let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/examples/aging")

private func parsedJSON(_ text: String) throws -> NSDictionary {
    try JSONSerialization.jsonObject(with: Data(text.utf8)) as! NSDictionary
}

@Suite("The cobro command line (SPEC §4), run as a user runs it")
struct CommandLineTests {
    let home: String
    let db: String

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        db = "\(home)/cobro.sqlite"
    }

    private func cobro(_ arguments: String..., environment: [String: String] = [:]) throws -> CobroProcess.Result {
        try CobroProcess.run(arguments, home: home, environment: environment)
    }

    private func write(_ name: String, _ text: String) throws -> String {
        let path = "\(home)/\(name)"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func importExample() throws {
        for kind in ["customers", "invoices", "payments"] {
            let result = try cobro("import", kind, example.appendingPathComponent("\(kind).csv").path, "--db", db)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    @Test("import the example, then report aging --format json equals expected.json")
    func exampleAgingJSON() throws {
        try importExample()
        let report = try cobro("report", "aging", "--as-of", "2026-12-18", "--format", "json", "--db", db)
        #expect(report.status == 0)
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: example.appendingPathComponent("expected.json"))) as! NSDictionary
        #expect(try parsedJSON(report.stdout) == expected)
    }

    @Test("re-importing the example adds nothing")
    func reimport() throws {
        try importExample()
        let again = try cobro("import", "invoices", example.appendingPathComponent("invoices.csv").path, "--db", db)
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 new, 0 updated, 25 unchanged"))
    }

    @Test("a file full of bad rows: exit 1, every problem as FILE:LINE: reason, nothing written")
    func badRows() throws {
        _ = try cobro("import", "customers", write("c.csv", "code,name\nC1,Uno\n"), "--db", db)
        let file = try write("bad.csv", """
            number,customer_code,issue_date,due_date,amount,currency
            F1,C1,2026-13-01,2026-01-31,100.00,EUR
            F2,NOPE,2026-01-01,2026-01-31,100.00,EUR
            F3,C1,2026-01-01,2026-01-31,1O0.00,EUR
            F4,C1,2026-01-01,2026-01-31,100.00,XXX
            F5,C1,2026-01-01,2026-01-31,100.00,EUR
            """)
        let result = try cobro("import", "invoices", file, "--db", db)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.map { $0.components(separatedBy: ": ")[0] } == ["\(file):2", "\(file):3", "\(file):4", "\(file):5"])
        #expect(result.stdout.isEmpty)
        let report = try cobro("report", "aging", "--as-of", "2026-12-31", "--format", "csv", "--db", db)
        #expect(report.stdout == "currency,code,name,current,1-30,31-60,61-90,91-120,120+,unapplied,balance\n")
    }

    @Test("an empty file, a missing file and a file that is not CSV are one clear line each, exit 1")
    func unreadableFiles() throws {
        let empty = try cobro("import", "customers", write("empty.csv", ""), "--db", db)
        #expect(empty.status == 1 && empty.stderr.contains("empty.csv: the file is empty"))
        let missing = try cobro("import", "customers", "\(home)/nope.csv", "--db", db)
        #expect(missing.status == 1 && missing.stderr.contains("nope.csv"))
        let binaryPath = "\(home)/binary.csv"
        try Data([0x00, 0xFF, 0xFE, 0x01, 0x0A]).write(to: URL(fileURLWithPath: binaryPath))
        let binary = try cobro("import", "customers", binaryPath, "--db", db)
        #expect(binary.status == 1 && binary.stderr.split(separator: "\n").count == 1)
    }

    @Test("a database that is not Cobro's is refused with exit 1 and left untouched")
    func foreignDatabase() throws {
        let notes = try write("notes.txt", "not a database\n")
        let result = try cobro("report", "aging", "--db", notes)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a Cobro database"))
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "not a database\n")
    }

    @Test("usage errors exit 64")
    func usageErrors() throws {
        #expect(try cobro("report", "aging", "--format", "xml", "--db", db).status == 64)
        #expect(try cobro("import", "widgets", "x.csv", "--db", db).status == 64)
        #expect(try cobro("report", "aging", "--as-of", "2026-02-30", "--db", db).status == 64)
        #expect(try cobro("frobnicate").status == 64)
    }

    @Test("the database is --db, else $COBRO_DB, else $XDG_DATA_HOME/cobro/cobro.sqlite")
    func databaseLocation() throws {
        _ = try cobro("import", "customers", write("c.csv", "code,name\nC1,Uno\n"))
        #expect(FileManager.default.fileExists(atPath: "\(home)/data/cobro/cobro.sqlite"))
        _ = try cobro("import", "customers", write("c.csv", "code,name\nC1,Uno\n"), environment: ["COBRO_DB": "\(home)/env.sqlite"])
        #expect(FileManager.default.fileExists(atPath: "\(home)/env.sqlite"))
    }

    @Test("the table for people groups thousands in the user's language and totals each currency")
    func peopleTable() throws {
        try importExample()
        let english = try cobro("report", "aging", "--as-of", "2026-12-18", "--db", db)
        #expect(english.status == 0)
        #expect(english.stdout.contains("Aging in USD as of 18 Dec 2026"))
        #expect(english.stdout.contains("12,825.15"))
        #expect(english.stdout.contains("Oldest debt:"))
        let spanish = try cobro("report", "aging", "--as-of", "2026-12-18", "--db", db, environment: ["LANG": "es_ES.UTF-8"])
        #expect(spanish.stdout.contains("12.825,15"))
        #expect(spanish.stdout.contains("1.947.008"))
        #expect(spanish.stdout.contains("Antigüedad de saldos en CLP al 18/12/2026"))
    }

    @Test("export aging writes what report aging --format csv prints, and exports read back")
    func exports() throws {
        try importExample()
        let csv = try cobro("report", "aging", "--as-of", "2026-12-18", "--format", "csv", "--db", db)
        #expect(try cobro("export", "aging", "\(home)/aging.csv", "--as-of", "2026-12-18", "--db", db).status == 0)
        #expect(try String(contentsOfFile: "\(home)/aging.csv", encoding: .utf8) == csv.stdout)
        #expect(csv.stdout.contains("\"Distribuciones Ibáñez; S.A. 0\""))
        let copy = "\(home)/copy.sqlite"
        for kind in ["customers", "invoices", "payments"] {
            #expect(try cobro("export", kind, "\(home)/\(kind)-out.csv", "--as-of", "2030-01-01", "--db", db).status == 0)
            #expect(try cobro("import", kind, "\(home)/\(kind)-out.csv", "--db", copy).status == 0)
        }
        let copied = try cobro("report", "aging", "--as-of", "2026-12-18", "--format", "csv", "--db", copy)
        #expect(copied.stdout == csv.stdout)
    }

    @Test("the demo is deterministic for a seed and a today")
    func demoIsDeterministic() throws {
        for name in ["a", "b"] {
            let result = try cobro("demo", "--no-open", "--customers", "40", "--seed", "7", "--today", "2026-11-23", "--db", "\(home)/\(name).sqlite")
            #expect(result.status == 0, "\(result.stderr)")
        }
        let reports = try ["a", "b"].map { try cobro("report", "aging", "--as-of", "2026-11-23", "--format", "json", "--db", "\(home)/\($0).sqlite").stdout }
        #expect(reports[0] == reports[1])
        #expect(try parsedJSON(reports[0])["currencies"] as? [Any] != nil)
        let again = try cobro("demo", "--no-open", "--customers", "5", "--db", "\(home)/a.sqlite")
        #expect(again.status == 1 && again.stderr.contains("already holds data"))
    }

    @Test("every command has complete --help", arguments: [["--help"], ["import", "--help"], ["export", "--help"],
                                                           ["report", "aging", "--help"], ["demo", "--help"]])
    func help(arguments: [String]) throws {
        let result = try CobroProcess.run(arguments, home: home)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE"))
        #expect(result.stdout.contains("--db") || arguments == ["--help"])
    }
}
