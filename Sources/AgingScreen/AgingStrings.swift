import CobroDomain

/// The aging screen's words in Spanish and English.
struct AgingStrings {
    let language: Language
    init(_ language: Language) { self.language = language }

    private func pick(_ es: String, _ en: String) -> String { language == .es ? es : en }

    var screenTitle: String { pick("Antigüedad", "Aging") }
    func title(asOf: CivilDate) -> String { pick("Antigüedad de saldos al \(asOf.formatted(in: language))", "Aging as of \(asOf.formatted(in: language))") }
    var loading: String { pick("Calculando la antigüedad de saldos…", "Computing the aging report…") }
    var nothingOwed: String { pick("Nadie debe nada a esta fecha.", "Nothing is owed as of this date.") }
    var noMatch: String { pick("Ningún cliente coincide con el filtro.", "No customer matches the filter.") }
    var nothingSelected: String { pick("no hay ningún cliente en la lista", "there is no customer in the list") }
    var onlyOneCurrency: String { pick("solo hay una moneda", "there is only one currency") }
    var noFilter: String { pick("no hay filtro", "there is no filter") }

    var move: String { pick("Mover", "Move") }
    var moveHelp: String { pick("Mover la selección", "Move the selection") }
    var scroll: String { pick("Desplazar", "Scroll") }
    var scrollHelp: String { pick("j/k, página arriba/abajo, inicio/fin", "j/k, page up/down, first/last") }
    var open: String { pick("Cuenta", "Account") }
    var openHelp: String { pick("Abrir la cuenta del cliente", "Open the customer's account") }
    func sortTitle(_ sort: AgingSort) -> String {
        switch sort {
        case .balance: return pick("Orden: saldo", "Sort: balance")
        case .oldest: return pick("Orden: antigüedad", "Sort: oldest")
        case .name: return pick("Orden: nombre", "Sort: name")
        }
    }
    var sortHelp: String { pick("Ordenar por saldo, por antigüedad o por nombre", "Sort by balance, by oldest debt or by name") }
    var filter: String { pick("Filtrar", "Filter") }
    var filterHelp: String { pick("Filtrar por código o nombre (sin distinguir acentos)", "Filter by code or name (accents ignored)") }
    var filterPlaceholder: String { pick("código o nombre", "code or name") }
    var clearFilter: String { pick("Quitar filtro", "Clear filter") }
    var clearFilterHelp: String { pick("Mostrar todos los clientes", "Show every customer") }
    var currency: String { pick("Moneda", "Currency") }
    var currencyHelp: String { pick("Siguiente moneda", "Next currency") }
    var previousCurrencyHelp: String { pick("Moneda anterior", "Previous currency") }
    var date: String { pick("Fecha", "Date") }
    var dateHelp: String { pick("Cambiar la fecha del informe", "Change the report date") }
    var datePrompt: String { pick("Fecha del informe (AAAA-MM-DD):", "Report date (YYYY-MM-DD):") }
    var invalidDate: String { pick("no es una fecha válida", "not a valid date") }
    var export: String { pick("Exportar", "Export") }
    var exportHelp: String { pick("Exportar lo que se ve a CSV", "Export the rows shown as CSV") }
    var filterPrompt: String { pick("Filtro:", "Filter:") }

    var columns: [String] {
        pick("Código|Cliente|Corriente|1-30|31-60|61-90|91-120|120+|Sin aplicar|Saldo|Días máx.",
             "Code|Customer|Current|1-30|31-60|61-90|91-120|120+|Unapplied|Balance|Oldest").split(separator: "|").map(String.init)
    }
    var bucketLabels: [String] { [pick("Corriente", "Current"), "1-30", "31-60", "61-90", "91-120", "120+"] }
    var unapplied: String { pick("Sin aplicar", "Unapplied") }
    var balance: String { pick("Saldo", "Balance") }
    func customers(_ shown: Int, of total: Int) -> String {
        let noun = total == 1 ? pick("cliente", "customer") : pick("clientes", "customers")
        return shown == total ? "\(total) \(noun)" : pick("\(shown) de \(total) \(noun)", "\(shown) of \(total) \(noun)")
    }
}
