import CobroDomain

/// Why the store did not save or change an agreement; nothing was written.
public enum AgreementError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownAgreement(Int64)
    /// The customer owes nothing in any currency on that day: there is no debt to plan.
    case owesNothing(customer: String, asOf: CivilDate)
    /// Only draft and active agreements are saved; the payments make the rest.
    case cannotSave(AgreementStatus)
    /// `from` cannot become `to` (only draft → active, and draft or active → cancelled).
    case cannotChange(id: Int64, from: AgreementStatus, to: AgreementStatus)
    case cancelNeedsReason
    /// The down payment and the installments do not add up to what the customer pays.
    case doesNotAddUp(scheduled: Money, payable: Money)
    /// The acting user is a clerk and the agreement needs an owner.
    case needsOwner([AgreementApproval.Reason])
    /// Another active agreement of the customer in that currency is still in force: the payments
    /// would count toward both, so it is cancelled (with a reason) before a new one is activated.
    case alreadyInForce(id: Int64, customer: String, currency: Currency)

    public var description: String { message(in: .en) }

    public func message(in language: Language) -> String {
        let es = language == .es
        switch self {
        case .unknownAgreement(let id):
            return es ? "no existe el acuerdo \(id)" : "there is no agreement \(id)"
        case .owesNothing(let customer, let asOf):
            let day = es ? asOf.formatted(in: .es) : asOf.iso
            return es ? "\(customer) no debe nada al \(day): no hay deuda que aplazar" : "\(customer) owes nothing as of \(day): there is no debt to plan"
        case .cannotSave(let status):
            return es ? "un acuerdo se guarda como borrador o activo, no como \(status.rawValue)"
                : "an agreement is saved as draft or active, not \(status.rawValue)"
        case .cannotChange(let id, let from, let to):
            return es ? "el acuerdo \(id) está \(from.rawValue): no puede pasar a \(to.rawValue)"
                : "agreement \(id) is \(from.rawValue): it cannot become \(to.rawValue)"
        case .cancelNeedsReason:
            return es ? "para cancelar un acuerdo hay que dar el motivo" : "cancelling an agreement needs a reason"
        case .doesNotAddUp(let scheduled, let payable):
            return es ? "la entrada y los plazos suman \(scheduled.formatted(in: .es)), no \(payable.formatted(in: .es))"
                : "the down payment and the installments add up to \(scheduled.formatted(in: .en)), not \(payable.formatted(in: .en))"
        case .needsOwner(let reasons):
            return AgreementApproval.refusalMessage(reasons, in: language)
        case .alreadyInForce(let id, let customer, let currency):
            return es ? "\(customer) ya tiene en vigor el acuerdo \(id) en \(currency.code): cancélelo (con el motivo) antes de activar otro"
                : "\(customer) already has agreement \(id) in force in \(currency.code): cancel it (with a reason) before activating another"
        }
    }
}
