import CobroDomain
import Foundation
import GRDB

/// What `makeDemo` wrote.
public struct DemoSummary: Sendable, Equatable {
    public var customers: Int
    public var invoices: Int
    public var creditNotes: Int
    public var payments: Int
    /// Contact-log entries (corrections included) and the promises to pay among them.
    public var contacts: Int
    public var promises: Int
    /// Payment agreements in every state (with their installments and status history).
    public var agreements: Int
    /// Reminders the daily dunning run sent before today (contact-log entries counted in `contacts`).
    public var reminders: Int

    public init(customers: Int, invoices: Int, creditNotes: Int, payments: Int, contacts: Int = 0, promises: Int = 0,
                agreements: Int = 0, reminders: Int = 0) {
        self.customers = customers
        self.invoices = invoices
        self.creditNotes = creditNotes
        self.payments = payments
        self.contacts = contacts
        self.promises = promises
        self.agreements = agreements
        self.reminders = reminders
    }
}

extension CobroDatabase {
    /// Fills an EMPTY database with a realistic, deterministic demo portfolio around `today`
    /// (SPEC §4 `cobro demo`): Spanish and English customers in EUR, USD, MXN and CLP with their
    /// contact people, about ten invoices each over the last fifteen months, credit notes,
    /// disputed invoices, and full, partial, late, targeted and untargeted payments; and up to six months
    /// of contact history with calls of every outcome at local hours in five time zones, e-mails
    /// and letters, kept, broken, due and future promises, callbacks due today, and corrections;
    /// and payment agreements up to date, late, broken, completed and cancelled, with the
    /// payments that make them so.
    ///
    /// The same `seed` and `today` always make the same data. One transaction: a database that
    /// already has a customer is refused and left as it was.
    public func makeDemo(customers: Int, seed: UInt64, today: CivilDate, actor: String?) throws -> DemoSummary {
        let startedAt = Date()
        DemoMemory.keepFreedHeap()
        return try write { db in
            guard try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM customer)")! else {
                throw StoreError.demoNeedsEmptyDatabase(path: path)
            }
            let generator = DemoGenerator(seed: seed, today: today)
            var writer = try DemoWriter(db: db, today: today, customers: customers)
            // Until one customer has an e-mail due today, each gets an invoice reaching a stage
            // today, so that a first `cobro remind` on the demo has something to send.
            var emailDueToday = false
            for number in stride(from: 1, through: customers, by: 1) {
                let customer = generator.customer(number: number, stageDueToday: !emailDueToday)
                emailDueToday = emailDueToday || customer.emailDueToday == true
                try writer.write(customer, number: number)
            }
            let summary = writer.summary
            try AuditTrail.record(
                db, at: startedAt, user: actor, action: "demo", entity: "database", key: nil,
                after: ["seed": AuditValue(String(seed)), "today": AuditValue(today.iso),
                        "customers": AuditValue(summary.customers), "invoices": AuditValue(summary.invoices),
                        "credit_notes": AuditValue(summary.creditNotes), "payments": AuditValue(summary.payments),
                        "contacts": AuditValue(summary.contacts), "promises": AuditValue(summary.promises),
                        "agreements": AuditValue(summary.agreements), "reminders": AuditValue(summary.reminders)])
            return summary
        }
    }
}
