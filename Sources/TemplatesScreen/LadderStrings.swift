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
        pick("Días desde el vencimiento (negativo: antes). Intereses: reclama lo de abajo.",
             "Days past due (negative: before). Late payment: claims the figures below.")
    }
    var interestTitle: String { pick("Interés de demora (Ley 3/2004)", "Late-payment interest (Ley 3/2004)") }
    /// `10,15 %` / `10.15%`.
    func rate(_ basisPoints: Int) -> String {
        let hundredths = String(basisPoints % 100)
        let number = "\(basisPoints / 100)" + pick(",", ".") + String(repeating: "0", count: 2 - hundredths.count) + hundredths
        return pick(number + "\u{00A0}%", number + "%")
    }
    /// The current half-year's source, when the table lacks it.
    var assumedRate: String {
        pick("tipo del semestre anterior hasta que añada el publicado", "previous half-year's rate until you add the published one")
    }
    func compensation(_ amounts: [Money]) -> String {
        guard !amounts.isEmpty else { return pick("Sin compensación por costes de cobro", "No compensation for recovery costs") }
        let each = amounts.map { pick("\($0.formatted(in: language)) por factura (\($0.currency))", "\($0.formatted(in: language)) per invoice (\($0.currency))") }
        return pick("Compensación: ", "Compensation: ") + each.joined(separator: ", ")
    }
    func interestCurrencies(_ currencies: [Currency]) -> String {
        guard !currencies.isEmpty else { return pick("ninguna factura genera intereses", "no invoice earns interest") }
        let codes = currencies.map(\.code).joined(separator: ", ")
        return pick("intereses en facturas en \(codes)", "interest on invoices in \(codes)")
    }
    /// The owner's part: the desk cannot know whether a figure is the one the BOE published.
    var interestNote: String {
        pick("Compruebe cada cifra en el BOE (Boletín Oficial del Estado) y añada cada semestre nuevo en config.yaml (dunning:\u{00A0}interest_rates:). Los avisos finales y requerimientos las muestran; nunca se suman al saldo.",
             "Check each figure against the BOE (Boletín Oficial del Estado) and add each new half-year in config.yaml (dunning:\u{00A0}interest_rates:). Final notices and demand letters show them; they are never added to the balance.")
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
