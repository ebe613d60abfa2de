public enum AgreementStatus: String, CaseIterable, Codable, Sendable {
    case draft, active, completed, broken, cancelled
}

public enum InstallmentFrequency: String, CaseIterable, Codable, Sendable {
    case weekly, biweekly, monthly
}

public enum InstallmentStatus: String, CaseIterable, Codable, Sendable {
    case pending, paid, late, missed
}

/// One scheduled payment of an agreement.
public struct Installment: Hashable, Sendable {
    /// 1-based position in the schedule.
    public var number: Int
    public var dueDate: CivilDate
    public var amount: Money

    public init(number: Int, dueDate: CivilDate, amount: Money) {
        self.number = number
        self.dueDate = dueDate
        self.amount = amount
    }
}

/// A payment plan agreed with a customer for a debt in one currency.
public struct PaymentAgreement: Hashable, Sendable {
    public var customerCode: String
    public var agreementDate: CivilDate
    /// The debt the plan covers.
    public var amount: Money
    public var downPayment: Money
    public var frequency: InstallmentFrequency
    public var installments: [Installment]
    public var status: AgreementStatus
    /// Forgiven if the plan is kept (an early-payment discount): the customer pays less than the debt.
    public var discount: Money
    /// Agreed interest or fee for paying over time: the customer pays more than the debt.
    public var fee: Money

    public init(
        customerCode: String, agreementDate: CivilDate, amount: Money, downPayment: Money,
        frequency: InstallmentFrequency, installments: [Installment], status: AgreementStatus = .draft,
        discount: Money? = nil, fee: Money? = nil
    ) {
        self.customerCode = customerCode
        self.agreementDate = agreementDate
        self.amount = amount
        self.downPayment = downPayment
        self.frequency = frequency
        self.installments = installments
        self.status = status
        self.discount = discount ?? Money(minorUnits: 0, currency: amount.currency)
        self.fee = fee ?? Money(minorUnits: 0, currency: amount.currency)
    }

    /// What the customer pays in all: the debt, less the discount, plus the fee. The down
    /// payment and the installments add up to it.
    public var payable: Money {
        Money(minorUnits: amount.minorUnits - discount.minorUnits + fee.minorUnits, currency: amount.currency)
    }
}
