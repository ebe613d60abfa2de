/// Where a promise to pay stands on a given day.
///
/// A promise is *kept* when payments in its currency dated from the day it was made on cover it
/// by its date plus the grace days (partial payments add up); *broken* once that last day has
/// passed without it; *pending* until then. "From the promise on" counts from the day the promise
/// was made, not from its due date: a customer who promises Friday and pays on Wednesday has kept
/// it. Payments dated before the promise paid older debts, not this promise.
///
/// Each promise is judged on its own against the customer's payments; two promises whose windows
/// overlap may both count the same payment.
public struct PromiseEvaluation: Hashable, Sendable {
    public let status: PromiseStatus
    /// Paid toward the promise in its window (made-on day … last day), up to `today`.
    public let paid: Money
    /// What the window still lacks: promised − paid, never below zero.
    public let missing: Money
    /// Paid after the last day (up to `today`): too late to keep a broken promise, but the clerk
    /// should know.
    public let paidLate: Money
    /// The last day on which payments still keep the promise: its date plus the grace days.
    public let lastDay: CivilDate
    /// The day the payments reached the promised amount; nil while they have not.
    public let coveredOn: CivilDate?

    /// Evaluates `promise`, made on local day `madeOn`, on local day `today`. Payments in other
    /// currencies, dated before `madeOn` or after `today` are ignored.
    public init(_ promise: PromiseToPay, madeOn: CivilDate, payments: [DatedPayment], today: CivilDate, graceDays: Int) {
        let currency = promise.amount.currency
        let lastDay = promise.date.adding(days: graceDays)
        var paid: Int64 = 0
        var late: Int64 = 0
        // Nothing to pay (a zero promise) is covered the day it is made.
        var coveredOn: CivilDate? = promise.amount.minorUnits <= 0 ? madeOn : nil
        // In date order so that `coveredOn` is the day the running total reached the promise.
        var inOrder = true
        for index in payments.indices.dropFirst() where payments[index].date < payments[index - 1].date {
            inOrder = false
            break
        }
        for payment in inOrder ? payments : payments.sorted(by: { $0.date < $1.date })
        where payment.amount.currency == currency && payment.date >= madeOn && payment.date <= today {
            if payment.date <= lastDay {
                paid += payment.amount.minorUnits
                if coveredOn == nil, paid >= promise.amount.minorUnits { coveredOn = payment.date }
            } else {
                late += payment.amount.minorUnits
            }
        }
        if coveredOn != nil {
            status = .kept
        } else if today > lastDay {
            status = .broken
        } else {
            status = .pending
        }
        self.paid = Money(minorUnits: paid, currency: currency)
        self.missing = Money(minorUnits: max(0, promise.amount.minorUnits - paid), currency: currency)
        self.paidLate = Money(minorUnits: late, currency: currency)
        self.lastDay = lastDay
        self.coveredOn = coveredOn
    }

    /// The first day on which the promise counts as broken if still unpaid.
    public var brokenFrom: CivilDate { lastDay.adding(days: 1) }
}
