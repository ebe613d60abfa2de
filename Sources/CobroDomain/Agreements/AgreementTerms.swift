/// What the clerk and the customer agree on before the schedule exists: how much the plan
/// covers, what is paid now, in how many installments, how often, from when.
public struct AgreementTerms: Hashable, Sendable {
    /// What the plan covers: the customer's open balance in one currency, or an agreed amount.
    public var amount: Money
    /// Due on the agreement date; zero when there is none.
    public var downPayment: Money
    public var installmentCount: Int
    public var frequency: InstallmentFrequency
    /// The day the agreement is made; the down payment is due that day.
    public var agreementDate: CivilDate
    /// The first installment's due date; later ones follow at the frequency.
    public var firstDate: CivilDate

    public init(amount: Money, downPayment: Money? = nil, installmentCount: Int, frequency: InstallmentFrequency,
                agreementDate: CivilDate, firstDate: CivilDate) {
        self.amount = amount
        self.downPayment = downPayment ?? Money(minorUnits: 0, currency: amount.currency)
        self.installmentCount = installmentCount
        self.frequency = frequency
        self.agreementDate = agreementDate
        self.firstDate = firstDate
    }
}
