import CobroDomain
import CobroStore
import Foundation
import GRDB
import Testing

@Suite("CSV import (SPEC §4): header-driven, all or nothing, idempotent")
struct ImportTests {
    let folder: TemporaryFolder
    let database: CobroDatabase

    init() throws {
        folder = try TemporaryFolder()
        database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
    }

    private func count(_ table: String) throws -> Int {
        try DatabaseQueue(path: database.path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)")! }
    }

    private func importExample() throws {
        for (kind, file) in [(ImportKind.customers, "customers.csv"), (.invoices, "invoices.csv"), (.payments, "payments.csv")] {
            _ = try database.importCSV(kind, bytes: SharedExample.bytes(file), fileName: file)
        }
    }

    @Test("the shared example imports and ages exactly as expected.json")
    func sharedExample() throws {
        try importExample()
        #expect(try database.agingJSON(asOf: "2026-12-18") == SharedExample.json("expected.json"))
    }

    @Test("importing the same files twice duplicates nothing")
    func reimportIsIdempotent() throws {
        try importExample()
        let counts = try ["customer", "invoice", "payment"].map(count)
        for (kind, file) in [(ImportKind.customers, "customers.csv"), (.invoices, "invoices.csv"), (.payments, "payments.csv")] {
            let summary = try database.importCSV(kind, bytes: SharedExample.bytes(file), fileName: file)
            #expect(summary.inserted == 0 && summary.updated == 0)
        }
        #expect(try ["customer", "invoice", "payment"].map(count) == counts)
        #expect(try database.agingJSON(asOf: "2026-12-18") == SharedExample.json("expected.json"))
    }

    @Test("columns in any order, ';' or tab delimited, with a BOM and quoted names")
    func headerDriven() throws {
        let customers = "\u{FEFF}name;code;language\n\"Ibáñez; Hijos \"\"y\"\" Cía\";C1;es\n"
        #expect(try database.importText(.customers, customers).inserted == 1)
        let invoices = "currency\tamount\tnumber\tcustomer_code\tdue_date\tissue_date\nEUR\t10.50\tF1\tC1\t2026-02-01\t2026-01-01\n"
        #expect(try database.importText(.invoices, invoices).inserted == 1)
        let report = try database.agingReport(asOf: CivilDate(iso: "2026-03-01")!)
        #expect(report.currencies.first?.customers.first?.name == "Ibáñez; Hijos \"y\" Cía")
        #expect(report.currencies.first?.totals[.days1to30] == 1050)
    }

    @Test("--decimal-comma reads Spanish spreadsheet amounts")
    func decimalComma() throws {
        _ = try database.importText(.customers, "code,name\nC1,Uno\n")
        _ = try database.importText(.invoices, "number;customer_code;issue_date;due_date;amount;currency\nF1;C1;2026-01-01;2026-01-01;1.234,56;EUR\n",
                                    separator: .comma)
        #expect(try database.agingReport(asOf: CivilDate(iso: "2026-01-01")!).currencies[0].totals.balance == 123_456)
    }

