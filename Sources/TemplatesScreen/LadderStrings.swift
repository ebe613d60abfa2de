import CobroDomain

/// The dunning ladder's words in Spanish and English.
struct LadderStrings {
    let language: Language
    init(_ language: Language) { self.language = language }

    private func pick(_ es: String, _ en: String) -> String { language == .es ? es : en }

    var title: String { pick("Escalera de recordatorios", "Dunning ladder") }
    func source(_ source: LadderSource) -> String {
        switch source {
        case .standard: return pick("la de la especificación (nunca cambiada)", "the SPEC's (never changed)")
        case .saved: return pick("la guardada por un propietario", "as an owner saved it")
        case .config: return pick("fijada en config.yaml (dunning: stages:): cámbiela allí", "set in config.yaml (dunning: stages:): change it there")
        }
    }
    var columns: [String] {
        pick("Etapa|Días|correo|carta|SMS|Intereses", "Stage|Days|e-mail|letter|SMS|Late payment").split(separator: "|").map(String.init)
    }
    var daysNote: String {
        pick("Días desde el vencimiento (negativo: antes). Con intereses, el aviso reclama intereses de demora y compensación.",
             "Days past due (negative: before). With late payment, the message claims interest and compensation.")
    }
    var interestNote: String {
        pick("Los tipos de interés y de dónde sale cada uno se ven con cobro remind y en config.yaml (interest_rates); aquí solo la escalera.",
             "Interest rates and where each comes from are shown by cobro remind and in config.yaml (interest_rates); here only the ladder.")
    }
    var valid: String { pick("La escalera es válida.", "The ladder is valid.") }
    func problem(_ detail: String) -> String { pick("No es válida: \(detail)", "Not valid: \(detail)") }
    func notSaved(_ detail: String) -> String { pick("No se guarda: \(detail)", "Not saved: \(detail)") }
    var saved: String { pick("Escalera guardada: cobro remind la sigue desde ahora.", "Ladder saved: cobro remind follows it from now on.") }
    var daysNotANumber: String { pick("Escriba un número entero de días (negativo: antes del vencimiento).", "Type a whole number of days (negative: before due).") }
    var ownerOnly: String { pick("solo un propietario puede cambiar la escalera", "only an owner can change the ladder") }
    var setInConfig: String { pick("la escalera está fijada en config.yaml", "the ladder is set in config.yaml") }
    var nothingChanged: String { pick("no hay cambios", "nothing has changed") }
    var discardTitle: String { pick("Descartar cambios", "Discard changes") }
    var discardQuestion: String { pick("Los cambios de la escalera se perderán. ¿Descartarlos?", "The ladder's changes will be lost. Discard them?") }
    var yes: String { pick("Sí", "Yes") }
    var no: String { pick("No", "No") }
    var yesShortcut: Character { language == .es ? "s" : "y" }
    var yesMark: String { pick("sí", "yes") }

    var move: String { pick("Mover", "Move") }
    var moveHelp: String { pick("Elegir la etapa (↑/↓) y la columna (←/→)", "Choose the stage (↑/↓) and the column (←/→)") }
    var change: String { pick("Cambiar", "Change") }
    var changeHelp: String { pick("Escribir los días, o marcar y desmarcar un canal o los intereses", "Type the days, or tick and untick a channel or late payment") }
    var restore: String { pick("Por defecto", "Default") }
    var restoreHelp: String { pick("Volver a la escalera de la especificación", "Go back to the SPEC's ladder") }
    var save: String { pick("Guardar", "Save") }
    var saveHelp: String { pick("Guardar la escalera (queda en el registro de auditoría)", "Save the ladder (kept in the audit trail)") }
    var close: String { pick("Cerrar", "Close") }
    var closeHelp: String { pick("Volver a las plantillas (pregunta si hay cambios)", "Back to the templates (asks when there are changes)") }
    var open: String { pick("Escalera", "Ladder") }
    var openHelp: String { pick("Ver la escalera de recordatorios (días y canales de cada etapa)", "Show the dunning ladder (each stage's days and channels)") }
}
