import CobroDomain
import GRDB

/// Invoices and credit notes (negative amounts). Identity: `number`; an identical row is
/// skipped, a changed one is an error. Rows are parsed on a second thread (`RecordParsing`)
/// while this one writes.
struct InvoiceImport {
    let db: Database
    let context: ImportContext

    func run(_ reader: inout CSVReader, log: inout ImportLog, changes: inout QueuePositionChanges) throws -> ImportSummary {
        let columns = ColumnMap(header: reader.header, headerLine: reader.headerLine,
                                required: ["number", "customer_code", "issue_date", "due_date", "amount", "currency"],
                                optional: ["disputed"], log: &log)
        guard !log.hasProblems else { return ImportSummary() }
        let fields = InvoiceFields(columns: columns, customers: try CustomerDirectory(db), separator: context.separator)
        let firstNewID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM invoice") ?? 0) + 1
        var insert = DirectStatement(try db.makeStatement(sql: """
            INSERT INTO invoice (number, customer_id, issue_date, due_date, amount, currency, disputed)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (number) DO NOTHING
            """))
        var totals = try AmountTotals(db)
        var summary = ImportSummary()
        try RecordParsing(reader, fileName: log.fileName, parse: fields.parse).forEach { record in
            for problem in record.problems { log.problem(problem.line, problem.reason) }
            guard let invoice = record.value else { return }
            insert.bind(invoice.number)
            insert.bind(invoice.customerID)
            insert.bind(invoice.issueText)
            insert.bind(invoice.dueText)
            insert.bind(invoice.money.minorUnits)
            insert.bind(invoice.money.currency.code)
            insert.bind(invoice.disputed ?? false)
            try insert.execute(db)
            if db.changesCount == 1 {
                guard totals.add(invoice.money, line: invoice.line, log: &log) else { return }
                summary.inserted += 1
                changes.touch(invoice.customerID)
                return
            }
            if let was = try differences(invoice) {
                if was.id >= firstNewID {
                    log.problem(invoice.line, "invoice \(invoice.number) appears earlier in this file with other values (\(was.text))")
                } else {
                    log.problem(invoice.line, "invoice \(invoice.number) is already imported with other values (\(was.text)); a changed invoice is not re-imported")
                }
            } else {
                summary.unchanged += 1
            }
        }
        return summary
    }

    /// How the stored invoice with the row's number differs from the row; nil when it does not.
    private func differences(_ invoice: InvoiceRow) throws -> (id: Int64, text: String)? {
        // Cached: re-importing yesterday's file asks this of every row, and preparing it each time cost most of that.
        let stored = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, customer_id, issue_date, due_date, amount, currency, disputed FROM invoice WHERE number = ?
            """), arguments: [invoice.number])!
        var differences: [String] = []
        if stored["customer_id"] != invoice.customerID { differences.append("customer") }
        if stored["issue_date"] != invoice.issueText { differences.append("issue_date \(stored["issue_date"] as String)") }
        if stored["due_date"] != invoice.dueText { differences.append("due_date \(stored["due_date"] as String)") }
        let money = invoice.money
        if stored["amount"] != money.minorUnits || stored["currency"] != money.currency.code {
            let storedAmount = Money(minorUnits: stored["amount"], currency: Currency(code: stored["currency"]) ?? money.currency)
            differences.append("amount \(storedAmount)")
        }
        // The desk may mark an invoice disputed; a file that does not say otherwise keeps it.
        if let isDisputed = invoice.disputed, stored["disputed"] != isDisputed { differences.append("disputed \(!isDisputed)") }
        return differences.isEmpty ? nil : (stored["id"], differences.joined(separator: ", "))
    }
}

/// An invoice row with every field checked and its customer found: what the writer stores.
struct InvoiceRow {
    let line: Int
    let number: String
    let customerID: Int64
    /// A date is only valid written exactly as YYYY-MM-DD, so the field is already its ISO text.
    let issueText: String
    let dueText: String
    let money: Money
    /// Nil when the file does not say.
    let disputed: Bool?
}

/// Reads the invoice columns of one record, noting every problem (on the parsing thread).
struct InvoiceFields: Sendable {
    let number, customerCode, issueDate, dueDate, amount, currency, disputed: Int?
    let customers: CustomerDirectory
    let separator: DecimalSeparator

    init(columns: ColumnMap, customers: CustomerDirectory, separator: DecimalSeparator) {
        (number, customerCode, issueDate, dueDate, amount, currency, disputed) = (
            columns.index("number"), columns.index("customer_code"), columns.index("issue_date"),
            columns.index("due_date"), columns.index("amount"), columns.index("currency"), columns.index("disputed"))
        self.customers = customers
        self.separator = separator
    }

    func parse(_ row: FieldReader, log: inout ImportLog) -> InvoiceRow? {
        let numberText = row.required(number, "number", log: &log)
        let customerText = row.required(customerCode, "customer_code", log: &log)
        let issue = row.date(issueDate, "issue_date", log: &log)
        let due = row.date(dueDate, "due_date", log: &log)
        let money = row.amount(amount, currency: row.currency(currency, log: &log), separator: separator, log: &log)
        let isDisputed = row.boolean(disputed, "disputed", log: &log)
        if let issue, let due, due < issue {
            log.problem(row.line, "due_date \(due.iso) is before issue_date \(issue.iso)")
        }
        let customerID = customerText.flatMap { customers.id(of: $0, line: row.line, log: &log) }
        guard let numberText, let customerID, let issue, let due, let money, due >= issue,
              let issueText = row.text(issueDate), let dueText = row.text(dueDate)
        else { return nil }
        return InvoiceRow(line: row.line, number: numberText, customerID: customerID, issueText: issueText, dueText: dueText,
                          money: money, disputed: isDisputed)
    }
}
