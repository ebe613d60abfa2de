import CobroDomain

/// The human names of the dunning stages and channels (SPEC §5 "Templates").
enum StageNames {
    static func name(_ stage: String, in language: Language) -> String {
        let es = language == .es
        switch stage {
        case TemplateStage.courtesy: return es ? "Recordatorio amable antes del vencimiento" : "Friendly reminder before due"
        case TemplateStage.first: return es ? "Primer recordatorio" : "First reminder"
        case TemplateStage.second: return es ? "Segundo recordatorio, más firme" : "Second, firmer reminder"
        case TemplateStage.final: return es ? "Último aviso" : "Final notice"
        case TemplateStage.demand: return es ? "Carta de reclamación" : "Demand letter"
        case TemplateStage.agreementConfirmation: return es ? "Confirmación del acuerdo de pago" : "Payment agreement confirmation"
        case TemplateStage.brokenPromise: return es ? "Promesa de pago incumplida" : "Broken promise to pay"
        default: return stage
        }
    }

    static func channel(_ channel: ContactChannel, in language: Language) -> String {
        let es = language == .es
        switch channel {
        case .email: return es ? "correo" : "e-mail"
        case .letter: return es ? "carta" : "letter"
        case .sms: return "SMS"
        default: return channel.rawValue
        }
    }

    /// Stages in the ladder's order, then any the owner added, by name.
    static func order(_ stage: String) -> Int { TemplateStage.shipped.firstIndex(of: stage) ?? TemplateStage.shipped.count }

    static let channelOrder: [ContactChannel] = [.email, .letter, .sms]
}
