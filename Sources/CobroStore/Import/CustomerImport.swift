import CobroDomain
import GRDB

/// Customers. Identity: `code`. A changed row updates the customer and records the change in the
/// audit trail. An empty optional field leaves what the database holds (the desk may have set
/// a status or a do-not-call flag that the accounting system does not know about). The queue
/// summary keeps the customer's code, name, zone, flag and status: a changed customer's is
/// recomputed.
struct CustomerImport {
    let db: Database
    let context: ImportContext

    func run(_ reader: inout CSVReader, log: inout ImportLog, changes: inout QueuePositionChanges) throws -> ImportSummary {
        let columns = ColumnMap(header: reader.header, headerLine: reader.headerLine, required: ["code", "name"],
                                optional: ["tax_id", "phone", "email", "timezone", "language", "notes", "do_not_call", "status"],
                                log: &log)
        guard !log.hasProblems else { return ImportSummary() }
        var stored = try CustomerRecord.fetchAll(db).reduce(into: [String: CustomerRecord]()) { $0[$1.customer.code] = $1 }
        // Their personal data was removed for good (`cobro retention --anonymise`): an old file
        // must not bring it back.
        let anonymised = try Set(String.fetchAll(db, sql: "SELECT code FROM customer WHERE anonymised_at IS NOT NULL"))
        var lineByCode: [String: Int] = [:]
        var summary = ImportSummary()

        try reader.forEachRecord(log: &log) { row, log in
            let problemsBefore = log.problems.count
            let code = row.required(columns.index("code"), "code", log: &log)
            let name = row.required(columns.index("name"), "name", log: &log)
            let timeZone = row.timeZone(columns.index("timezone"), log: &log)
            let languageText = row.text(columns.index("language"))
            let language = languageText.flatMap { Language(rawValue: $0.lowercased()) }
            if let languageText, language == nil { log.problem(row.line, "language '\(languageText)' is not es or en") }
            let doNotCall = row.boolean(columns.index("do_not_call"), "do_not_call", log: &log)
            let status = row.choice(columns.index("status"), "status", as: CustomerStatus.self, log: &log)
            guard let code, let name, log.problems.count == problemsBefore else { return }
            guard !anonymised.contains(code) else {
                log.warning(row.line, "customer \(code) was anonymised (cobro retention): its row is left out")
                summary.unchanged += 1
                return
            }

            let existing = stored[code]
            var customer = existing?.customer ?? Customer(code: code, name: name)
            customer.name = name
            customer.taxID = row.text(columns.index("tax_id")) ?? customer.taxID
            customer.phone = row.text(columns.index("phone")) ?? customer.phone
            customer.email = row.text(columns.index("email")) ?? customer.email
            customer.timeZone = timeZone ?? customer.timeZone
            customer.language = language ?? customer.language
            customer.notes = row.text(columns.index("notes")) ?? customer.notes
            customer.doNotCall = doNotCall ?? customer.doNotCall
            customer.status = status ?? customer.status

            if let earlierLine = lineByCode[code], existing?.customer != customer {
                log.problem(row.line, "customer \(code) appears on line \(earlierLine) too, with other values")
                return
            }
            lineByCode[code] = row.line
            guard var record = existing else {
                var record = CustomerRecord(customer: customer)
                try record.insert(db)
                stored[code] = record
                summary.inserted += 1
                return
            }
            guard record.customer != customer else {
                summary.unchanged += 1
                return
            }
            let before = record.customer
            record.customer = customer
            try record.update(db)
            if let id = record.id { changes.touch(id) }
            stored[code] = record
            summary.updated += 1
            // The file's own entry, at the same instant, says which file it was.
            let (was, now) = CustomerRecord.differences(before, customer)
            try AuditTrail.record(db, at: context.startedAt, user: context.actor, action: "update", entity: "customer",
                                  key: code, customer: code, before: was, after: now)
        }
        return summary
    }
}
