/// Why an edit of one installment cannot keep the plan whole, with the figures that do not add up.
public enum AgreementEditError: Error, Hashable, Sendable, CustomStringConvertible {
    case noSuchInstallment(Int)
    case amountNotPositive(Money)
    case currencyMismatch(Currency, Currency)
    /// The last installment changed: no later one can take the difference.
    case noLaterInstallments(difference: Money)
    /// The later installments cannot take the difference and keep one minor unit each.
    case laterInstallmentsTooSmall(difference: Money, left: Money, count: Int)
    case dateBeforeAgreement(CivilDate, agreement: CivilDate)
    /// Installments keep their order: the date must fall after the previous one and before the next.
    case dateOutOfOrder(CivilDate, after: CivilDate?, before: CivilDate?)

    public var description: String { message(in: .en) }

    public func message(in language: Language) -> String {
        let es = language == .es
        func money(_ value: Money) -> String { value.formatted(in: language) }
        func date(_ value: CivilDate) -> String { es ? value.formatted(in: .es) : value.iso }
        func over(_ difference: Money) -> String {
            difference.minorUnits > 0
                ? (es ? "faltarían \(money(difference))" : "the plan would be \(money(difference)) short")
                : (es ? "sobrarían \(money(-difference))" : "the plan would be \(money(-difference)) over")
        }
        switch self {
        case .noSuchInstallment(let number):
            return es ? "no hay plazo \(number)" : "there is no installment \(number)"
        case .amountNotPositive(let amount):
            return es ? "un plazo debe ser mayor que cero (\(money(amount)))" : "an installment must be more than zero (\(money(amount)))"
        case .currencyMismatch(let one, let other):
            return es ? "el plazo va en \(other.code), no en \(one.code)" : "the installment is in \(other.code), not \(one.code)"
        case .noLaterInstallments(let difference):
            return es ? "es el último plazo: \(over(difference)) respecto a la deuda; cambie un plazo anterior"
                : "this is the last installment: \(over(difference)) against the debt; change an earlier one"
        case .laterInstallmentsTooSmall(let difference, let left, let count):
            return es ? "\(over(difference)): los \(count) plazos siguientes se quedarían en \(money(left)), menos de una unidad mínima cada uno"
                : "\(over(difference)): the \(count) later installments would be left with \(money(left)), less than one minor unit each"
        case .dateBeforeAgreement(let value, let agreement):
            return es ? "\(date(value)) es anterior a la fecha del acuerdo (\(date(agreement)))"
                : "\(date(value)) is before the agreement date (\(date(agreement)))"
        case .dateOutOfOrder(let value, let after, let before):
            let bounds = [after.map { es ? "después del \(date($0))" : "after \(date($0))" },
                          before.map { es ? "antes del \(date($0))" : "before \(date($0))" }].compactMap { $0 }
                .joined(separator: es ? " y " : " and ")
            return es ? "\(date(value)) desordena los plazos: debe caer \(bounds)" : "\(date(value)) breaks the order: it must fall \(bounds)"
        }
    }
}

extension PaymentAgreement {
    /// This plan with installment `number` changed to `amount`; the difference is spread over the
    /// later installments (equally, rounded down, the remainder on the last), so the plan still
    /// adds up to its amount.
    public func settingAmount(_ amount: Money, ofInstallment number: Int) throws(AgreementEditError) -> PaymentAgreement {
        guard let index = installments.firstIndex(where: { $0.number == number }) else { throw .noSuchInstallment(number) }
        let currency = self.amount.currency
        guard amount.currency == currency else { throw .currencyMismatch(amount.currency, currency) }
        guard amount.minorUnits > 0 else { throw .amountNotPositive(amount) }
        let difference = installments[index].amount.minorUnits - amount.minorUnits
        var edited = self
        edited.installments[index].amount = amount
        guard difference != 0 else { return edited }
        let later = (index + 1)..<installments.count
        guard !later.isEmpty else { throw .noLaterInstallments(difference: Money(minorUnits: difference, currency: currency)) }
        let total = later.reduce(difference) { $0 + installments[$1].amount.minorUnits }
        let count = Int64(later.count)
        guard total >= count else {
            throw .laterInstallmentsTooSmall(difference: Money(minorUnits: difference, currency: currency),
                                             left: Money(minorUnits: total, currency: currency), count: later.count)
        }
        let each = total / count
        for position in later {
            let isLast = position == installments.count - 1
            edited.installments[position].amount = Money(minorUnits: isLast ? total - each * (count - 1) : each, currency: currency)
        }
        return edited
    }

    /// This plan with installment `number` due on `date`, which must keep the installments in
    /// order and not fall before the agreement date.
    public func settingDueDate(_ date: CivilDate, ofInstallment number: Int) throws(AgreementEditError) -> PaymentAgreement {
        guard let index = installments.firstIndex(where: { $0.number == number }) else { throw .noSuchInstallment(number) }
        guard date >= agreementDate else { throw .dateBeforeAgreement(date, agreement: agreementDate) }
        let previous = index > 0 ? installments[index - 1].dueDate : nil
        let next = index + 1 < installments.count ? installments[index + 1].dueDate : nil
        if let previous, date <= previous { throw .dateOutOfOrder(date, after: previous, before: next) }
        if let next, date >= next { throw .dateOutOfOrder(date, after: previous, before: next) }
        var edited = self
        edited.installments[index].dueDate = date
        return edited
    }

    /// Down payment plus installments: equal to `payable` in a whole plan.
    public var scheduledTotal: Money {
        Money(minorUnits: installments.reduce(downPayment.minorUnits) { $0 + $1.amount.minorUnits }, currency: amount.currency)
    }
}
