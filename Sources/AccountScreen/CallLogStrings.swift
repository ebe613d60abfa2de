import CobroDomain
import CobroTerminal

/// The call-log form's words in Spanish and English.
struct CallLogStrings {
    let language: Language
    init(_ language: Language) { self.language = language }

    private func pick(_ es: String, _ en: String) -> String { language == .es ? es : en }

    var title: String { pick("Registrar el contacto", "Log the contact") }
    func overdue(_ amounts: [String]) -> String {
        amounts.isEmpty ? pick("Nada vencido", "Nothing overdue") : pick("Vencido: ", "Overdue: ") + amounts.joined(separator: " · ")
    }
    var channelLabel: String { pick("Canal", "Channel") }
    var outcomeLabel: String { pick("Resultado", "Outcome") }
    var outcomePrompt: String { pick("¿Cómo fue? Pulse la tecla del resultado:", "How did it go? Press the outcome's key:") }

    func channel(_ channel: ContactChannel) -> String { ContactWords.channel(channel, in: language) }
    func direction(_ direction: ContactDirection) -> String {
        direction == .outbound ? pick("saliente", "outbound") : pick("entrante", "inbound")
    }
    func outcome(_ outcome: ContactOutcome) -> String {
        switch outcome {
        case .noAnswer: return pick("no contesta", "no answer")
        case .voicemail: return pick("buzón de voz", "voicemail")
        case .wrongNumber: return pick("número erróneo", "wrong number")
        case .rightParty: return pick("habló con el titular", "right party")
        case .promise: return pick("promesa de pago", "promise to pay")
        case .dispute: return pick("disputa facturas", "disputes invoices")
        case .refused: return pick("se niega a pagar", "refuses to pay")
        case .paid: return pick("dice que ya pagó", "says already paid")
        case .callback: return pick("volver a llamar", "call back")
        case .other: return pick("otro", "other")
        }
    }
    func debtorType(_ type: DebtorType?) -> String { ContactWords.debtorType(type, in: language) }
    var unchanged: String { pick("(sin cambios)", "(unchanged)") }
    var nobody: String { pick("— nadie en concreto", "— nobody in particular") }

    func label(_ field: CallLogField) -> String {
        switch field {
        case .amount: return pick("Importe", "Amount")
        case .currency: return pick("Moneda", "Currency")
        case .promiseDate: return pick("Fecha", "Date")
        case .callbackTime: return pick("Cuándo", "When")
        case .invoices: return pick("Facturas", "Invoices")
        case .reason: return pick("Motivo", "Reason")
        case .debtorType: return pick("Por qué no paga", "Why unpaid")
        case .contactPerson: return pick("Habló con", "Spoke with")
        case .note: return pick("Nota", "Note")
        }
    }

    // Hints beside valid fields.
    func owed(_ amount: String) -> String { pick("vencido \(amount)", "overdue \(amount)") }
    func open(_ amount: String) -> String { pick("pendiente \(amount)", "open \(amount)") }
    func promiseDay(_ weekday: String, _ date: String, inDays days: Int) -> String {
        days == 0 ? pick("\(weekday) \(date), hoy", "\(weekday) \(date), today")
            : days == 1 ? pick("\(weekday) \(date), mañana", "\(weekday) \(date), tomorrow")
            : pick("\(weekday) \(date), en \(days) días", "\(weekday) \(date), in \(days) days")
    }
    func callbackMoment(_ weekday: String, _ date: String, _ time: String) -> String { "→ \(weekday) \(date) \(time)" }
    var timeFormats: String { pick("HH:MM, +30m, +2h, +1d o AAAA-MM-DD HH:MM", "HH:MM, +30m, +2h, +1d or YYYY-MM-DD HH:MM") }
    var timePlaceholder: String { pick("AAAA-MM-DD HH:MM", "YYYY-MM-DD HH:MM") }
    var alreadyDisputed: String { pick("ya en disputa", "already disputed") }
    func due(_ date: String) -> String { pick("vence \(date)", "due \(date)") }
    func daysLate(_ days: Int) -> String { pick("\(days) d vencida", "\(days) d late") }
    func moreInvoices(_ count: Int) -> String { pick("… y \(count) más (↑/↓)", "… and \(count) more (↑/↓)") }
    func chosenInvoices(_ count: Int, of total: Int) -> String { pick("\(count) de \(total) marcadas", "\(count) of \(total) ticked") }
    var requiredNote: String { pick("obligatoria", "required") }