    @Test("a file with bad rows imports nothing and reports every problem in line order")
    func everyBadRowReported() throws {
        _ = try database.importText(.customers, "code,name\nC1,Uno\n")
        let invoices = """
            number,customer_code,issue_date,due_date,amount,currency
            F1,C1,2026-01-01,2026-01-31,100.00,EUR
            F2,C9,2026-01-01,2026-01-31,100.00,EUR
            F3,C1,2026-02-30,2026-01-31,100.00,EUR
            F4,C1,2026-01-01,2026-01-31,12.345,EUR
            F5,C1,2026-01-01,2026-01-31,100,EURO
            F6,C1,2026-03-01,2026-01-31,100,EUR
            F7,C"1,2026-01-01,2026-01-31,100,EUR
            F8,C1,2026-01-01,2026-01-31,abc,EUR,extra

            F9,C1,2026-01-01,2026-01-31,100,USD
            F1,C1,2026-01-01,2026-01-31,999.00,EUR
            ,C1,2026-01-01,2026-01-31,1,EUR
            """
        let failure = try #require(throws: ImportFailure.self) { try database.importText(.invoices, invoices, fileName: "bad.csv") }
        let lines = failure.lines
        #expect(lines.count == 9, "\(lines)")
        #expect(lines[0].hasPrefix("bad.csv:3:") && lines[0].contains("C9"))
        #expect(lines[1].hasPrefix("bad.csv:4:") && lines[1].contains("2026-02-30"))
        #expect(lines[2].hasPrefix("bad.csv:5:") && lines[2].contains("decimals"))
        #expect(lines[3].hasPrefix("bad.csv:6:") && lines[3].contains("EURO"))
        #expect(lines[4].hasPrefix("bad.csv:7:") && lines[4].contains("before issue_date"))
        #expect(lines[5].hasPrefix("bad.csv:8:"))
        #expect(lines[6].hasPrefix("bad.csv:9:") && lines[6].contains("fields"))
        #expect(lines[7].hasPrefix("bad.csv:12:") && lines[7].contains("F1 appears earlier in this file"))
        #expect(lines[8].hasPrefix("bad.csv:13:") && lines[8].contains("number is empty"))
        #expect(try count("invoice") == 0)
    }

    @Test("missing required columns are reported on the header line; unknown columns only warned about")
    func columns() throws {
        let failure = try #require(throws: ImportFailure.self) { try database.importText(.customers, "code,nombre\nC1,Uno\n", fileName: "c.csv") }
        #expect(failure.lines == ["c.csv:1: missing required column name (the header needs code,name)"])
        let summary = try database.importText(.customers, "code,name,colour\nC1,Uno,red\n", fileName: "c.csv")
        #expect(summary.inserted == 1)
        #expect(summary.warnings == ["c.csv:1: warning: unknown column 'colour' is ignored"])
    }

    @Test("a 0-byte file is an error; a header-only file imports nothing and succeeds")
    func emptyFiles() throws {
        let failure = try #require(throws: ImportFailure.self) { try database.importText(.customers, "", fileName: "e.csv") }
        #expect(failure.lines == ["e.csv: the file is empty"])
        #expect(try database.importText(.customers, "code,name\n") == ImportSummary())
    }

