import CobroDomain

/// One demo customer with everything that belongs to it, as the generator made it and before
/// the writer gives it codes, numbers and row ids. Only one customer's plan exists at a time, so
/// memory stays flat however large the portfolio.
struct DemoCustomerPlan {
    var name: String
    var taxID: String
    var phone: String?
    var email: String?
    var timeZone: String
    var language: Language
    var notes: String?
    var doNotCall: Bool
    var status: CustomerStatus
    /// Why the customer does not pay (the `debtor_type` column); nil when the clerk has not said.
    var debtorType: String?
    var contacts: [DemoContactPlan]
    /// Invoices and credit notes (negative amounts).
    var documents: [DemoDocument]
    /// In date order.
    var payments: [DemoPayment]
    /// The contact log, in time order; a correction follows the entry it corrects.
    var contactLog: [DemoContactEntry]
    var agreement: DemoAgreement?
    /// What the daily dunning run sent before today, oldest first.
    var reminders: [DemoReminder]
    /// Whether the dunning run on today has an e-mail for the customer; nil when not asked.
    var emailDueToday: Bool?
}

struct DemoContactPlan {
    var name: String
    var role: String
    var phone: String?
    var email: String?
}

/// An invoice, or with a negative amount a credit note.
struct DemoDocument {
    var issueDate: CivilDate
    var dueDate: CivilDate
    var amount: Int64
    var currency: Currency
    var disputed: Bool

    var isCreditNote: Bool { amount < 0 }
}

struct DemoPayment {
    var date: CivilDate
    /// Minor units, > 0.
    var amount: Int64
    var currency: Currency
    var method: PaymentMethod?
    /// The invoice it names (an index into the customer's `documents`); nil for money that joins
    /// the customer's pool.
    var documentIndex: Int?
    /// Most payments carry the bank's reference; the rest are told apart by a fingerprint.
    var hasReference: Bool
}
