import CobroDomain
import GRDB

/// What `cobro export` writes.
public enum ExportKind: String, CaseIterable, Sendable {
    case aging, customers, invoices, payments, contacts
}

extension CobroDatabase {
    /// Writes one kind as CSV that `cobro import` reads back (customers, invoices, payments).
    /// Invoices issued and payments and contacts dated after `asOf` are left out.
    public func exportCSV(_ kind: ExportKind, asOf: CivilDate, to writer: inout CSVWriter<some TextOutputStream>) throws {
        switch kind {
        case .aging:
            try agingReport(asOf: asOf).writeCSV(to: &writer)
        case .customers:
            try export(header: ["code", "name", "tax_id", "phone", "email", "timezone", "language", "notes", "do_not_call", "status"],
                       sql: """
                        SELECT code, name, tax_id, phone, email, time_zone, language, notes,
                               CASE do_not_call WHEN 1 THEN 'true' ELSE 'false' END, status
                        FROM customer ORDER BY code
                        """, to: &writer)
        case .invoices:
            try exportWithAmounts(header: ["number", "customer_code", "issue_date", "due_date", "amount", "currency", "disputed"],
                                  amountColumn: 4, sql: """
                        SELECT i.number, c.code, i.issue_date, i.due_date, i.amount, i.currency,
                               CASE i.disputed WHEN 1 THEN 'true' ELSE 'false' END
                        FROM invoice i JOIN customer c ON c.id = i.customer_id
                        WHERE i.issue_date <= ? ORDER BY i.id
                        """, asOf: asOf, to: &writer)
        case .payments:
            // Insertion order keeps identical reference-less payments in the order that gives
            // them their identity on re-import.
            try exportWithAmounts(header: ["customer_code", "date", "amount", "currency", "method", "reference", "invoice_number"],
                                  amountColumn: 2, sql: """
                        SELECT c.code, p.date, p.amount, p.currency, p.method, p.reference, i.number
                        FROM payment p JOIN customer c ON c.id = p.customer_id LEFT JOIN invoice i ON i.id = p.invoice_id
                        WHERE p.date <= ? ORDER BY p.id
                        """, asOf: asOf, to: &writer)
        case .contacts:
            try exportContacts(asOf: asOf, to: &writer)
        }
    }

    private func export(header: [String], sql: String, arguments: StatementArguments = [],
                        to writer: inout CSVWriter<some TextOutputStream>) throws {
        writer.writeRow(header)
        try read { db in
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                writer.writeRow((0..<row.count).map { (row[$0] as String?) ?? "" })
            }
        }
    }

    /// Like `export`, with integer minor units at `amountColumn` written as decimals of the
    /// currency in the column after it.
    private func exportWithAmounts(header: [String], amountColumn: Int, sql: String, asOf: CivilDate,
                                   to writer: inout CSVWriter<some TextOutputStream>) throws {
        writer.writeRow(header)
        var currencies: [String: Currency] = [:]
        try read { db in
            let rows = try Row.fetchCursor(db, sql: sql, arguments: [asOf.iso])
            while let row = try rows.next() {
                var fields = (0..<row.count).map { (row[$0] as String?) ?? "" }
                let code: String = row[amountColumn + 1]
                guard let currency = currencies[code] ?? Currency(code: code) else { throw CorruptValue(what: "currency", value: code) }
                currencies[code] = currency
                fields[amountColumn] = Money(minorUnits: row[amountColumn], currency: currency).decimalString
                writer.writeRow(fields, numbers: amountColumn..<amountColumn + 1)
            }
        }
    }

    private func exportContacts(asOf: CivilDate, to writer: inout CSVWriter<some TextOutputStream>) throws {
        let header = ["id", "customer_code", "at", "channel", "direction", "outcome", "contact", "user", "note",
                      "next_action", "promise_amount", "promise_currency", "promise_date", "callback_at", "corrects"]
        writer.writeRow(header)
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT l.id, c.code, l.at, l.channel, l.direction, l.outcome, cp.name, l.user_name, l.note,
                       l.next_action, p.amount, p.currency, p.promised_date, l.callback_at, l.corrects_id
                FROM contact_log l JOIN customer c ON c.id = l.customer_id
                LEFT JOIN contact_person cp ON cp.id = l.contact_person_id
                LEFT JOIN promise p ON p.contact_log_id = l.id
                WHERE substr(l.at, 1, 10) <= ? ORDER BY l.id
                """, arguments: [asOf.iso])
            while let row = try rows.next() {
                var fields = (0..<row.count).map { (row[$0] as String?) ?? "" }
                if let units = row[10] as Int64?, let currency = Currency(code: row[11]) {
                    fields[10] = Money(minorUnits: units, currency: currency).decimalString
                }
                writer.writeRow(fields, numbers: 10..<11)
            }
        }
    }
}
