import CobroDomain
@testable import CobroStore
import Foundation
import GRDB
import Testing

/// Property-based fuzzing of the CSV importer (issue 8): files mutated from well-formed ones and
/// random bytes, imported for `COBRO_FUZZ_SECONDS`. A crash ends the test process; replay it with
/// the printed `COBRO_FUZZ_SEED`.
@Suite("CSV import fuzzing: bad bytes never crash, are reported line by line, and change nothing")
struct ImportFuzzTests {
    private static let fileName = "fuzz.csv"
    /// A fresh database now and then keeps each import small and fast.
    private static let importsPerDatabase = 250

    @Test("any file either imports or is refused with FILE:LINE problems in line order, leaving the database as it was")
    func importNeverCrashesAndFailsCleanly() throws {
        let budget = FuzzBudget.fromEnvironment()
        print("import fuzz: seed \(budget.seed) (replay with COBRO_FUZZ_SEED=\(budget.seed)), \(budget.seconds) s")
        var files = FuzzFiles(random: FuzzRandom(seed: budget.seed))
        let clock = ContinuousClock()
        let start = clock.now
        var executions = 0, imported = 0, refused = 0
        while clock.now - start < .seconds(budget.seconds) {
            let folder = try TemporaryFolder()
            let database = try CobroDatabase.open(path: folder.path("fuzz.sqlite"))
            let observer = try DatabaseQueue(path: database.path)
            for _ in 0..<Self.importsPerDatabase where clock.now - start < .seconds(budget.seconds) {
                let file = files.next()
                executions += 1
                let versionBefore = try Self.dataVersion(observer)
                do {
                    _ = try database.importCSV(file.kind, bytes: file.bytes, fileName: Self.fileName,
                                               decimalSeparator: file.separator, actor: "fuzz")
                    imported += 1
                } catch let failure as ImportFailure {
                    refused += 1
                    let context = "seed \(budget.seed), execution \(executions), \(file.kind) file \(Self.shown(file.bytes))"
                    Self.checkReported(failure, in: file.bytes, context)
                    #expect(try Self.dataVersion(observer) == versionBefore, "a refused import wrote: \(context)")
                } catch {
                    Issue.record("not an ImportFailure: \(error) — seed \(budget.seed), execution \(executions), \(Self.shown(file.bytes))")
                }
            }
            try Self.checkExportReadsBack(database, folder: folder, seed: budget.seed)
        }
        let seconds = (clock.now - start) / .seconds(1)
        print("import fuzz: \(executions) executions in \(String(format: "%.1f", seconds)) s "
              + "(\(imported) imported, \(refused) refused), seed \(budget.seed), crashes: none")
        #expect(executions > 0)
    }

    @Test("a problem quoting a field with a line break or a terminal escape is still one line, the field escaped")
    func problemsQuotingControlCharactersStayOneLine() throws {
        let folder = try TemporaryFolder()
        let database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        let file = "code,name,language\nC1,Uno,\"e\ns\"\nC2,Dos,\u{1B}[2J\u{2028}\n"
        do {
            _ = try database.importText(.customers, file, fileName: Self.fileName)
            Issue.record("the file imported")
        } catch let failure as ImportFailure {
            #expect(failure.lines == ["fuzz.csv:2: language 'e\\ns' is not es or en",
                                      "fuzz.csv:4: language '\\u{1B}[2J\\u{2028}' is not es or en"])
        }
    }

    // MARK: - Properties

    /// One `FILE:LINE: reason` line per problem, at a line the file has, in line order; or one `FILE: reason`.
    private static func checkReported(_ failure: ImportFailure, in bytes: [UInt8], _ context: String) {
        let lines = failure.lines
        if let fileProblem = failure.fileProblem {
            #expect(failure.problems.isEmpty && lines == ["\(fileName): \(fileProblem)"], "\(context)")
        } else {
            #expect(!failure.problems.isEmpty, "refused without a reason: \(context)")
            let numbers = failure.problems.map(\.line)
            #expect(numbers == numbers.sorted(), "problems out of line order \(numbers): \(context)")
            let physicalLines = physicalLineCount(bytes)
            #expect(numbers.allSatisfy { (1...physicalLines).contains($0) }, "line beyond the file's \(physicalLines): \(numbers) \(context)")
        }
        for line in lines {
            let isOneLine = !line.contains { $0.isNewline }
            #expect(isOneLine, "a problem spans several lines: \(line.debugDescription.prefix(300)) \(context)")
            #expect(line.hasPrefix("\(fileName):"), "\(line.prefix(200))")
        }
    }

    /// Whatever the fuzzer managed to import exports as CSV that a fresh database imports back to the same export.
    private static func checkExportReadsBack(_ database: CobroDatabase, folder: TemporaryFolder, seed: UInt64) throws {
        let asOf = CivilDate(iso: "9999-12-31")!
        _ = try database.agingReport(asOf: asOf)
        let copy = try CobroDatabase.open(path: folder.path("copy.sqlite"))
        for kind in [ExportKind.customers, .invoices, .payments] {
            let exported = try export(kind, of: database, asOf: asOf)
            let importKind = ImportKind(rawValue: kind.rawValue)!
            do {
                _ = try copy.importCSV(importKind, bytes: Array(exported.utf8), fileName: "\(kind).csv")
            } catch {
                Issue.record("the \(kind) export does not read back (seed \(seed)): \(error)")
                return
            }
            #expect(try export(kind, of: copy, asOf: asOf) == exported, "the \(kind) export changed on its way back (seed \(seed))")
        }
    }

    // MARK: - Helpers

    private static func export(_ kind: ExportKind, of database: CobroDatabase, asOf: CivilDate) throws -> String {
        var writer = CSVWriter(output: "")
        try database.exportCSV(kind, asOf: asOf, to: &writer)
        return writer.output
    }

    /// Changes when another connection commits, and only then.
    private static func dataVersion(_ observer: DatabaseQueue) throws -> Int {
        try observer.inDatabase { try Int.fetchOne($0, sql: "PRAGMA data_version")! }
    }

    /// LF, CR LF and a lone CR each end a line.
    private static func physicalLineCount(_ bytes: [UInt8]) -> Int {
        var lines = 1
        for (index, byte) in bytes.enumerated() where byte == 0x0A || (byte == 0x0D && bytes.dropFirst(index + 1).first != 0x0A) {
            lines += 1
        }
        return lines
    }

    /// The start of a file, escaped, for a failure message to be replayed from.
    private static func shown(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.prefix(400), as: UTF8.self).debugDescription + (bytes.count > 400 ? "… (\(bytes.count) bytes)" : "")
    }
}
