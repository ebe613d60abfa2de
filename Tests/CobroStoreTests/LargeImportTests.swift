import CobroDomain
@testable import CobroStore
import Foundation
import GRDB
import Testing

/// Files large enough that the rows are parsed in many batches on a second thread, and the
/// queue summaries computed in many batches on another: the result must be one thread's.
@Suite("Import of thousands of rows: parsed and summarised on a second thread, same result as one thread")
struct LargeImportTests {
    let folder: TemporaryFolder
    let database: CobroDatabase
    static let customerCount = 3_000

    init() throws {
        folder = try TemporaryFolder()
        database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        let zones = ["Europe/Madrid", "America/New_York", ""]
        let customers = (1...Self.customerCount).map { "C\($0),Cliente \($0),\(zones[$0 % 3])" }
        _ = try database.importText(.customers, "code,name,timezone\n" + customers.joined(separator: "\n") + "\n")
    }

    /// Two documents per customer, in two currencies, dated around the autumn of 2026.
    private static func invoiceLines() -> [String] {
        (1...customerCount).flatMap { customer in
            let day = 1 + customer % 28
            return ["F\(customer)-A,C\(customer),2026-09-\(String(format: "%02d", day)),2026-10-\(String(format: "%02d", day)),\(customer).50,EUR",
                    "F\(customer)-B,C\(customer),2026-10-01,2026-11-\(String(format: "%02d", day)),-\(customer % 7).25,USD"]
        }
    }

    @Test("every problem of a file of thousands of rows is reported, in line order, and nothing is written")
    func problemsAcrossBatchesInLineOrder() throws {
        var lines = Self.invoiceLines()
        // Line numbers: the header is line 1, so lines[i] is on line i + 2.
        lines[98] = "F-BAD-1,C1,2026-02-30,2026-03-01,10.00,EUR"
        lines[598] = "F-BAD-2,C9999,2026-01-01,2026-01-02,10.00,EUR"
        lines[1298] = "F-BAD-3,C2,2026-01-01,2026-01-02,1.234,EUR"
        lines[4998] = "F1-A,C1,2026-09-02,2026-10-02,2.50,EUR"
        let text = "number,customer_code,issue_date,due_date,amount,currency\n" + lines.joined(separator: "\n") + "\n"
        let failure = #expect(throws: ImportFailure.self) { try database.importText(.invoices, text, fileName: "big.csv") }
        #expect(failure?.lines == [
            "big.csv:100: issue_date '2026-02-30' is not a valid date (write YYYY-MM-DD)",
            "big.csv:600: customer_code 'C9999' is not a known customer (import it with 'cobro import customers' first)",
            "big.csv:1300: amount: '1.234' has more decimals than EUR allows (at most 2 decimals)",
            "big.csv:5000: invoice F1-A appears earlier in this file with other values (amount 1.50 EUR)",
        ])
        #expect(try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM invoice") } == 0)
    }

    @Test("a rebuild over thousands of customers stores, for each, the summary a one-by-one refresh stores")
    func rebuildMatchesRefresh() throws {
        let text = "number,customer_code,issue_date,due_date,amount,currency\n" + Self.invoiceLines().joined(separator: "\n") + "\n"
        let summary = try database.importText(.invoices, text)
        #expect(summary.inserted == 2 * Self.customerCount)
        let rebuilt = try summaries()
        #expect(rebuilt.count == Self.customerCount)
        try database.write { db in
            for customerID in try Int64.fetchAll(db, sql: "SELECT id FROM customer") {
                try CobroDatabase.refreshQueuePosition(db, customerID: customerID)
            }
        }
        #expect(try summaries() == rebuilt)
    }

    private func summaries() throws -> [Row] {
        try database.read { try Row.fetchAll($0, sql: "SELECT * FROM queue_position ORDER BY customer_id") }
    }
}
