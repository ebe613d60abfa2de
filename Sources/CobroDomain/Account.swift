import Foundation

/// An invoice as the clerk sees it on the account: what it was, what is still owed, how late.
public struct OpenInvoice: Hashable, Sendable {
    public var number: String
    public var issueDate: CivilDate
    public var dueDate: CivilDate
    public var amount: Money
    public var open: Money
    public var daysPastDue: Int
    public var disputed: Bool

    public init(number: String, issueDate: CivilDate, dueDate: CivilDate, amount: Money, open: Money, daysPastDue: Int, disputed: Bool) {
        self.number = number
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.amount = amount
        self.open = open
        self.daysPastDue = daysPastDue
        self.disputed = disputed
    }

    public var bucket: AgingBucket { AgingBucket(daysPastDue: daysPastDue) }
}

/// Who is working an account from the queue right now, and until when.
public struct AccountClaim: Hashable, Sendable {
    public var user: String
    public var until: Date

    public init(user: String, until: Date) {
        self.user = user
        self.until = until
    }
}

/// One customer's account as of a date: who they are, what is open, and the aging per currency.
public struct AccountSnapshot: Sendable {
    public var customer: Customer
    public var asOf: CivilDate
    /// Oldest due first, per currency in code order.
    public var openInvoices: [OpenInvoice]
    /// Per currency (sorted by code): the aged figures, unapplied credit included.
    public var balances: [(currency: Currency, figures: AgingFigures)]
    /// The contact log, newest first, with each entry's id (corrections name earlier ids).
    public var contactLog: [(id: Int64, entry: ContactLogEntry)]
    public var contactPeople: [ContactPerson]
    /// Newest first.
    public var payments: [Payment]
    /// Newest first.
    public var agreements: [PaymentAgreement]
    /// The clerk holding the account from the queue, if any.
    public var claim: AccountClaim?

    public init(customer: Customer, asOf: CivilDate, openInvoices: [OpenInvoice], balances: [(currency: Currency, figures: AgingFigures)],
                contactLog: [(id: Int64, entry: ContactLogEntry)] = [], contactPeople: [ContactPerson] = [], payments: [Payment] = [],
                agreements: [PaymentAgreement] = [], claim: AccountClaim? = nil) {
        self.customer = customer
        self.asOf = asOf
        self.openInvoices = openInvoices
        self.balances = balances
        self.contactLog = contactLog
        self.contactPeople = contactPeople
        self.payments = payments
        self.agreements = agreements
        self.claim = claim
    }

    /// The customer's own zone, or `deskZone` when they have none (or one Foundation does not know).
    public func timeZone(deskZone: TimeZone) -> TimeZone {
        customer.timeZone.flatMap(TimeZone.init(identifier:)) ?? deskZone
    }

    /// Undisputed overdue per currency (what the queue ranks and a promise usually covers).
    public var undisputedOverdue: [OverdueAmount] {
        var byCurrency: [Currency: (amount: Int64, oldest: Int)] = [:]
        for invoice in openInvoices where !invoice.disputed && invoice.daysPastDue > 0 && invoice.open.minorUnits > 0 {
            let sum = byCurrency[invoice.open.currency, default: (0, 0)]
            byCurrency[invoice.open.currency] = (sum.amount + invoice.open.minorUnits, max(sum.oldest, invoice.daysPastDue))
        }
        return byCurrency.keys.sorted().map { currency in
            let sum = byCurrency[currency]!
            return OverdueAmount(amount: Money(minorUnits: sum.amount, currency: currency), oldestDays: sum.oldest)
        }
    }

    /// The callbacks, promises and broken agreement waiting on this account at `instant`, judged
    /// as the queue judges them (the account's contact log and payments as loaded).
    public func followUps(at instant: Date, deskZone: TimeZone, policy: ContactPolicy) -> FollowUps {
        let events = contactLog.reversed().map { ContactEvent($0.entry, id: $0.id) }
        let today = CivilDate(containing: instant, in: timeZone(deskZone: deskZone))
        let broken = agreementProgress(today: today, graceDays: policy.agreementGraceDays).lazy
            .filter { $0.agreement.status == .active }.compactMap(\.progress.broken).first
        return FollowUps(history: ContactHistory(Array(events)), payments: datedPayments, brokenAgreement: broken,
                         at: instant, in: timeZone(deskZone: deskZone), policy: policy)
    }

    /// Each agreement with where its payments stand on `today` (for a stored `active` one, the
    /// progress's status is the agreement's: active, completed or broken).
    public func agreementProgress(today: CivilDate, graceDays: Int) -> [(agreement: PaymentAgreement, progress: AgreementProgress)] {
        agreements.map { agreement in
            (agreement, AgreementProgress(agreement, payments: datedPayments, today: today, graceDays: graceDays))
        }
    }

    /// The payments, oldest first, as the promise and agreement rules read them.
    private var datedPayments: [DatedPayment] {
        payments.reversed().map { DatedPayment(date: $0.date, amount: $0.amount) }
    }
}
