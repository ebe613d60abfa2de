/// What one reminder is about: the account's data the template fields are filled from. Amounts
/// stay money here; the context formats them for the template's language.
public struct ReminderFacts: Sendable {
    public var customer: Customer
    public var contactName: String?
    /// The message's date (the run's as-of date).
    public var date: CivilDate
    /// The invoices the message is about, in the order they are listed.
    public var invoices: [OpenInvoice]
    public var promise: PromiseToPay?
    public var agreement: PaymentAgreement?
    /// The agreement's next installment not yet paid, with what is left of it.
    public var nextInstallment: Installment?
    /// Computed by the dunning rules for the final notice and the demand letter; shown, never
    /// added to the balance.
    public var lateInterest: Money?
    public var compensation: Money?
    public var clerkName: String?
    public var company: CompanyDetails

    public init(
        customer: Customer, contactName: String? = nil, date: CivilDate, invoices: [OpenInvoice],
        promise: PromiseToPay? = nil, agreement: PaymentAgreement? = nil, nextInstallment: Installment? = nil,
        lateInterest: Money? = nil, compensation: Money? = nil, clerkName: String? = nil, company: CompanyDetails
    ) {
        self.customer = customer
        self.contactName = contactName
        self.date = date
        self.invoices = invoices
        self.promise = promise
        self.agreement = agreement
        self.nextInstallment = nextInstallment
        self.lateInterest = lateInterest
        self.compensation = compensation
        self.clerkName = clerkName
        self.company = company
    }

    /// The facts an open account gives: its first contact person, its latest promise, and its
    /// newest active or broken agreement with the next installment unpaid as of the account's date.
    public init(account: AccountSnapshot, invoices: [OpenInvoice], agreementGraceDays: Int = 5,
                clerkName: String? = nil, company: CompanyDetails) {
        let agreement = account.agreementProgress(today: account.asOf, graceDays: agreementGraceDays)
            .first { $0.agreement.status == .active || $0.agreement.status == .broken }
        let next = agreement?.progress.nextDue.map { Installment(number: $0.number, dueDate: $0.dueDate, amount: $0.unpaid) }
        self.init(customer: account.customer, contactName: account.contactPeople.first?.name, date: account.asOf,
                  invoices: invoices, promise: account.contactLog.lazy.compactMap(\.entry.promise).first,
                  agreement: agreement?.agreement, nextInstallment: next, clerkName: clerkName, company: company)
    }
}
