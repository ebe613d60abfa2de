import CobroDomain

/// The account screen's words in Spanish and English.
struct AccountStrings {
    let language: Language
    init(_ language: Language) { self.language = language }

    private func pick(_ es: String, _ en: String) -> String { language == .es ? es : en }

    var loading: String { pick("Cargando la cuenta…", "Loading the account…") }
    func notFound(_ code: String) -> String { pick("No hay ningún cliente con el código \(code).", "There is no customer with code \(code).") }
    var move: String { pick("Mover", "Move") }
    var moveHelp: String { pick("Mover la selección entre las facturas", "Move the selection among the invoices") }
    var scrollHelp: String { pick("j/k, página arriba/abajo, inicio/fin", "j/k, page up/down, first/last") }
    var reload: String { pick("Actualizar", "Reload") }
    var reloadHelp: String { pick("Volver a leer la cuenta", "Read the account again") }
    var back: String { pick("Volver", "Back") }
    var backHelp: String { pick("Volver a la pantalla anterior", "Back to the previous screen") }

    var taxID: String { pick("NIF", "Tax ID") }
    var phone: String { pick("Teléfono", "Phone") }
    var email: String { pick("Correo", "E-mail") }
    var timeZone: String { pick("Zona", "Time zone") }
    var status: String { pick("Estado", "Status") }
    var doNotCall: String { pick("NO LLAMAR", "DO NOT CALL") }
    var none: String { "—" }
    func statusName(_ status: CustomerStatus) -> String {
        switch status {
        case .active: return pick("activo", "active")
        case .suspended: return pick("suspendido", "suspended")
        case .legal: return pick("vía judicial", "legal")
        case .agency: return pick("en agencia", "with an agency")
        case .writtenOff: return pick("fallido", "written off")
        }
    }

    func balanceLine(currency: String, balance: String, overdue: String, oldest: Int?) -> String {
        let age = oldest.map { pick(", la más antigua vencida hace \($0) días", ", oldest \($0) days past due") } ?? ""
        return pick("\(currency): saldo \(balance), vencido \(overdue)\(age)", "\(currency): balance \(balance), overdue \(overdue)\(age)")
    }
    func unapplied(_ amount: String) -> String { pick("crédito sin aplicar \(amount)", "unapplied credit \(amount)") }
    var noOpenInvoices: String { pick("No hay facturas abiertas.", "No open invoices.") }
    var invoicesTitle: String { pick("Facturas abiertas", "Open invoices") }
    var columns: [String] {
        pick("Número|Emitida|Vence|Días|Importe|Pendiente|Mon.|Disputa", "Number|Issued|Due|Days|Amount|Open|Cur.|Disputed")
            .split(separator: "|").map(String.init)
    }
    var disputed: String { pick("sí", "yes") }

    var contactLogTitle: String { pick("Contactos (el más reciente primero)", "Contact log (newest first)") }
    var logColumns: [String] {
        pick("Cuándo|Canal|Resultado|Gestor|Detalle", "When|Channel|Outcome|Clerk|Details").split(separator: "|").map(String.init)
    }
    func channel(_ channel: ContactChannel) -> String {
        switch channel {
        case .call: return pick("llamada", "call")
        case .email: return pick("correo", "e-mail")
        case .sms: return "SMS"
        case .letter: return pick("carta", "letter")
        case .visit: return pick("visita", "visit")
        }
    }
    func outcome(_ outcome: ContactOutcome) -> String {
        switch outcome {
        case .noAnswer: return pick("no contesta", "no answer")
        case .voicemail: return pick("buzón de voz", "voicemail")
        case .wrongNumber: return pick("número erróneo", "wrong number")
        case .rightParty: return pick("habló con el titular", "right party")
        case .promise: return pick("promesa de pago", "promise")
        case .dispute: return pick("disputa", "dispute")
        case .refused: return pick("se niega", "refused")
        case .paid: return pick("dice haber pagado", "says paid")
        case .callback: return pick("volver a llamar", "callback")
        case .other: return pick("otro", "other")
        }
    }
    func promised(_ amount: String, by date: String) -> String { pick("promete \(amount) para el \(date)", "promised \(amount) by \(date)") }
    func callBack(_ when: String) -> String { pick("llamar el \(when)", "call back \(when)") }
    func corrects(_ id: Int64) -> String { pick("corrige #\(id)", "corrects #\(id)") }
}
