import CobroStore
import Foundation

extension TemporaryFolder {
    /// A database file here with one customer, C001 Ibáñez Hermanos (Madrid), owing F-101:
    /// 1,200.00 EUR due 2026-10-01.
    func oneDebtorDatabase() throws -> CobroDatabase {
        let database = try CobroDatabase.open(path: path + "/cobro.sqlite")
        _ = try database.importCSV(.customers, bytes: Array("code,name,timezone\nC001,Ibáñez Hermanos,Europe/Madrid\n".utf8),
                                   fileName: "customers.csv")
        _ = try database.importCSV(.invoices, bytes: Array("""
            number,customer_code,issue_date,due_date,amount,currency
            F-101,C001,2026-09-01,2026-10-01,1200.00,EUR

            """.utf8), fileName: "invoices.csv")
        return database
    }
}
