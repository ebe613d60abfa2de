/// A payment as promise evaluation reads it: the day it is dated and how much, in which currency.
/// Payments are always positive (SPEC §4).
public struct DatedPayment: Hashable, Sendable {
    public var date: CivilDate
    public var amount: Money

    public init(date: CivilDate, amount: Money) {
        self.date = date
        self.amount = amount
    }
}
