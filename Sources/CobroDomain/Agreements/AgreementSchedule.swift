/// The schedule of a payment agreement (SPEC §5 "Payment agreements"): equal installments
/// rounded down to the minor unit with the remainder on the last, so that the installments
/// and the down payment add up exactly to the amount; due dates every 7 or 14 days, or monthly
/// on the first date's day of the month, clamped to each month's last day.
public enum AgreementSchedule {
    /// The installments the terms make, or why they cannot.
    public static func installments(for terms: AgreementTerms) throws(AgreementPlanError) -> [Installment] {
        let currency = terms.amount.currency
        for money in [terms.downPayment, terms.discount, terms.fee] where money.currency != currency {
            throw .currencyMismatch(money.currency, currency)
        }
        guard terms.discount.minorUnits >= 0, terms.fee.minorUnits >= 0 else { throw .negativeAdjustment }
        let (lessDiscount, discountOverflows) = terms.amount.minorUnits.subtractingReportingOverflow(terms.discount.minorUnits)
        let (payableUnits, feeOverflows) = lessDiscount.addingReportingOverflow(terms.fee.minorUnits)
        guard !discountOverflows, !feeOverflows else { throw .amountTooLarge(currency) }
        let payable = Money(minorUnits: payableUnits, currency: currency)
        guard terms.amount.minorUnits > 0, payable.minorUnits > 0 else { throw .nothingToCover(payable) }
        guard terms.installmentCount >= 1 else { throw .noInstallments }
        guard terms.downPayment.minorUnits >= 0 else { throw .negativeDownPayment(terms.downPayment) }
        guard terms.downPayment.minorUnits <= payable.minorUnits else {
            throw .downPaymentExceedsDebt(downPayment: terms.downPayment, amount: payable)
        }
        let rest = payable.minorUnits - terms.downPayment.minorUnits
        guard rest > 0 else { throw .nothingLeftForInstallments }
        guard terms.firstDate >= terms.agreementDate else {
            throw .firstDateBeforeAgreement(first: terms.firstDate, agreement: terms.agreementDate)
        }
        let count = Int64(terms.installmentCount)
        guard rest / count >= 1 else { throw .tooManyInstallments(requested: terms.installmentCount, maximum: Int(min(rest, Int64(Int.max)))) }
        let each = rest / count
        let fitting = installmentsBeforeLatest(first: terms.firstDate, frequency: terms.frequency)
        guard terms.installmentCount <= fitting else { throw .pastLastDate(requested: terms.installmentCount, maximum: fitting) }
        let dates = dueDates(first: terms.firstDate, count: terms.installmentCount, frequency: terms.frequency)
        return dates.enumerated().map { index, date in
            let isLast = index == dates.count - 1
            return Installment(number: index + 1, dueDate: date,
                               amount: Money(minorUnits: isLast ? rest - each * (count - 1) : each, currency: currency))
        }
    }

    /// A draft agreement for `customerCode` on these terms.
    public static func plan(customerCode: String, terms: AgreementTerms) throws(AgreementPlanError) -> PaymentAgreement {
        PaymentAgreement(customerCode: customerCode, agreementDate: terms.agreementDate, amount: terms.amount,
                         downPayment: terms.downPayment, frequency: terms.frequency, installments: try installments(for: terms),
                         discount: terms.discount, fee: terms.fee)
    }

    /// How many due dates from `first` fall on or before `CivilDate.latest`.
    static func installmentsBeforeLatest(first: CivilDate, frequency: InstallmentFrequency) -> Int {
        guard first <= .latest else { return 0 }
        switch frequency {
        case .weekly: return CivilDate.latest.days(since: first) / 7 + 1
        case .biweekly: return CivilDate.latest.days(since: first) / 14 + 1
        case .monthly: return (9999 * 12 + 11) - (first.year * 12 + first.month - 1) + 1
        }
    }

    /// `count` due dates from `first`. Monthly dates keep the first date's day of the month where
    /// the month has it (Jan 31 → Feb 28/29 → Mar 31 → Apr 30): each is counted from the first
    /// date, never from the previous, clamped, one.
    public static func dueDates(first: CivilDate, count: Int, frequency: InstallmentFrequency) -> [CivilDate] {
        (0..<max(0, count)).map { index in
            switch frequency {
            case .weekly: return first.adding(days: 7 * index)
            case .biweekly: return first.adding(days: 14 * index)
            case .monthly: return first.addingMonths(index)
            }
        }
    }
}

extension CivilDate {
    /// The same day `months` months later, or that month's last day when it is shorter.
    public func addingMonths(_ months: Int) -> CivilDate {
        let (year, month, day) = components
        let monthIndex = year * 12 + (month - 1) + months
        let targetYear = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
        let targetMonth = monthIndex - targetYear * 12 + 1
        let clamped = min(day, CivilDate.daysIn(month: targetMonth, year: targetYear))
        return CivilDate(year: targetYear, month: targetMonth, day: clamped)!
    }
}
