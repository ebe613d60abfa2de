/// Why an account is not in the queue now: the first eligibility rule it fails, in the SPEC's
/// order. The account screen shows it; the queue just leaves the account out.
public enum QueueExclusion: Hashable, Sendable {
    /// No undisputed overdue amount in any currency.
    case nothingOverdue
    /// The customer is flagged `do_not_call`.
    case doNotCall
    /// The account is out of the desk's hands (`legal`, `agency`, `written_off`).
    case status(CustomerStatus)
    /// An active agreement is up to date: the customer is paying as agreed.
    case agreementUpToDate
    /// It is `local` on the customer's clock, outside `hours`.
    case outsideCallingHours(hours: CallingHours, local: LocalClock)
    /// A contact limit forbids calling, and nothing lifts it.
    case contactLimit(ContactLimitBlock)

    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.nothingOverdue, .en): return "Nothing overdue"
        case (.nothingOverdue, .es): return "Nada vencido"
        case (.doNotCall, .en): return "Do not call"
        case (.doNotCall, .es): return "No llamar"
        case (.status(let status), .en): return "Account status \(status.rawValue): not called"
        case (.status(let status), .es): return "Cuenta en estado \(status.rawValue): no se llama"
        case (.agreementUpToDate, .en): return "Paying as agreed: active agreement up to date"
        case (.agreementUpToDate, .es): return "Paga según lo acordado: acuerdo activo al día"
        case (.outsideCallingHours(let hours, let local), .en):
            let days = hours.weekdays.contains(local.weekday) ? "" : ", no calls on \(local.weekday.name(in: .en))"
            return "Outside calling hours: \(local.weekday.name(in: .en)) \(local.time) there (calls \(hours.start)–\(hours.end)\(days))"
        case (.outsideCallingHours(let hours, let local), .es):
            let days = hours.weekdays.contains(local.weekday) ? "" : "; el \(local.weekday.name(in: .es)) no se llama"
            return "Fuera del horario de llamadas: allí es \(local.weekday.name(in: .es)), \(local.time) (se llama de \(hours.start) a \(hours.end)\(days))"
        case (.contactLimit(.attemptLimit(let attempts, let day)), .en):
            return "Call attempt limit reached (\(attempts)); callable again on \(day.iso)"
        case (.contactLimit(.attemptLimit(let attempts, let day)), .es):
            return "Límite de intentos de llamada alcanzado (\(attempts)); se puede volver a llamar el \(day.formatted(in: .es))"
        case (.contactLimit(.rightPartyHold(let spoke, let day)), .en):
            return "Spoke with the customer on \(spoke.iso); no calls until \(day.iso)"
        case (.contactLimit(.rightPartyHold(let spoke, let day)), .es):
            return "Se habló con el cliente el \(spoke.formatted(in: .es)); no se llama hasta el \(day.formatted(in: .es))"
        }
    }
}

/// Whether an account is in the queue now, and as what or why not.
public enum QueueAssessment: Hashable, Sendable {
    case eligible(QueueEntry)
    case excluded(QueueExclusion)

    public var entry: QueueEntry? {
        if case .eligible(let entry) = self { return entry }
        return nil
    }

    public var exclusion: QueueExclusion? {
        if case .excluded(let exclusion) = self { return exclusion }
        return nil
    }
}
