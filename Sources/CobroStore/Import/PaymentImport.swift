import CobroDomain
import GRDB

/// Payments received. Identity: `reference`; without one, all the row's fields plus how many
/// identical rows precede it in the file. An identical row is skipped, a changed one is an error.
struct PaymentImport {
    let db: Database
    let context: ImportContext

    func run(_ reader: inout CSVReader, log: inout ImportLog, changes: inout QueuePositionChanges) throws -> ImportSummary {
        let columns = ColumnMap(header: reader.header, headerLine: reader.headerLine,
                                required: ["customer_code", "date", "amount", "currency"],
                                optional: ["method", "reference", "invoice_number"], log: &log)
        guard !log.hasProblems else { return ImportSummary() }
        let (customerCode, date, amount, currency, method, reference, invoiceNumber) = (
            columns.index("customer_code"), columns.index("date"), columns.index("amount"), columns.index("currency"),
            columns.index("method"), columns.index("reference"), columns.index("invoice_number"))

        let customers = try CustomerDirectory(db)
        let findInvoice = try db.makeStatement(sql: "SELECT id, customer_id, currency FROM invoice WHERE number = ?")
        var insert = DirectStatement(try db.makeStatement(sql: """
            INSERT INTO payment (customer_id, date, amount, currency, method, reference, invoice_id, fingerprint)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """))
        // Re-importing yesterday's file asks this of every row with a reference: prepared once.
        let findStored = try db.makeStatement(sql: """
            SELECT customer_id, date, amount, currency, method, invoice_id FROM payment WHERE reference = ?
            """)
        var identicalRowsSeen: [String: Int] = [:]
        var totals = try AmountTotals(db)
        var summary = ImportSummary()
        try reader.forEachRecord(log: &log) { row, log in
            let customerText = row.required(customerCode, "customer_code", log: &log)
            let day = row.date(date, "date", log: &log)
            let money = row.amount(amount, currency: row.currency(currency, log: &log), separator: context.separator, log: &log)
            if let money, money.minorUnits <= 0 {
                log.problem(row.line, "amount must be greater than zero (a refund or a credit is a credit note, a negative invoice)")
            }
            let paymentMethod = row.choice(method, "method", as: PaymentMethod.self, log: &log)
            let referenceText = row.text(reference)
            let invoiceText = row.text(invoiceNumber)
            let customerID = customerText.flatMap { customers.id(of: $0, line: row.line, log: &log) }
            var invoiceID: Int64?
            if let invoiceText, let customerID, let money {
                guard let invoice = try Row.fetchOne(findInvoice, arguments: [invoiceText]) else {
                    log.problem(row.line, "invoice_number '\(invoiceText)' is not a known invoice (import the invoices first)")
                    return
                }
                guard invoice[1] == customerID, invoice[2] == money.currency.code else {
                    log.problem(row.line, "invoice_number '\(invoiceText)' belongs to another customer or currency (it is \(invoice[2] as String) of another account or currency than this payment)")
                    return
                }
                invoiceID = invoice[0]
            }
            guard let customerText, let customerID, let day, let money, money.minorUnits > 0,
                  paymentMethod != nil || row.text(method) == nil
            else { return }

            var fingerprint: String?
            if referenceText == nil {
                let fields = [customerText, day.iso, money.decimalString, money.currency.code,
                              paymentMethod?.rawValue ?? "", invoiceText ?? ""].joined(separator: "|")
                let earlier = identicalRowsSeen[fields, default: 0]
                identicalRowsSeen[fields] = earlier + 1
                fingerprint = "\(fields)|#\(earlier)"
            }
            insert.bind(customerID)
            insert.bind(day.iso)
            insert.bind(money.minorUnits)
            insert.bind(money.currency.code)
            insert.bind(paymentMethod?.rawValue)
            insert.bind(referenceText)
            insert.bind(invoiceID)
            insert.bind(fingerprint)
            try insert.execute(db)
            if db.changesCount == 1 {
                guard totals.add(money, line: row.line, log: &log) else { return }
                summary.inserted += 1
                changes.touch(customerID)
                return
            }
            guard let referenceText else {
                summary.unchanged += 1
                return
            }
            let stored = try Row.fetchOne(findStored, arguments: [referenceText])!
            let same = stored[0] == customerID && stored[1] == day.iso && stored[2] == money.minorUnits
                && stored[3] == money.currency.code && stored[4] == paymentMethod?.rawValue && stored[5] == invoiceID
            if same {
                summary.unchanged += 1
            } else {
                log.problem(row.line, "payment \(referenceText) is already recorded with other values; a changed payment is not re-imported")
            }
        }
        return summary
    }
}
