import CobroDomain

/// Names the list, the detail and the builder share, so a status or a frequency reads the same
/// everywhere on the screen.
enum AgreementWords {
    static func status(_ status: AgreementStatus, in language: Language) -> String {
        let es = language == .es
        switch status {
        case .draft: return es ? "borrador" : "draft"
        case .active: return es ? "activo" : "active"
        case .completed: return es ? "cumplido" : "completed"
        case .broken: return es ? "incumplido" : "broken"
        case .cancelled: return es ? "cancelado" : "cancelled"
        }
    }

    static func installmentStatus(_ status: InstallmentStatus, in language: Language) -> String {
        let es = language == .es
        switch status {
        case .pending: return es ? "pendiente" : "pending"
        case .paid: return es ? "pagado" : "paid"
        case .late: return es ? "con retraso" : "late"
        case .missed: return es ? "impagado" : "missed"
        }
    }

    static func frequency(_ frequency: InstallmentFrequency, in language: Language) -> String {
        let es = language == .es
        switch frequency {
        case .weekly: return es ? "semanal" : "weekly"
        case .biweekly: return es ? "quincenal" : "every two weeks"
        case .monthly: return es ? "mensual" : "monthly"
        }
    }
}