    // Errors, each next to its field.
    var amountEmpty: String { pick("falta el importe", "enter an amount") }
    var amountNotANumber: String { pick("no es un importe", "not an amount") }
    func amountTooManyDecimals(_ currency: Currency) -> String {
        currency.minorUnitDigits == 0
            ? pick("\(currency.code) no admite decimales", "\(currency.code) takes no decimals")
            : pick("el importe tiene más decimales de los que admite \(currency.code) (\(currency.minorUnitDigits))",
                   "amount has more decimals than \(currency.code) allows (\(currency.minorUnitDigits))")
    }
    var amountGrouping: String { pick("escriba 1.234,56 o 1234,56", "write 1234.56, without thousands commas") }
    var amountTooLarge: String { pick("importe demasiado grande", "amount too large") }
    var amountNotPositive: String { pick("el importe debe ser mayor que cero", "amount must be more than zero") }
    var noCurrency: String { pick("la cuenta no debe nada en ninguna moneda", "the account owes nothing in any currency") }
    var dateEmpty: String { pick("falta la fecha", "enter a date") }
    var dateInvalid: String { pick("no es una fecha (AAAA-MM-DD)", "not a date (YYYY-MM-DD)") }
    var dateBeforeToday: String { pick("fecha anterior a hoy", "date before today") }
    var timeEmpty: String { pick("falta cuándo: ", "enter when: ") + timeFormats }
    var timeUnreadable: String { pick("escriba ", "write ") + timeFormats }
    func timeNotAfterNow(_ now: String) -> String { pick("esa hora ya pasó (son las \(now))", "that time has passed (it is \(now))") }
    var noInvoiceTicked: String { pick("marque al menos una factura", "tick at least one invoice") }
    var noOpenInvoices: String { pick("la cuenta no tiene facturas abiertas", "the account has no open invoices") }
    var reasonEmpty: String { pick("diga por qué no está conforme", "say why the customer disputes") }
    var noteRequired: String { pick("con «otro» la nota es obligatoria", "a note is required for other") }

    // Keys.
    var channelKey: String { pick("Canal", "Channel") }
    var channelHelp: String { pick("Cambiar el canal: llamada, correo, SMS, carta, visita", "Change the channel: call, e-mail, SMS, letter, visit") }
    var directionKey: String { pick("Entrante/saliente", "In/out") }
    var directionHelp: String { pick("Alternar entre contacto saliente y entrante", "Switch between an outbound and an inbound contact") }
    func outcomeHelp(_ outcome: ContactOutcome) -> String { pick("Resultado: ", "Outcome: ") + self.outcome(outcome) }
    var cancel: String { pick("Cancelar", "Cancel") }
    var cancelHelp: String { pick("Cerrar sin guardar (pregunta si ha escrito algo)", "Close without saving (asks first if you typed anything)") }
    var field: String { pick("Campo", "Field") }
    var fieldHelp: String { pick("Tab: campo siguiente; Mayús-Tab: anterior", "Tab: next field; Shift-Tab: previous") }
    var arrowsFieldHelp: String { pick("Campo siguiente o anterior", "Next or previous field") }
    var save: String { pick("Guardar", "Save") }
    var saveHelp: String {
        pick("Guardar el contacto; si algo falla, el cursor va al primer campo con error. Lo que se escribe sobre un valor propuesto lo sustituye",
             "Save the contact; if anything is wrong the cursor goes to the first bad field. Typing over a suggested value replaces it")
    }
    var callbackSaveHelp: String {
        saveHelp + pick(". Cuándo, en la hora de la oficina: ", ". When, on the desk's clock: ") + timeFormats
    }
    var back: String { pick("Resultado", "Outcome") }
    var backHelp: String { pick("Volver a elegir el resultado (lo escrito se conserva)", "Back to the outcome (what you typed is kept)") }
    var change: String { pick("Cambiar", "Change") }
    var changeHelp: String { pick("Elegir otro valor", "Choose another value") }
    var onlyOneChoice: String { pick("solo hay una opción", "there is only one choice") }
    var tick: String { pick("Marcar", "Tick") }
    var tickHelp: String { pick("Marcar o desmarcar la factura disputada", "Tick or untick the disputed invoice") }
    var move: String { pick("Mover", "Move") }
    var moveHelp: String { pick("Mover entre las facturas", "Move among the invoices") }

    var discardTitle: String { pick("Descartar", "Discard") }
    var discardQuestion: String { pick("¿Descartar este contacto sin guardarlo?", "Discard this contact without saving it?") }
    var yes: DialogButton { language == .es ? DialogButton("Sí", shortcut: "s") : DialogButton("Yes", shortcut: "y") }
    var no: DialogButton { DialogButton("No", shortcut: "n") }
}