    @Test("a changed invoice is an error on re-import; an identical one is skipped")
    func changedInvoiceRefused() throws {
        _ = try database.importText(.customers, "code,name\nC1,Uno\n")
        let header = "number,customer_code,issue_date,due_date,amount,currency\n"
        _ = try database.importText(.invoices, header + "F1,C1,2026-01-01,2026-01-31,100.00,EUR\n")
        #expect(try database.importText(.invoices, header + "F1,C1,2026-01-01,2026-01-31,100.00,EUR\nF2,C1,2026-01-01,2026-01-31,5,EUR\n").inserted == 1)
        let failure = try #require(throws: ImportFailure.self) {
            try database.importText(.invoices, header + "F3,C1,2026-01-01,2026-01-31,1,EUR\nF1,C1,2026-01-01,2026-01-31,120.00,EUR\n", fileName: "i.csv")
        }
        #expect(failure.lines.count == 1 && failure.lines[0].hasPrefix("i.csv:3: invoice F1 is already imported"))
        #expect(try count("invoice") == 2)
    }

    @Test("a changed customer row updates the customer and writes the audit trail")
    func customerUpdateAudited() throws {
        _ = try database.importText(.customers, "code,name,phone,status\nC1,Uno,111,legal\n")
        let summary = try database.importText(.customers, "code,name,phone\nC1,Uno S.A.,222\n")
        #expect(summary.updated == 1)
        let audit = try DatabaseQueue(path: database.path).read {
            try Row.fetchOne($0, sql: "SELECT user_name, before_json, after_json FROM audit_trail WHERE entity = 'customer'")
        }
        #expect(audit?["user_name"] == "tester")
        #expect(audit?["before_json"] == #"{"name":"Uno","phone":"111"}"#)
        #expect(audit?["after_json"] == #"{"name":"Uno S.A.","phone":"222"}"#)
        let status = try DatabaseQueue(path: database.path).read { try String.fetchOne($0, sql: "SELECT status FROM customer") }
        #expect(status == "legal", "an absent status keeps the one the desk set")
    }

    @Test("customer fields are validated: booleans, status, language, time zone")
    func customerValidation() throws {
        let failure = try #require(throws: ImportFailure.self) {
            try database.importText(.customers, "code,name,do_not_call,status,language,timezone\nC1,Uno,yes,closed,fr,Mars/Olympus\n", fileName: "c.csv")
        }
        #expect(failure.lines.count == 4)
        #expect(try count("customer") == 0)
        #expect(try database.importText(.customers, "code,name,do_not_call,status,language,timezone\nC1,Uno,TRUE,written_off,ES,America/Bogota\n").inserted == 1)
    }

    @Test("payments: amount > 0, the named invoice must be the customer's and in the same currency")
    func paymentValidation() throws {
        _ = try database.importText(.customers, "code,name\nC1,Uno\nC2,Dos\n")
        _ = try database.importText(.invoices, "number,customer_code,issue_date,due_date,amount,currency\nF1,C1,2026-01-01,2026-01-31,100,EUR\nF2,C2,2026-01-01,2026-01-31,100,EUR\n")
        let payments = """
            customer_code,date,amount,currency,method,reference,invoice_number
            C1,2026-02-01,0,EUR,cash,R1,
            C1,2026-02-01,10,EUR,bitcoin,R2,
            C1,2026-02-01,10,EUR,cash,R3,F2
            C1,2026-02-01,10,USD,cash,R4,F1
            C1,2026-02-01,10,EUR,cash,R5,F404
            C1,2026-02-01,10,EUR,cash,R6,F1
            """
        let failure = try #require(throws: ImportFailure.self) { try database.importText(.payments, payments, fileName: "p.csv") }
        #expect(failure.lines.map { String($0.prefix(7)) } == ["p.csv:2", "p.csv:3", "p.csv:4", "p.csv:5", "p.csv:6"])
        #expect(try count("payment") == 0)
    }

    @Test("payments without a reference: identical rows are distinct payments, and a re-import adds none")
    func referencelessPayments() throws {
        _ = try database.importText(.customers, "code,name\nC1,Uno\n")
        let payments = "customer_code,date,amount,currency\nC1,2026-02-01,10,EUR\nC1,2026-02-01,10,EUR\n"
        #expect(try database.importText(.payments, payments).inserted == 2)
        #expect(try database.importText(.payments, payments).unchanged == 2)
        #expect(try database.importText(.payments, payments + "C1,2026-02-01,10,EUR\n").inserted == 1)
        #expect(try count("payment") == 3)
    }

    @Test("export writes files that import reads back into the same report")
    func exportRoundTrip() throws {
        try importExample()
        _ = try database.importText(.payments, "customer_code,date,amount,currency\nC242001,2026-02-01,10.00,MXN\nC242001,2026-02-01,10.00,MXN\n")
        let copy = try CobroDatabase.open(path: folder.path("copy.sqlite"))
        for kind in [ExportKind.customers, .invoices, .payments] {
            var writer = CSVWriter(output: "")
            try database.exportCSV(kind, asOf: CivilDate(iso: "2030-01-01")!, to: &writer)
            _ = try copy.importText(ImportKind(rawValue: kind.rawValue)!, writer.output)
            #expect(try copy.importText(ImportKind(rawValue: kind.rawValue)!, writer.output).inserted == 0)
        }
        #expect(try copy.agingJSON(asOf: "2026-12-18") == database.agingJSON(asOf: "2026-12-18"))
    }
}
