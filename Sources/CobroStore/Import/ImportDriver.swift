import CobroDomain
import Foundation
import GRDB

extension CobroDatabase {
    /// Imports a CSV file in one transaction (SPEC §4): all of it, or — when any row is bad —
    /// nothing, with every problem reported in line order.
    public func importCSV(
        _ kind: ImportKind, bytes: [UInt8], fileName: String,
        decimalSeparator: DecimalSeparator = .point, actor: String? = nil
    ) throws -> ImportSummary {
        var reader: CSVReader
        do {
            reader = try CSVReader(bytes: bytes)
        } catch {
            throw ImportFailure(fileName: fileName, fileProblem: error.reason, problems: [], warnings: [])
        }
        var log = ImportLog(fileName: fileName)
        let context = ImportContext(separator: decimalSeparator, actor: actor, fileName: fileName, startedAt: Date())
        return try write { db in
            // A large file dirties more pages than the usual cache holds, and SQLite would write
            // them to the WAL again and again before the commit (1M invoices: ~1 s of writes).
            try db.execute(sql: "PRAGMA cache_size = \(Self.importCacheSize)")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(Self.cacheSize)") }
            var summary: ImportSummary
            var changes = QueuePositionChanges()
            switch kind {
            case .customers: summary = try CustomerImport(db: db, context: context).run(&reader, log: &log, changes: &changes)
            case .invoices: summary = try InvoiceImport(db: db, context: context).run(&reader, log: &log, changes: &changes)
            case .payments: summary = try PaymentImport(db: db, context: context).run(&reader, log: &log, changes: &changes)
            }
            // Throwing rolls the whole transaction back: a bad row anywhere writes nothing.
            if log.hasProblems { throw log.failure() }
            try changes.apply(db)
            summary.warnings = log.warnings
            // One entry per file, not per row: the imported rows are themselves the "after" (a
            // changed customer also has its own entry with its before and after).
            try AuditTrail.record(db, at: context.startedAt, user: actor, action: "import", entity: kind.rawValue,
                                  key: fileName, after: ["file": AuditValue(fileName), "inserted": AuditValue(summary.inserted),
                                                         "updated": AuditValue(summary.updated), "unchanged": AuditValue(summary.unchanged),
                                                         "warnings": AuditValue(log.warnings.count)])
            return summary
        }
    }
}

extension CobroDatabase {
    /// SQLite's page cache while an import writes, in KiB (negative: a size, not a page count).
    static let importCacheSize = -262_144
}

struct ImportContext {
    let separator: DecimalSeparator
    let actor: String?
    let fileName: String
    let startedAt: Date
}

extension CSVReader {
    /// Calls `body` for every well-formed record; malformed ones become problems in `log`.
    mutating func forEachRecord(log: inout ImportLog, _ body: (FieldReader, inout ImportLog) throws -> Void) rethrows {
        while let result = next() {
            switch result {
            case .success(let record): try body(FieldReader(fields: record.fields, line: record.line), &log)
            case .failure(let error): log.problem(error.line, error.reason)
            }
        }
    }
}

/// Customer codes and their row ids, loaded once per import.
struct CustomerDirectory {
    private let idByCode: [String: Int64]

    init(_ db: Database) throws {
        var idByCode: [String: Int64] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT code, id FROM customer")
        while let row = try rows.next() { idByCode[row[0]] = row[1] }
        self.idByCode = idByCode
    }

    func id(of code: String, line: Int, log: inout ImportLog) -> Int64? {
        guard let id = idByCode[code] else {
            log.problem(line, "customer_code '\(code)' is not a known customer (import it with 'cobro import customers' first)")
            return nil
        }
        return id
    }
}
