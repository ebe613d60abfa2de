/// What a customer owes past due in one currency, undisputed, as of the local date in the
/// customer's zone at the queue's instant: one element of the Queue JSON's `overdue` list
/// (`{"currency": amount.currency.code, "amount": amount.decimalString, "oldest_days": oldestDays}`).
public struct OverdueAmount: Hashable, Sendable {
    public var amount: Money
    /// Days past due of the oldest undisputed overdue invoice in this currency.
    public var oldestDays: Int

    public init(amount: Money, oldestDays: Int) {
        self.amount = amount
        self.oldestDays = oldestDays
    }

    public var currency: Currency { amount.currency }
}
