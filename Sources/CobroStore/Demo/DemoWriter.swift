import CobroDomain
import Foundation
import GRDB

/// Writes demo customers through prepared statements, giving them their codes, invoice numbers
/// and payment references in the order they are written.
struct DemoWriter {
    private let db: Database
    private let insertCustomer: Statement
    private let insertContact: Statement
    private let insertDocument: Statement
    private let insertPayment: Statement
    private let insertContactLog: Statement
    private let insertPromise: Statement
    private let insertAgreement: Statement
    private let insertInstallment: Statement
    private let insertAgreementInvoice: Statement
    private let insertStatusChange: Statement
    private let insertReminder: Statement
    private let insertReminderSent: Statement
    private let dates: DemoDateText

    /// Codes and numbers are zero-padded to one width per database, so that they sort byte-wise
    /// in the order they were given (SPEC §3).
    private let codeWidth: Int
    private let numberWidth: Int
    private let referenceWidth: Int
    /// Invoice and credit-note series restart every year, as most accounting systems number them.
    private var invoicesByYear: [Int: Int] = [:]
    private var creditNotesByYear: [Int: Int] = [:]
    private var paymentCount = 0

    private(set) var summary = DemoSummary(customers: 0, invoices: 0, creditNotes: 0, payments: 0)

    init(db: Database, today: CivilDate, customers: Int) throws {
        self.db = db
        insertCustomer = try db.makeStatement(sql: """
            INSERT INTO customer (code, name, tax_id, phone, email, time_zone, language, notes, do_not_call, status, debtor_type)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertContact = try db.makeStatement(sql: """
            INSERT INTO contact_person (customer_id, name, role, phone, email) VALUES (?, ?, ?, ?, ?)
            """)
        insertDocument = try db.makeStatement(sql: """
            INSERT INTO invoice (number, customer_id, issue_date, due_date, amount, currency, disputed)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        insertPayment = try db.makeStatement(sql: """
            INSERT INTO payment (customer_id, date, amount, currency, method, reference, invoice_id, fingerprint)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertContactLog = try db.makeStatement(sql: """
            INSERT INTO contact_log (customer_id, contact_person_id, user_name, at, channel, direction, outcome, note,
                                     next_action, callback_at, corrects_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertPromise = try db.makeStatement(sql: """
            INSERT INTO promise (contact_log_id, customer_id, amount, currency, promised_date) VALUES (?, ?, ?, ?, ?)
            """)
        insertAgreement = try db.makeStatement(sql: """
            INSERT INTO agreement (customer_id, currency, amount, down_payment, agreement_date, frequency, status, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertInstallment = try db.makeStatement(sql: "INSERT INTO installment (agreement_id, n, due_date, amount) VALUES (?, ?, ?, ?)")
        insertAgreementInvoice = try db.makeStatement(sql: "INSERT INTO agreement_invoice (agreement_id, invoice_id) VALUES (?, ?)")
        insertStatusChange = try db.makeStatement(sql: """
            INSERT INTO agreement_status_change (agreement_id, status, at, user_name, reason) VALUES (?, ?, ?, ?, ?)
            """)
        // As `recordReminder` writes them; the run is the system, so no user.
        insertReminder = try db.makeStatement(sql: """
            INSERT INTO contact_log (customer_id, user_name, at, channel, direction, outcome, note, body)
            VALUES (?, NULL, ?, ?, 'outbound', 'other', ?, ?)
            """)
        insertReminderSent = try db.makeStatement(sql: """
            INSERT INTO reminder_sent (invoice_id, stage, channel, contact_log_id, sent_on) VALUES (?, ?, ?, ?, ?)
            """)
        dates = DemoDateText(around: today, history: DemoLedgerBuilder.historyDays)
        // At most 25 invoices (each with at most one credit note) and 3 payments per invoice.
        codeWidth = max(5, Self.digitCount(customers))
        numberWidth = max(6, Self.digitCount(customers * 25))
        referenceWidth = max(6, Self.digitCount(customers * 75))
    }

    mutating func write(_ plan: DemoCustomerPlan, number: Int) throws {
        let code = "C" + Self.padded(number, codeWidth)
        try insertCustomer.execute(arguments: [
            code, plan.name, plan.taxID, plan.phone, plan.email, plan.timeZone,
            plan.language.rawValue, plan.notes, plan.doNotCall, plan.status.rawValue, plan.debtorType,
        ])
        let customerID = db.lastInsertedRowID
        summary.customers += 1

        var contactIDs: [Int64] = []
        for contact in plan.contacts {
            try insertContact.execute(arguments: [customerID, contact.name, contact.role, contact.phone, contact.email])
            contactIDs.append(db.lastInsertedRowID)
        }

        var documentIDs: [Int64] = []
        documentIDs.reserveCapacity(plan.documents.count)
        var documentNumbers: [String] = []
        documentNumbers.reserveCapacity(plan.documents.count)
        var queueSource = QueueSource()
        for document in plan.documents {
            let number = nextNumber(for: document)
            try insertDocument.execute(arguments: [
                number, customerID, dates.iso(document.issueDate), dates.iso(document.dueDate),
                document.amount, document.currency.code, document.disputed,
            ])
            documentIDs.append(db.lastInsertedRowID)
            documentNumbers.append(number)
            queueSource.documents.append((document.currency, document.disputed, AgingDocument(
                id: db.lastInsertedRowID, number: number, issueDate: document.issueDate, dueDate: document.dueDate, amount: document.amount)))
        }

        for payment in plan.payments {
            paymentCount += 1
            // The schema wants exactly one of reference and fingerprint.
            let reference = payment.hasReference ? "P-" + Self.padded(paymentCount, referenceWidth) : nil
            let fingerprint = payment.hasReference ? nil : "demo|\(paymentCount)"
            try insertPayment.execute(arguments: [
                customerID, dates.iso(payment.date), payment.amount, payment.currency.code, payment.method?.rawValue,
                reference, payment.documentIndex.map { documentIDs[$0] }, fingerprint,
            ])
            queueSource.payments.append((payment.currency, AgingPayment(
                date: payment.date, amount: payment.amount, invoiceID: payment.documentIndex.map { documentIDs[$0] })))
        }
        summary.payments += plan.payments.count

        var entryIDs: [Int64] = []
        entryIDs.reserveCapacity(plan.contactLog.count)
        for entry in plan.contactLog {
            try insertContactLog.execute(arguments: [
                customerID, entry.contactIndex.map { contactIDs[$0] }, entry.user, DemoTimestamp.iso(entry.at),
                entry.channel.rawValue, entry.direction.rawValue, entry.outcome.rawValue, entry.note, entry.nextAction,
                entry.callbackAt.map(DemoTimestamp.iso), entry.corrects.map { entryIDs[$0] },
            ])
            let entryID = db.lastInsertedRowID
            entryIDs.append(entryID)
            if let promise = entry.promise {
                try insertPromise.execute(arguments: [entryID, customerID, promise.amount, promise.currency.code, dates.iso(promise.date)])
                summary.promises += 1
            }
            queueSource.events.append(ContactEvent(
                id: entryID, at: Date(timeIntervalSince1970: Double(entry.at)), channel: entry.channel, direction: entry.direction,
                outcome: entry.outcome, corrects: entry.corrects.map { entryIDs[$0] },
                callbackAt: entry.callbackAt.map { Date(timeIntervalSince1970: Double($0)) },
                promise: entry.promise.map { PromiseToPay(amount: Money(minorUnits: $0.amount, currency: $0.currency), date: $0.date) }))
        }
        summary.contacts += plan.contactLog.count + plan.reminders.count
        for reminder in plan.reminders {
            let entryID = try write(reminder, of: plan, customerID: customerID, documentIDs: documentIDs, documentNumbers: documentNumbers)
            queueSource.events.append(ContactEvent(
                id: entryID, at: Date(timeIntervalSince1970: Double(reminder.at)), channel: reminder.channel, outcome: .other))
        }
        summary.reminders += plan.reminders.count
        if let agreement = plan.agreement { try write(agreement, customerID: customerID, documentIDs: documentIDs) }
        // The summary from what was just written, as the store would read it back.
        queueSource.events.sort { ($0.at, $0.id ?? 0) < ($1.at, $1.id ?? 0) }
        let customer = QueueCustomer(id: customerID, code: code, name: plan.name, zoneName: plan.timeZone, doNotCall: plan.doNotCall,
                                     status: plan.status)
        try QueuePositionTable.save(QueuePosition(queueSource, customer: customer), customerID: customerID, db)
    }

    /// A reminder as `recordReminder` leaves it: its contact-log entry and a `reminder_sent` row
    /// per invoice; returns the entry's id.
    private func write(_ reminder: DemoReminder, of plan: DemoCustomerPlan, customerID: Int64, documentIDs: [Int64],
                       documentNumbers: [String]) throws -> Int64 {
        let lines = reminder.invoices.map {
            DemoReminderText.Line(number: documentNumbers[$0.documentIndex], dueDate: $0.dueDate, open: $0.open)
        }
        try insertReminder.execute(arguments: [
            customerID, DemoTimestamp.iso(reminder.at), reminder.channel.rawValue,
            DemoReminderText.note(reminder, numbers: lines.map(\.number), language: plan.language),
            DemoReminderText.body(reminder, lines: lines, customerName: plan.name, language: plan.language),
        ])
        let entryID = db.lastInsertedRowID
        for invoice in reminder.invoices {
            try insertReminderSent.execute(arguments: [
                documentIDs[invoice.documentIndex], reminder.stage.name, reminder.channel.rawValue, entryID, dates.iso(reminder.on),
            ])
        }
        return entryID
    }

    private mutating func write(_ plan: DemoAgreement, customerID: Int64, documentIDs: [Int64]) throws {
        let agreement = plan.agreement
        try insertAgreement.execute(arguments: [
            customerID, agreement.amount.currency.code, agreement.amount.minorUnits, agreement.downPayment.minorUnits,
            dates.iso(agreement.agreementDate), agreement.frequency.rawValue, plan.recorded.rawValue, plan.createdBy,
            DemoTimestamp.iso(plan.createdAt),
        ])
        let id = db.lastInsertedRowID
        for installment in agreement.installments {
            try insertInstallment.execute(arguments: [id, installment.number, dates.iso(installment.dueDate), installment.amount.minorUnits])
        }
        for index in plan.invoices { try insertAgreementInvoice.execute(arguments: [id, documentIDs[index]]) }
        for change in plan.history {
            try insertStatusChange.execute(arguments: [id, change.status.rawValue, DemoTimestamp.iso(change.at), change.user, change.reason])
        }
        summary.agreements += 1
    }

    /// `F-2026-000123` for an invoice, `NC-2026-000012` for a credit note (nota de crédito).
    private mutating func nextNumber(for document: DemoDocument) -> String {
        let year = document.issueDate.year
        let sequence: Int
        if document.isCreditNote {
            sequence = creditNotesByYear[year, default: 0] + 1
            creditNotesByYear[year] = sequence
            summary.creditNotes += 1
        } else {
            sequence = invoicesByYear[year, default: 0] + 1
            invoicesByYear[year] = sequence
            summary.invoices += 1
        }
        return (document.isCreditNote ? "NC-" : "F-") + String(year) + "-" + Self.padded(sequence, numberWidth)
    }

    private static func digitCount(_ value: Int) -> Int { String(value).count }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// The ISO text of the days the demo uses, made once: a million invoices repeat a few hundred days.
private struct DemoDateText {
    private let first: CivilDate
    private let texts: [String]

    init(around today: CivilDate, history: Int) {
        // From a month before the oldest invoice to a year after today: every date the demo
        // makes; a day outside would still be written correctly, only not from the table.
        let first = today.adding(days: -history - 30)
        self.first = first
        texts = (0...(history + 400)).map { first.adding(days: $0).iso }
    }

    func iso(_ date: CivilDate) -> String {
        let offset = date.days(since: first)
        return texts.indices.contains(offset) ? texts[offset] : date.iso
    }
}
