import CobroDomain
import CobroStore
import Foundation
import GRDB
import Testing

@Suite("Import at the limits: amounts past 64-bit minor units and dates past YYYY-MM-DD are FILE:LINE problems, never a trap")
struct AmountLimitImportTests {
    let folder: TemporaryFolder
    let database: CobroDatabase

    init() throws {
        folder = try TemporaryFolder()
        database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        _ = try database.importText(.customers, "code,name\nC1,Uno\nC2,Dos\n")
    }

    private func problems(_ kind: ImportKind, _ text: String) -> [String] {
        do {
            _ = try database.importText(kind, text)
            return []
        } catch let failure as ImportFailure {
            return failure.lines
        } catch {
            return ["unexpected \(error)"]
        }
    }

    private func invoiceCount() throws -> Int {
        try DatabaseQueue(path: database.path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM invoice")! }
    }

    @Test("the largest amount imports, ages and exports; a minor unit more is 'too large'")
    func largestAmount() throws {
        let header = "number,customer_code,issue_date,due_date,amount,currency\n"
        #expect(problems(.invoices, header + "F2,C1,2026-01-01,2026-01-31,92233720368547758.08,EUR\n")
                == ["test.csv:2: amount: '92233720368547758.08' is too large"])
        #expect(try database.importText(.invoices, header + "F1,C1,2026-01-01,2026-01-31,92233720368547758.07,EUR\n").inserted == 1)
        let aging = try database.agingJSON(asOf: "2026-11-23")
        let eur = (aging["currencies"] as! [NSDictionary])[0]
        #expect((eur["totals"] as! NSDictionary)["balance"] as? String == "92233720368547758.07")
        var writer = CSVWriter(output: "")
        try database.exportCSV(.invoices, asOf: CivilDate(iso: "2026-12-31")!, to: &writer)
        #expect(writer.output.contains(",92233720368547758.07,EUR,"))
    }

    @Test("amounts that together pass 2⁶³−1 minor units are refused at the row that passes it, and nothing is imported")
    func sumsThatWouldOverflow() throws {
        let header = "number,customer_code,issue_date,due_date,amount,currency\n"
        let half = "46116860184273879.04"
        let lines = problems(.invoices, header + "F1,C1,2026-01-01,2026-01-31,\(half),EUR\nF2,C2,2026-01-01,2026-01-31,-\(half),EUR\nF3,C1,2026-01-01,2026-01-31,1.00,USD\n")
        #expect(lines == ["test.csv:3: amount -46116860184273879.04 EUR would bring the invoices and payments to more than 9223372036854775807 minor units in all, more than cobro can add up"])
        #expect(try invoiceCount() == 0)

        _ = try database.importText(.invoices, header + "F1,C1,2026-01-01,2026-01-31,\(half),EUR\n")
        let payment = "customer_code,date,amount,currency\nC1,2026-02-01,\(half),EUR\n"
        #expect(problems(.payments, payment).first?.hasPrefix("test.csv:2: amount 46116860184273879.04 EUR would bring the invoices") == true)
        #expect(try database.importText(.payments, "customer_code,date,amount,currency\nC1,2026-02-01,100.00,EUR\n").inserted == 1)
        // Re-importing what is already there adds nothing to the totals.
        #expect(try database.importText(.invoices, header + "F1,C1,2026-01-01,2026-01-31,\(half),EUR\n").unchanged == 1)
    }

    @Test("dates from 0001-01-01 to 9999-12-31 import and age; year 0000 and five-digit years are problems")
    func datesAtTheEnds() throws {
        let header = "number,customer_code,issue_date,due_date,amount,currency\n"
        #expect(try database.importText(.invoices, header + "F1,C1,0001-01-01,9999-12-31,1.00,EUR\nF2,C2,0001-01-01,0001-01-01,2.00,EUR\n").inserted == 2)
        for asOf in ["0001-01-01", "9999-12-31"] {
            let report = try database.agingReport(asOf: CivilDate(iso: asOf)!)
            #expect(report.currencies.first?.totals.balance == 300, "\(asOf)")
        }
        #expect(problems(.invoices, header + "F3,C1,0000-01-01,10000-01-01,1.00,EUR\n") == [
            "test.csv:2: issue_date '0000-01-01' is not a valid date (write YYYY-MM-DD)",
            "test.csv:2: due_date '10000-01-01' is not a valid date (write YYYY-MM-DD)",
        ])
        #expect(problems(.payments, "customer_code,date,amount,currency\nC1,+2026-01-01,1.00,EUR\n")
                == ["test.csv:2: date '+2026-01-01' is not a valid date (write YYYY-MM-DD)"])
    }
}
