import CobroDomain

/// Names the account screen and its call form share, so a channel or a debtor type reads the
/// same in the log, the form and the header.
enum ContactWords {
    static func channel(_ channel: ContactChannel, in language: Language) -> String {
        let es = language == .es
        switch channel {
        case .call: return es ? "llamada" : "call"
        case .email: return es ? "correo" : "e-mail"
        case .sms: return "SMS"
        case .letter: return es ? "carta" : "letter"
        case .visit: return es ? "visita" : "visit"
        }
    }

    /// nil reads "not judged": nobody has said yet why the customer does not pay.
    static func debtorType(_ type: DebtorType?, in language: Language) -> String {
        let es = language == .es
        switch type {
        case .forgot?: return es ? "olvido" : "forgot"
        case .cashFlow?: return es ? "falta de liquidez" : "cash-flow trouble"
        case .dispute?: return es ? "disputa" : "dispute"
        case .refuses?: return es ? "se niega a pagar" : "refuses to pay"
        case .unreachable?: return es ? "ilocalizable" : "unreachable"
        case nil: return es ? "sin valorar" : "not judged"
        }
    }
}
