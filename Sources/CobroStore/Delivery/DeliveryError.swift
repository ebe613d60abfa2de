import CobroDomain

/// Why a reminder could not be delivered; es/en messages for the desk and the run's report.
public enum DeliveryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The customer has no e-mail address, or one that is not `local@domain`.
    case noEmailAddress(customer: String, address: String?)
    /// An e-mail reminder rendered without a subject.
    case noSubject(customer: String)
    case cannotWrite(path: String, reason: String)
    /// The sendmail-compatible command failed: its exit status and what it wrote to stderr.
    case commandFailed(command: String, status: Int32, output: String)

    public var description: String { message(in: .en) }

    public func message(in language: CobroDomain.Language) -> String {
        let es = language == .es
        switch self {
        case .noEmailAddress(let customer, nil):
            return es ? "\(customer) no tiene dirección de correo" : "\(customer) has no e-mail address"
        case .noEmailAddress(let customer, let address?):
            return es ? "la dirección de correo de \(customer) («\(address)») no es válida" : "\(customer)'s e-mail address '\(address)' is not valid"
        case .noSubject(let customer):
            return es ? "el correo para \(customer) no tiene asunto" : "the e-mail to \(customer) has no subject"
        case .cannotWrite(let path, let reason):
            return es ? "no se puede escribir \(path): \(reason)" : "cannot write \(path): \(reason)"
        case .commandFailed(let command, let status, let output):
            let detail = output.isEmpty ? "" : ": \(output)"
            return es ? "«\(command)» terminó con estado \(status)\(detail)" : "'\(command)' exited with status \(status)\(detail)"
        }
    }
}
