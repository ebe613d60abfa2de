import Foundation

/// Import files for a plain synthetic portfolio: `customers` customers coded with `prefix`, each
/// owing `invoicesEach` overdue EUR invoices. Written straight out (no demo run) so a large file
/// costs the test next to nothing to make.
struct PortfolioFiles {
    let prefix: String
    let customers: Int
    let invoicesEach: Int

    var invoiceCount: Int { customers * invoicesEach }

    func code(_ customer: Int) -> String { "\(prefix)\(String(format: "%05d", customer))" }

    /// Writes `customers.csv` and `invoices.csv` into `folder`; returns their paths.
    func write(into folder: String) throws -> (customers: String, invoices: String) {
        var customerLines = ["code,name,timezone"]
        var invoiceLines = ["number,customer_code,issue_date,due_date,amount,currency"]
        customerLines.reserveCapacity(customers + 1)
        invoiceLines.reserveCapacity(invoiceCount + 1)
        for customer in 1...customers {
            customerLines.append("\(code(customer)),Customer \(customer),UTC")
            for invoice in 1...invoicesEach {
                let month = 1 + (customer + invoice) % 9
                let cents = 10_000 + (customer * 7_919 + invoice * 104_729) % 900_000
                invoiceLines.append("\(prefix)-\(customer)-\(invoice),\(code(customer)),2026-\(String(format: "%02d", month))-05,"
                                    + "2026-\(String(format: "%02d", month))-28,\(cents / 100).\(String(format: "%02d", cents % 100)),EUR")
            }
        }
        let customersPath = "\(folder)/\(prefix)-customers.csv", invoicesPath = "\(folder)/\(prefix)-invoices.csv"
        try Data((customerLines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: customersPath))
        try Data((invoiceLines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: invoicesPath))
        return (customersPath, invoicesPath)
    }
}

/// Database files copied and removed with their write-ahead log and shared-memory files.
enum DatabaseFile {
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// A fresh copy of the closed database `source` at `destination`, with its log if one was left.
    static func copy(_ source: String, to destination: String) throws {
        remove(destination)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: destination + suffix)
        }
    }
}
