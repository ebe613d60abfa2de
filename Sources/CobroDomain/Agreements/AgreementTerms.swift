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
    /// Taken off the debt if the plan is kept; zero when there is none.
    public var discount: Money
    /// Added for paying over time (agreed interest or a fee); zero when there is none.
    public var fee: Money

    public init(amount: Money, downPayment: Money? = nil, installmentCount: Int, frequency: InstallmentFrequency,
                agreementDate: CivilDate, firstDate: CivilDate, discount: Money? = nil, fee: Money? = nil) {
        self.amount = amount
        self.downPayment = downPayment ?? Money(minorUnits: 0, currency: amount.currency)
        self.installmentCount = installmentCount
        self.frequency = frequency
        self.agreementDate = agreementDate
        self.firstDate = firstDate
        self.discount = discount ?? Money(minorUnits: 0, currency: amount.currency)
        self.fee = fee ?? Money(minorUnits: 0, currency: amount.currency)
    }

    /// What the down payment and the installments cover: the debt, less the discount, plus the fee.
    public var payable: Money {
        Money(minorUnits: amount.minorUnits - discount.minorUnits + fee.minorUnits, currency: amount.currency)
    }
}
