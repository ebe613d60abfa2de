import CobroDomain
import GRDB

/// Invoices and credit notes (negative amounts). Identity: `number`; an identical row is
/// skipped, a changed one is an error.
struct InvoiceImport {
    let db: Database
    let context: ImportContext

    func run(_ reader: inout CSVReader, log: inout ImportLog, changes: inout QueuePositionChanges) throws -> ImportSummary {
        let columns = ColumnMap(header: reader.header, headerLine: reader.headerLine,
                                required: ["number", "customer_code", "issue_date", "due_date", "amount", "currency"],
                                optional: ["disputed"], log: &log)
        guard !log.hasProblems else { return ImportSummary() }
        let (number, customerCode, issueDate, dueDate, amount, currency, disputed) = (
            columns.index("number"), columns.index("customer_code"), columns.index("issue_date"),
            columns.index("due_date"), columns.index("amount"), columns.index("currency"), columns.index("disputed"))

        let customers = try CustomerDirectory(db)
        let firstNewID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM invoice") ?? 0) + 1
        let insert = try db.makeStatement(sql: """
            INSERT INTO invoice (number, customer_id, issue_date, due_date, amount, currency, disputed)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (number) DO NOTHING
            """)
        var summary = ImportSummary()
        try reader.forEachRecord(log: &log) { row, log in
            let numberText = row.required(number, "number", log: &log)
            let customerText = row.required(customerCode, "customer_code", log: &log)
            let issue = row.date(issueDate, "issue_date", log: &log)
            let due = row.date(dueDate, "due_date", log: &log)
            let money = row.amount(amount, currency: row.currency(currency, log: &log), separator: context.separator, log: &log)
            let isDisputed = row.boolean(disputed, "disputed", log: &log)
            if let issue, let due, due < issue {
                log.problem(row.line, "due_date \(due.iso) is before issue_date \(issue.iso)")
            }
            let customerID = customerText.flatMap { customers.id(of: $0, line: row.line, log: &log) }
            guard let numberText, let customerID, let issue, let due, let money, due >= issue else { return }

            try insert.execute(arguments: [numberText, customerID, issue.iso, due.iso, money.minorUnits,
                                           money.currency.code, isDisputed ?? false])
            if db.changesCount == 1 {
                summary.inserted += 1
                changes.touch(customerID)
                return
            }
            let stored = try Row.fetchOne(db, sql: """
                SELECT id, customer_id, issue_date, due_date, amount, currency, disputed FROM invoice WHERE number = ?
                """, arguments: [numberText])!
            var differences: [String] = []
            if stored["customer_id"] != customerID { differences.append("customer") }
            if stored["issue_date"] != issue.iso { differences.append("issue_date \(stored["issue_date"] as String)") }
            if stored["due_date"] != due.iso { differences.append("due_date \(stored["due_date"] as String)") }
            if stored["amount"] != money.minorUnits || stored["currency"] != money.currency.code {
                let storedAmount = Money(minorUnits: stored["amount"], currency: Currency(code: stored["currency"]) ?? money.currency)
                differences.append("amount \(storedAmount)")
            }
            // The desk may mark an invoice disputed; a file that does not say otherwise keeps it.
            if let isDisputed, stored["disputed"] != isDisputed { differences.append("disputed \(!isDisputed)") }
            guard !differences.isEmpty else {
                summary.unchanged += 1
                return
            }
            let was = differences.joined(separator: ", ")
            if (stored["id"] as Int64) >= firstNewID {
                log.problem(row.line, "invoice \(numberText) appears earlier in this file with other values (\(was))")
            } else {
                log.problem(row.line, "invoice \(numberText) is already imported with other values (\(was)); a changed invoice is not re-imported")
            }
        }
        return summary
    }
}
