import CobroDomain
import GRDB

extension CustomerStatus {
    /// Legal action, a hand-over to an agency and a write-off end the desk's own work on an
    /// account: only an owner takes an account there, or brings it back.
    var isEscalation: Bool { self == .legal || self == .agency || self == .writtenOff }
}

extension CobroDatabase {
    /// Inside the write that changes the status: a move into or out of legal, agency or
    /// written-off needs an owner; the other moves (active ⇄ suspended) are clerk work.
    static func requireOwnerToMove(_ db: Database, customer code: String, to status: CustomerStatus, user: String?) throws {
        let current = try String.fetchOne(db, sql: "SELECT status FROM customer WHERE code = ?", arguments: [code])
            .flatMap(CustomerStatus.init(rawValue:))
        guard status.isEscalation || current?.isEscalation == true, status != current else { return }
        try requireOwner(db, user, to: .escalateStatus)
    }
}
