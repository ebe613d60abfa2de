/// Why terms cannot make a schedule, said so the clerk knows what to change.
public enum AgreementPlanError: Error, Hashable, Sendable, CustomStringConvertible {
    case noInstallments
    case nothingToCover(Money)
    case negativeDownPayment(Money)
    case negativeAdjustment
    case downPaymentExceedsDebt(downPayment: Money, amount: Money)
    /// The down payment is the whole amount: nothing is left to spread.
    case nothingLeftForInstallments
    case currencyMismatch(Currency, Currency)
    case firstDateBeforeAgreement(first: CivilDate, agreement: CivilDate)
    /// Each installment must be at least one minor unit: at most `maximum` installments fit.
    case tooManyInstallments(requested: Int, maximum: Int)
    /// The amount with the fee added passes the largest amount of 64-bit minor units.
    case amountTooLarge(Currency)
    /// The last installment would fall after 9999-12-31: at most `maximum` installments fit.
    case pastLastDate(requested: Int, maximum: Int)
    /// The customer owes nothing in this currency (as of the agreement date).
    case currencyNotOwed(Currency)
    /// The customer owes in several currencies: the plan needs one.
    case currencyRequired(owed: [Currency])

    public var description: String { message(in: .en) }

    public func message(in language: Language) -> String {
        let es = language == .es
        func money(_ value: Money) -> String { value.formatted(in: language) }
        func date(_ value: CivilDate) -> String { es ? value.formatted(in: .es) : value.iso }
        switch self {
        case .noInstallments:
            return es ? "el plan necesita al menos un plazo" : "the plan needs at least one installment"
        case .nothingToCover(let amount):
            return es ? "no hay nada que aplazar (\(money(amount)))" : "there is nothing to spread (\(money(amount)))"
        case .negativeDownPayment(let down):
            return es ? "la entrada no puede ser negativa (\(money(down)))" : "the down payment cannot be negative (\(money(down)))"
        case .negativeAdjustment:
            return es ? "el descuento y el recargo no pueden ser negativos" : "the discount and the fee cannot be negative"
        case .downPaymentExceedsDebt(let down, let amount):
            return es ? "la entrada (\(money(down))) supera la deuda (\(money(amount)))"
                : "the down payment (\(money(down))) is more than the debt (\(money(amount)))"
        case .nothingLeftForInstallments:
            return es ? "la entrada cubre toda la deuda: no quedan plazos que pagar"
                : "the down payment covers the whole debt: no installments are left to pay"
        case .currencyMismatch(let one, let other):
            return es ? "la entrada y la deuda van en monedas distintas (\(one.code), \(other.code))"
                : "the down payment and the debt are in different currencies (\(one.code), \(other.code))"
        case .firstDateBeforeAgreement(let first, let agreement):
            return es ? "el primer plazo (\(date(first))) es anterior a la fecha del acuerdo (\(date(agreement)))"
                : "the first installment (\(date(first))) is before the agreement date (\(date(agreement)))"
        case .tooManyInstallments(let requested, let maximum):
            return es ? "\(requested) plazos no caben: cada plazo debe ser de al menos una unidad mínima (como mucho \(maximum))"
                : "\(requested) installments do not fit: each must be at least one minor unit (at most \(maximum))"
        case .amountTooLarge(let currency):
            let limit = Money(minorUnits: .max, currency: currency)
            return es ? "la deuda con el recargo supera el mayor importe posible (\(money(limit)))"
                : "the debt with the fee is more than the largest possible amount (\(money(limit)))"
        case .pastLastDate(let requested, let maximum):
            let last = date(.latest)
            return es ? "\(requested) plazos acabarían después del \(last), la última fecha posible (como mucho \(maximum))"
                : "\(requested) installments would end after \(last), the last possible date (at most \(maximum))"
        case .currencyNotOwed(let currency):
            return es ? "el cliente no debe nada en \(currency.code)" : "the customer owes nothing in \(currency.code)"
        case .currencyRequired(let owed):
            let list = owed.map(\.code).joined(separator: ", ")
            return es ? "el cliente debe en varias monedas (\(list)): diga cuál" : "the customer owes in several currencies (\(list)): say which"
        }
    }
}
