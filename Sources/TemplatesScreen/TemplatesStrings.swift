import CobroDomain
import Foundation

/// The templates screen's words in Spanish and English.
struct TemplatesStrings {
    let language: Language
    init(_ language: Language) { self.language = language }

    private func pick(_ es: String, _ en: String) -> String { language == .es ? es : en }

    // MARK: Picker

    func title(_ templateLanguage: Language) -> String {
        pick("Plantillas de recordatorio", "Reminder templates") + " · " + languageName(templateLanguage)
    }
    func languageName(_ language: Language) -> String {
        language == .es ? pick("español", "Spanish") : pick("inglés", "English")
    }
    var columns: [String] { pick("Etapa|Canal|Cambios", "Stage|Channel|Changes").split(separator: "|").map(String.init) }
    var shipped: String { pick("original", "shipped") }
    var noTemplates: String { pick("No hay plantillas en este idioma.", "No templates in this language.") }
    func edited(by user: String, on day: String) -> String { pick("editada por \(user) el \(day)", "edited by \(user) on \(day)") }
    var shippedText: String { pick("texto original de Cobro", "Cobro's shipped text") }
    func forCustomer(_ customer: TemplateCustomer) -> String { pick("Para", "For") + " \(customer.code) \(customer.name)" }
    var noCustomer: String { pick("Sin cliente: pulse a para elegir uno y ver la plantilla rellenada.",
                                  "No customer: press a to choose one and see the template filled in.") }
    var subjectLabel: String { pick("Asunto: ", "Subject: ") }
    func invoicesLine(_ numbers: [String]) -> String { pick("Facturas: ", "Invoices: ") + numbers.joined(separator: ", ") }
    var cannotRender: String { pick("No se puede rellenar para este cliente:", "Cannot be filled in for this customer:") }

    // MARK: Customer prompt

    var customerTitle: String { pick("Cliente del recordatorio", "Customer to remind") }
    var customerQuestion: String { pick("¿Código del cliente?", "Customer code?") }
    var customerEmpty: String { pick("Escriba el código de un cliente.", "Type a customer's code.") }
    func unknownCustomer(_ code: String) -> String { pick("No hay ningún cliente con el código \(code).", "There is no customer with code \(code).") }

    // MARK: Editor

    func editorTitle(_ key: TemplateKey) -> String {
        pick("Editar", "Edit") + ": \(StageNames.name(key.stage, in: language)) · \(StageNames.channel(key.channel, in: language)) · \(languageName(key.language))"
    }
    var subjectField: String { pick("Asunto", "Subject") }
    var bodyField: String { pick("Texto", "Body") }
    var noProblems: String { pick("Sin problemas: la plantilla se puede guardar.", "No problems: the template can be saved.") }
    func problemCount(_ count: Int) -> String { pick("\(count) problema(s):", "\(count) problem(s):") }
    var previewNeedsCustomer: String { pick("Elija un cliente (a en la lista) para ver la vista previa.",
                                            "Choose a customer (a in the list) to see the preview.") }
    var saved: String { pick("Plantilla guardada.", "Template saved.") }
    var hasProblems: String { pick("No se guarda: corrija antes los problemas señalados.", "Not saved: fix the problems shown first.") }
    var ownerOnly: String { pick("solo un propietario puede guardar plantillas", "only an owner can save templates") }
    var discardTitle: String { pick("Descartar cambios", "Discard changes") }
    var discardQuestion: String { pick("Los cambios de la plantilla se perderán. ¿Descartarlos?", "The template's changes will be lost. Discard them?") }
    var yes: String { pick("Sí", "Yes") }
    var no: String { pick("No", "No") }
    var yesShortcut: Character { language == .es ? "s" : "y" }

    // MARK: Sending

    var chooseCustomerFirst: String { pick("elija antes un cliente (a)", "choose a customer first (a)") }
    var cannotFill: String { pick("la plantilla no se puede rellenar para este cliente", "the template cannot be filled in for this customer") }
    var noTemplate: String { pick("no hay ninguna plantilla seleccionada", "no template is selected") }

    // MARK: Keys

    var move: String { pick("Mover", "Move") }
    var moveHelp: String { pick("Elegir la plantilla", "Choose the template") }
    var scroll: String { pick("Desplazar", "Scroll") }
    var scrollHelp: String { pick("Desplazar la vista previa", "Scroll the preview") }
    var switchLanguage: String { pick("Idioma", "Language") }
    var switchLanguageHelp: String { pick("Ver las plantillas en español o en inglés", "Show the Spanish or the English templates") }
    var chooseCustomer: String { pick("Cliente", "Customer") }
    var chooseCustomerHelp: String { pick("Elegir el cliente con cuyos datos se rellena", "Choose the customer whose data fills it in") }
    var edit: String { pick("Editar", "Edit") }
    var editHelp: String { pick("Editar el asunto y el texto de la plantilla", "Edit the template's subject and body") }
    var send: String { pick("Enviar", "Send") }
    var sendHelp: String { pick("Enviar al cliente (correo según config.yaml, cartas y SMS a la bandeja) y anotarlo",
                                "Send it to the customer (e-mail as config.yaml says, letters and texts to the outbox) and log it") }
    var file: String { pick("A bandeja", "To outbox") }
    var fileHelp: String { pick("Guardarlo como archivo en la bandeja de salida (carta para imprimir, .eml) y anotarlo",
                                "Save it as a file in the outbox (a letter to print, an .eml) and log it") }
    var back: String { pick("Volver", "Back") }
    var backHelp: String { pick("Volver a la pantalla anterior", "Back to the previous screen") }
    var saveKey: String { pick("Guardar", "Save") }
    var saveHelp: String { pick("Guardar la plantilla (queda en el registro de auditoría)", "Save the template (kept in the audit trail)") }
    var nextField: String { pick("Campo", "Field") }
    var nextFieldHelp: String { pick("Pasar del asunto al texto y al revés", "Move between the subject and the body") }
    var previewKey: String { pick("Vista previa", "Preview") }
    var previewHelp: String { pick("Alternar entre los problemas y la vista previa", "Switch between the problems and the preview") }
    var close: String { pick("Cerrar", "Close") }
    var closeHelp: String { pick("Cerrar el editor (pregunta si hay cambios)", "Close the editor (asks when there are changes)") }
    var editKeys: String { pick("Escribir", "Type") }
    var editKeysHelp: String { pick("Flechas, Inicio/Fin, RePág/AvPág, Enter nueva línea, Retroceso/Supr",
                                    "Arrows, Home/End, PgUp/PgDn, Enter new line, Backspace/Delete") }
    var confirm: String { pick("Aceptar", "OK") }
    var confirmHelp: String { pick("Usar este cliente", "Use this customer") }
    var cancel: String { pick("Cancelar", "Cancel") }
    var cancelHelp: String { pick("Cerrar sin cambiar de cliente", "Close without changing the customer") }

    func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = language == .es ? "dd/MM/yyyy" : "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
