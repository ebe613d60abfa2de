/// A payment agreement that broke: an installment went unpaid more than the agreement grace
/// after its due date. The store works this out with the agreement rules; the queue only needs
/// which installment and how much of it is missing.
public struct BrokenAgreement: Hashable, Sendable {
    /// Due date of the first installment left unpaid past the grace.
    public var installmentDue: CivilDate
    /// What is still unpaid of that installment.
    public var unpaid: Money

    public init(installmentDue: CivilDate, unpaid: Money) {
        self.installmentDue = installmentDue
        self.unpaid = unpaid
    }

    /// The first day the agreement counts as broken: due date + grace + 1.
    public func brokenFrom(graceDays: Int) -> CivilDate { installmentDue.adding(days: graceDays + 1) }
}
