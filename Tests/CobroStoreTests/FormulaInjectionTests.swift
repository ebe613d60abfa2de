import CobroDomain
@testable import CobroStore
import Foundation
import Testing

@Suite("CSV exports neutralise spreadsheet formulas in text cells; amounts stay numbers; export reads back through import")
struct FormulaInjectionTests {
    let folder: TemporaryFolder
    let database: CobroDatabase

    init() throws {
        folder = try TemporaryFolder()
        database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
    }

    private func export(_ kind: ExportKind, of database: CobroDatabase) throws -> String {
        var writer = CSVWriter(output: "")
        try database.exportCSV(kind, asOf: CivilDate(iso: "2026-12-31")!, to: &writer)
        return writer.output
    }

    /// What a spreadsheet would see as the start of each cell of the export's data rows.
    private func cells(_ csv: String) throws -> [[String]] {
        var reader = try CSVReader(bytes: Array(csv.utf8))
        var rows: [[String]] = []
        while let record = reader.next() { rows.append(try record.get().fields) }
        return rows
    }

    private func importFormulaCustomers() throws {
        _ = try database.importText(.customers, """
            code,name,phone,email,notes
            -C1,=SUM(A1:A9),+34 600 000 000,@evil,"\t=1+1"
            C2,''=already quoted,"\r=cr",x@example.com,'Tis Ltd
            """)
        _ = try database.importText(.invoices, """
            number,customer_code,issue_date,due_date,amount,currency
            =F1,-C1,2026-01-01,2026-01-31,-25.00,EUR
            F2,C2,2026-01-01,2026-01-31,100.00,EUR
            """)
        _ = try database.importText(.payments, """
            customer_code,date,amount,currency,reference,invoice_number
            C2,2026-02-01,10.00,EUR,@R1,F2
            """)
    }

    @Test("a text cell starting with =, +, -, @, tab or CR gets a leading ' in every export")
    func textCellsAreNeutralised() throws {
        try importFormulaCustomers()
        let customers = try cells(export(.customers, of: database))
        #expect(customers[0][3] == "'+34 600 000 000" && customers[0][4] == "'@evil")
        #expect(customers[0][0] == "'-C1" && customers[0][1] == "'=SUM(A1:A9)" && customers[0][7] == "'\t=1+1")
        #expect(customers[1][1] == "''=already quoted" && customers[1][3] == "'\r=cr" && customers[1][7] == "'Tis Ltd")
        let invoices = try cells(export(.invoices, of: database))
        #expect(invoices[0][0] == "'=F1" && invoices[0][1] == "'-C1")
        let payments = try cells(export(.payments, of: database))
        #expect(payments[0][5] == "'@R1")
        let aging = try cells(String(decoding: exportAging(), as: UTF8.self))
        #expect(aging.map { $0[1] } == ["'-C1", "C2"] && aging[0][2] == "'=SUM(A1:A9)")
    }

    @Test("amount and date columns stay plain numbers, negative ones included")
    func amountsStayNumbers() throws {
        try importFormulaCustomers()
        let invoices = try cells(export(.invoices, of: database))
        #expect(invoices[0][2] == "2026-01-01" && invoices[0][4] == "-25.00")
        let aging = try cells(String(decoding: exportAging(), as: UTF8.self))
        // -C1 holds only a credit note: unapplied and balance are negative, and plain.
        #expect(aging[0].suffix(2) == ["-25.00", "-25.00"])
    }

    @Test("export then import gives back the same names, codes and notes, formula-like or not")
    func exportReadsBack() throws {
        try importFormulaCustomers()
        let copy = try CobroDatabase.open(path: folder.path("copy.sqlite"))
        for kind in [ExportKind.customers, .invoices, .payments] {
            let exported = try export(kind, of: database)
            _ = try copy.importCSV(ImportKind(rawValue: kind.rawValue)!, bytes: Array(exported.utf8), fileName: "\(kind).csv")
            #expect(try export(kind, of: copy) == exported)
        }
        let names = try copy.agingReport(asOf: CivilDate(iso: "2026-12-31")!).currencies[0].customers.map(\.name)
        #expect(names == ["=SUM(A1:A9)", "'=already quoted"])
    }

    @Test("a cell written '=x, as a spreadsheet saves a neutralised cell, imports as =x; a plain leading ' stays")
    func importReadsNeutralisedCells() throws {
        _ = try database.importText(.customers, "code,name,notes\n'-C9,'=1+1,'Tis\n")
        let row = try cells(export(.customers, of: database))[0]
        #expect(row[0] == "'-C9" && row[1] == "'=1+1" && row[7] == "'Tis")
        _ = try database.importText(.invoices, "number,customer_code,issue_date,due_date,amount,currency\nF9,-C9,2026-01-01,2026-01-31,5.00,EUR\n")
        #expect(try database.agingReport(asOf: CivilDate(iso: "2026-12-31")!).currencies[0].customers[0].name == "=1+1")
    }

    @Test("neutralising then restoring gives any text back, and a neutralised cell never starts a formula")
    func neutralisingIsReversible() {
        var random = FuzzRandom(seed: 8)
        let pieces = ["=", "+", "-", "@", "\t", "\r", "'", "''", "x", " ", "1", "ñ", "\n", "\""]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...5, using: &random)).map { _ in random.pick(pieces) }.joined()
            let cell = SpreadsheetFormula.neutralised(text)
            #expect(SpreadsheetFormula.restored(cell) == text)
            #expect(!(cell.first.map { "=+-@\t\r".contains($0) } ?? false), "\(cell.debugDescription)")
        }
    }

    private func exportAging() throws -> [UInt8] {
        var writer = CSVWriter(output: "")
        try database.exportCSV(.aging, asOf: CivilDate(iso: "2026-12-31")!, to: &writer)
        return Array(writer.output.utf8)
    }
}
