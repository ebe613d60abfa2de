import CobroDomain

/// The audit screen's words in Spanish and English.
struct AuditStrings {
    let language: Language
    init(_ language: Language) { self.language = language }

    private func pick(_ es: String, _ en: String) -> String { language == .es ? es : en }

    var title: String { pick("Registro de auditoría", "Audit trail") }
    func customerTitle(_ code: String) -> String { pick("Registro de auditoría de \(code)", "Audit trail of \(code)") }
    var loading: String { pick("Leyendo el registro…", "Reading the trail…") }
    var empty: String { pick("El registro de auditoría está vacío.", "The audit trail is empty.") }
    var noMatch: String { pick("Ninguna entrada coincide.", "No entry matches.") }
    var more: String { pick("más…", "more…") }
    var filterPrompt: String { pick("Filtro:", "Filter:") }
    var filterPlaceholder: String { pick("usuario, entidad, clave, valor", "user, entity, key, value") }
    var nothingSelected: String { pick("no hay ninguna entrada en la lista", "there is no entry in the list") }
    var noFilter: String { pick("no hay filtro", "there is no filter") }
    var nowhereBack: String { pick("el registro se abrió desde las pestañas", "the trail was opened from the tabs") }

    var columns: [String] {
        [pick("Cuándo", "When"), pick("Quién", "Who"), pick("Acción", "Action"), pick("Entidad", "Entity"), pick("Clave", "Key"),
         pick("Antes → después", "Before → after")]
    }

    var move: String { pick("Mover", "Move") }
    var moveHelp: String { pick("Mover la selección; al bajar se leen entradas más antiguas", "Move the selection; older entries are read as you go down") }
    var scroll: String { pick("Desplazar", "Scroll") }
    var scrollHelp: String { pick("j/k, página arriba/abajo, inicio/fin", "j/k, page up/down, first/last") }
    var open: String { pick("Ver", "View") }
    var openHelp: String { pick("Ver la entrada entera: todos los valores antes y después", "Show the whole entry: every value before and after") }
    var filter: String { pick("Filtrar", "Filter") }
    var filterHelp: String { pick("Mostrar solo las entradas que contienen un texto", "Show only the entries containing a text") }
    var clearFilter: String { pick("Quitar filtro", "Clear filter") }
    var clearFilterHelp: String { pick("Volver a mostrar todas las entradas", "Show every entry again") }
    var refresh: String { pick("Actualizar", "Refresh") }
    var refreshHelp: String { pick("Volver a leer desde la entrada más reciente", "Read again from the newest entry") }
    var back: String { pick("Volver", "Back") }
    var backHelp: String { pick("Volver a la cuenta", "Back to the account") }
    var close: String { pick("Cerrar", "Close") }
    var closeHelp: String { pick("Volver a la lista", "Back to the list") }
    var scrollDetailHelp: String { pick("Desplazar la entrada", "Scroll the entry") }

    var field: String { pick("Campo", "Field") }
    var before: String { pick("Antes", "Before") }
    var after: String { pick("Después", "After") }
    var when: String { pick("Cuándo", "When") }
    var who: String { pick("Quién", "Who") }
    var customer: String { pick("Cliente", "Customer") }
    var nobody: String { pick("(sin usuario)", "(no user)") }
    func entryTitle(_ entry: AuditEntry) -> String {
        pick("Entrada \(entry.id): \(entry.action) \(entry.entity)", "Entry \(entry.id): \(entry.action) \(entry.entity)")
            + (entry.key.map { " \($0)" } ?? "")
    }
}
