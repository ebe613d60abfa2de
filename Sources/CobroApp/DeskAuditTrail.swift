import AuditScreen
import CobroDomain
import CobroStore
import CobroTerminal

/// The audit screen's view of the store: pages of the trail through `DeskData`.
struct DeskAuditTrail: AuditTrailSource {
    let data: any DeskData

    func auditEntries(customer: String?, text: String?, after entry: AuditEntry?, limit: Int) throws -> [AuditEntry] {
        try data.auditTrail(AuditTrailFilter(customer: customer, text: text), after: entry, limit: limit)
    }

    /// The account's key to its customer's trail (the account screen knows nothing of the
    /// audit screen: the desk adds it, as it adds the reminder key).
    static func accountBinding(_ language: Language) -> KeyBinding<String> {
        language == .es
            ? KeyBinding([.character("h")], title: "Historial", help: "Ver el registro de auditoría de este cliente", action: "audit")
            : KeyBinding([.character("h")], title: "History", help: "Show this customer's audit trail", action: "audit")
    }
}

extension DeskData {
    /// A store without a trail (a stand-in for tests) has nothing to show; CobroDatabase reads its own.
    public func auditTrail(_ filter: AuditTrailFilter, after entry: AuditEntry?, limit: Int) throws -> [AuditEntry] { [] }
}
