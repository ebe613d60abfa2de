/// Late-payment interest and the fixed compensation for recovery costs (EU Directive
/// 2011/7/EU; Spain's Ley 3/2004, arts. 7 and 8): what a final notice or demand letter may
/// claim on top of the debt. Shown in those letters, never added to the balance.
///
/// Interest is simple, per day, from the day after the due date through the as-of date, on
/// the amount still open, at the rate of the half-year each day falls in: a half-year boundary
/// splits the computation. Each period's interest is amount × rate × days / 365 (a 365-day
/// year, leap years too), rounded half up to the minor unit; the total is the sum of the
/// periods, so the periods a letter lists add up to it.
public struct LatePaymentRules: Hashable, Sendable {
    public var rates: InterestRateTable
    /// Interest is claimed on invoices in these currencies only: the table is the euro's
    /// reference rate, and another currency's statutory rate is another country's law.
    public var interestCurrencies: Set<Currency>
    /// The fixed compensation per invoice, by currency (Ley 3/2004 art. 8: 40 €). An invoice in
    /// a currency not listed gets none: the statute's figure is in euros, and converting it is
    /// a legal judgment the owner makes by adding a line here.
    public var compensation: [Currency: Int64]

    public init(rates: InterestRateTable, interestCurrencies: Set<Currency>, compensation: [Currency: Int64]) {
        self.rates = rates
        self.interestCurrencies = interestCurrencies
        self.compensation = compensation
    }

    /// Spain's rates, interest on euro invoices, 40 € per euro invoice.
    public static let spain = LatePaymentRules(rates: .spain, interestCurrencies: [.EUR], compensation: [.EUR: 4000])

    /// What may be claimed on an invoice with `open` still owed, due `dueDate`, as of `asOf`;
    /// nil when nothing is (not yet overdue, nothing open, or neither interest nor compensation
    /// applies to its currency).
    public func claim(open: Money, dueDate: CivilDate, asOf: CivilDate) -> LatePaymentClaim? {
        guard open.minorUnits > 0, asOf > dueDate else { return nil }
        let compensation = compensation[open.currency].map { Money(minorUnits: $0, currency: open.currency) }
        var periods: [InterestPeriod] = []
        if interestCurrencies.contains(open.currency) {
            var from = dueDate.adding(days: 1)
            while from <= asOf {
                let halfYear = HalfYear(containing: from)
                let through = min(halfYear.last, asOf)
                let days = through.days(since: from) + 1
                if let rate = rates.rate(for: halfYear) {
                    periods.append(InterestPeriod(
                        halfYear: halfYear, from: from, through: through, days: days, basisPoints: rate.basisPoints,
                        assumedRate: rate.assumed,
                        interest: Money(minorUnits: Self.interest(on: open.minorUnits, basisPoints: rate.basisPoints, days: days),
                                        currency: open.currency)))
                }
                from = through.adding(days: 1)
            }
        }
        guard compensation != nil || !periods.isEmpty else { return nil }
        return LatePaymentClaim(open: open, periods: periods, compensation: compensation)
    }

    /// amount × basisPoints × days / (10 000 × 365), rounded half up, without overflow: the
    /// product is taken at double width (a rate × days stays far below the divisor, so the
    /// quotient fits).
    static func interest(on amount: Int64, basisPoints: Int, days: Int) -> Int64 {
        let divisor: UInt64 = 10_000 * 365
        let product = amount.magnitude.multipliedFullWidth(by: UInt64(basisPoints) * UInt64(days))
        // Only absurd figures (an amount near the limit at a rate of thousands of percent) reach
        // past the largest amount: the interest stays at the limit rather than trapping.
        guard product.high < divisor else { return .max }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        let rounded = quotient + (remainder * 2 >= divisor ? 1 : 0)
        return rounded > UInt64(Int64.max) ? .max : Int64(rounded)
    }
}

/// The part of the late period that falls in one half-year, at that half-year's rate.
public struct InterestPeriod: Hashable, Sendable {
    public var halfYear: HalfYear
    public var from: CivilDate
    public var through: CivilDate
    public var days: Int
    public var basisPoints: Int
    /// The half-year's figure is not in the table yet: the latest earlier one was used.
    public var assumedRate: Bool
    public var interest: Money
}

/// What may be claimed on one late invoice: the interest by half-year and the compensation.
public struct LatePaymentClaim: Hashable, Sendable {
    /// The amount the interest runs on.
    public var open: Money
    public var periods: [InterestPeriod]
    /// Nil when the invoice's currency has no statutory compensation.
    public var compensation: Money?

    /// The periods' sum; at most the largest amount (a debt near it, late for centuries, would
    /// pass it: the letter then shows the limit rather than the desk trapping).
    public var interest: Money {
        let total = periods.reduce(Int64(0)) { total, period in
            let (sum, overflow) = total.addingReportingOverflow(period.interest.minorUnits)
            return overflow ? .max : sum
        }
        return Money(minorUnits: total, currency: open.currency)
    }
    /// Some period used a rate not yet published: the letter should say it is an estimate.
    public var usesAssumedRate: Bool { periods.contains(where: \.assumedRate) }
}
