/// One installment as it stands on a day: what was paid toward it and whether it is paid,
/// pending, late (unpaid past its date, within the grace) or missed (unpaid past the grace).
public struct InstallmentProgress: Hashable, Sendable {
    /// 0 for the down payment, due on the agreement date.
    public let number: Int
    public let dueDate: CivilDate
    public let amount: Money
    public let paid: Money
    public let status: InstallmentStatus
    /// The day the payments covered it; nil while they have not.
    public let paidOn: CivilDate?

    public var unpaid: Money { Money(minorUnits: amount.minorUnits - paid.minorUnits, currency: amount.currency) }
    public var isDownPayment: Bool { number == 0 }
}

/// Where an agreement stands on a day (SPEC §5 "Payment agreements"): payments dated on or
/// after the agreement date, in its currency, pay the down payment first and then the
/// installments in order; an installment (or the down payment) unpaid more than the grace days
/// after its due date breaks the agreement; when everything is paid it is completed.
public struct AgreementProgress: Hashable, Sendable {
    /// The down payment (when there is one) first, then the installments in order.
    public let items: [InstallmentProgress]
    /// What the payments say of an active agreement: active, completed or broken.
    public let status: AgreementStatus
    /// The first item missed past the grace, when the agreement broke.
    public let broken: BrokenAgreement?

    public init(_ agreement: PaymentAgreement, payments: [DatedPayment], today: CivilDate, graceDays: Int) {
        let currency = agreement.amount.currency
        var schedule: [(number: Int, due: CivilDate, amount: Int64)] = []
        if agreement.downPayment.minorUnits > 0 { schedule.append((0, agreement.agreementDate, agreement.downPayment.minorUnits)) }
        schedule += agreement.installments.map { ($0.number, $0.dueDate, $0.amount.minorUnits) }

        let counted = payments.filter { $0.amount.currency == currency && $0.date >= agreement.agreementDate && $0.date <= today }
            .sorted { $0.date < $1.date }
        var paid = Array(repeating: Int64(0), count: schedule.count)
        var paidOn = Array(repeating: CivilDate?.none, count: schedule.count)
        var next = 0
        for payment in counted {
            var left = payment.amount.minorUnits
            while left > 0, next < schedule.count {
                let take = min(left, schedule[next].amount - paid[next])
                paid[next] += take
                left -= take
                if paid[next] == schedule[next].amount {
                    paidOn[next] = payment.date
                    next += 1
                }
            }
        }
        items = schedule.indices.map { index in
            let item = schedule[index]
            let status: InstallmentStatus
            if paid[index] >= item.amount {
                status = .paid
            } else if today <= item.due {
                status = .pending
            } else if today <= item.due.adding(days: graceDays) {
                status = .late
            } else {
                status = .missed
            }
            return InstallmentProgress(number: item.number, dueDate: item.due, amount: Money(minorUnits: item.amount, currency: currency),
                                       paid: Money(minorUnits: paid[index], currency: currency), status: status, paidOn: paidOn[index])
        }
        if let missed = items.first(where: { $0.status == .missed }) {
            status = .broken
            broken = BrokenAgreement(installmentDue: missed.dueDate, unpaid: missed.unpaid)
        } else {
            status = items.allSatisfy { $0.status == .paid } ? .completed : .active
            broken = nil
        }
    }

    /// The first item not yet paid.
    public var nextDue: InstallmentProgress? { items.first { $0.status != .paid } }

    /// What is unpaid of the items past their due date.
    public var amountLate: Money {
        let currency = items.first?.amount.currency ?? .EUR
        let late = items.filter { $0.status == .late || $0.status == .missed }.reduce(Int64(0)) { $0 + $1.unpaid.minorUnits }
        return Money(minorUnits: late, currency: currency)
    }

    /// Nothing is unpaid past its due date: the desk leaves the customer alone.
    public var isUpToDate: Bool { status != .broken && amountLate.minorUnits == 0 }
}
