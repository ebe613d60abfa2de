/// Who may activate an agreement: a long plan or a discount gives money or time away, so only an
/// owner may activate one (issue 5); a clerk may still build it and save it as a draft for the
/// owner. The screen and the store ask the same function, so both say the same reason.
public enum AgreementApproval {
    /// Plans whose last installment falls more than this many months after the agreement date need an owner.
    public static let defaultMonthLimit = 12

    /// Why an agreement needs an owner to activate it.
    public enum Reason: Hashable, Sendable {
        /// The last installment is due after `limit`: the agreement date plus the month limit.
        case longerThanLimit(months: Int, lastDue: CivilDate, limit: CivilDate)
        case discount(Money)

        public func message(in language: Language) -> String {
            let es = language == .es
            switch self {
            case .longerThanLimit(let months, let lastDue, let limit):
                let last = es ? lastDue.formatted(in: .es) : lastDue.iso
                let until = es ? limit.formatted(in: .es) : limit.iso
                return es ? "el último plazo vence el \(last), más de \(months) meses tras la fecha del acuerdo (límite: \(until))"
                    : "the last installment is due \(last), more than \(months) months after the agreement date (limit: \(until))"
            case .discount(let discount):
                return es ? "lleva un descuento de \(discount.formatted(in: .es))" : "it gives a discount of \(discount.formatted(in: .en))"
            }
        }
    }

    /// Everything about `agreement` that only an owner may approve; empty when anyone may activate it.
    public static func reasonsForOwner(_ agreement: PaymentAgreement, monthLimit: Int = defaultMonthLimit) -> [Reason] {
        var reasons: [Reason] = []
        let limit = agreement.agreementDate.addingMonths(monthLimit)
        if let lastDue = agreement.installments.map(\.dueDate).max(), lastDue > limit {
            reasons.append(.longerThanLimit(months: monthLimit, lastDue: lastDue, limit: limit))
        }
        if agreement.discount.minorUnits > 0 { reasons.append(.discount(agreement.discount)) }
        return reasons
    }

    /// Why `role` may not activate `agreement`; empty when it may.
    public static func refusals(_ agreement: PaymentAgreement, role: Role, monthLimit: Int = defaultMonthLimit) -> [Reason] {
        role == .owner ? [] : reasonsForOwner(agreement, monthLimit: monthLimit)
    }

    /// The refusal as the clerk reads it: what only an owner may do, and why.
    public static func refusalMessage(_ reasons: [Reason], in language: Language) -> String {
        let why = reasons.map { $0.message(in: language) }.joined(separator: "; ")
        return language == .es ? "solo un propietario puede activar este acuerdo: \(why); guárdelo como borrador para que lo apruebe"
            : "only an owner may activate this agreement: \(why); save it as a draft for an owner to approve"
    }
}
