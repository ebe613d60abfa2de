import CobroDomain
import CobroTerminal

/// The account screen's words in Spanish and English.
struct AccountStrings {
    let language: Language
    init(_ language: Language) { self.language = language }

    private func pick(_ es: String, _ en: String) -> String { language == .es ? es : en }

    var loading: String { pick("Cargando la cuenta…", "Loading the account…") }
    func notFound(_ code: String) -> String { pick("No hay ningún cliente con el código \(code).", "There is no customer with code \(code).") }
    var move: String { pick("Mover", "Move") }
    var moveHelp: String { pick("Mover la selección entre las facturas", "Move the selection among the invoices") }
    var scrollHelp: String { pick("j/k, inicio/fin", "j/k, first/last") }
    var pageLowerPane: String { pick("Paginar abajo", "Page below") }
    var pageLowerPaneHelp: String {
        pick("Página arriba/abajo por los contactos, pagos o promesas de abajo", "Page up/down through the contact log, payments or promises below")
    }
    func paneRows(from: Int, to: Int, of total: Int) -> String { pick("\(from)–\(to) de \(total)", "\(from)–\(to) of \(total)") }
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

    var logColumns: [String] {
        pick("Cuándo|Canal|Resultado|Gestor|Detalle", "When|Channel|Outcome|Clerk|Details").split(separator: "|").map(String.init)
    }
    func channel(_ channel: ContactChannel) -> String { ContactWords.channel(channel, in: language) }
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

// MARK: Working the account

extension AccountStrings {
    var logCall: String { pick("Registrar llamada", "Log call") }
    var logCallHelp: String { pick("Registrar el resultado de la llamada (o correo, SMS, visita)", "Log the outcome of the call (or e-mail, SMS, visit)") }
    var next: String { pick("Siguiente", "Next") }
    var nextHelp: String { pick("Devolver esta cuenta a la cola y tomar la siguiente", "Give this account back to the queue and take the next one") }
    var pane: String { pick("Contactos/pagos/promesas", "Log/payments/promises") }
    var paneHelp: String { pick("Cambiar la parte de abajo: contactos, pagos, promesas y acuerdos", "Switch the lower part: contact log, payments, promises and agreements") }
    var dispute: String { pick("Disputar", "Dispute") }
    var undispute: String { pick("Quitar disputa", "Undispute") }
    var disputeHelp: String { pick("Marcar o desmarcar la factura seleccionada como disputada (pide el motivo)", "Mark or unmark the selected invoice as disputed (asks why)") }
    var noInvoiceSelected: String { pick("no hay factura seleccionada", "no invoice selected") }
    var doNotCallKey: String { pick("No llamar", "Do not call") }
    var doNotCallHelp: String { pick("Poner o quitar la marca de no llamar (pide el motivo)", "Set or lift the do-not-call flag (asks why)") }
    var statusKeyTitle: String { pick("Estado", "Status") }
    var statusHelp: String { pick("Cambiar el estado: activo, suspendido, vía judicial, agencia, fallido (pide el motivo)", "Change the status: active, suspended, legal, agency, written off (asks why)") }
    var debtorTypeKeyTitle: String { pick("Tipo de deudor", "Debtor type") }
    var debtorTypeHelp: String { pick("Por qué no paga: olvido, falta de liquidez, disputa, se niega, ilocalizable", "Why they have not paid: forgot, cash flow, dispute, refuses, unreachable") }
    var backToQueueHelp: String { pick("Devolver la cuenta a la cola y volver a ella", "Give the account back to the queue and return to it") }
    var planAgreement: String { pick("Acuerdo de pago", "Payment agreement") }
    var planAgreementHelp: String { pick("Preparar un acuerdo de pago con este cliente", "Build a payment agreement with this customer") }
    var confirm: String { pick("Confirmar", "Confirm") }
    var cancel: String { pick("Cancelar", "Cancel") }

    var statusTitle: String { pick("Nuevo estado", "New status") }
    func statusKey(_ status: CustomerStatus) -> Character {
        switch status {
        case .active: return "a"
        case .suspended: return "s"
        case .legal: return "l"
        case .agency: return "g"
        case .writtenOff: return "w"
        }
    }
    var debtorTypeTitle: String { pick("Tipo de deudor", "Debtor type") }
    func debtorTypeKey(_ type: DebtorType?) -> Character {
        switch type {
        case .forgot?: return "f"
        case .cashFlow?: return "c"
        case .dispute?: return "d"
        case .refuses?: return "r"
        case .unreachable?: return "u"
        case nil: return "-"
        }
    }
    func debtorTypeName(_ type: DebtorType?) -> String { ContactWords.debtorType(type, in: language) }

    func reasonPrompt(disputing invoice: String, disputed: Bool) -> TextPrompt {
        TextPrompt(title: disputed ? pick("Disputar \(invoice)", "Dispute \(invoice)") : pick("Quitar la disputa de \(invoice)", "Undispute \(invoice)"),
                     question: disputed ? pick("¿Qué disputa el cliente?", "What does the customer dispute?")
                         : pick("¿Por qué se resuelve la disputa?", "Why is the dispute settled?"),
                     emptyMessage: reasonRequired)
    }
    func reasonPrompt(doNotCall: Bool) -> TextPrompt {
        TextPrompt(title: doNotCall ? pick("No llamar", "Do not call") : pick("Volver a llamar", "Calls allowed again"),
                     question: doNotCall ? pick("¿Por qué no se debe llamar?", "Why must nobody call?")
                         : pick("¿Por qué se puede volver a llamar?", "Why may the desk call again?"),
                     emptyMessage: reasonRequired)
    }
    func reasonPrompt(status: CustomerStatus) -> TextPrompt {
        TextPrompt(title: pick("Estado: \(statusName(status))", "Status: \(statusName(status))"),
                     question: pick("¿Motivo del cambio?", "Reason for the change?"), emptyMessage: reasonRequired)
    }
    private var reasonRequired: String { pick("Escriba el motivo: queda en el registro de auditoría.", "Type the reason: the audit trail keeps it.") }

    func saved(_ change: AccountEffect) -> String {
        switch change {
        case .logCall(let draft): return pick("Guardado: \(outcome(draft.outcome)).", "Saved: \(outcome(draft.outcome)).")
        case .setDisputed(let invoices, let disputed, _):
            let list = invoices.joined(separator: ", ")
            return disputed ? pick("\(list): disputada.", "\(list): disputed.") : pick("\(list): sin disputa.", "\(list): no longer disputed.")
        case .setDoNotCall(let flag, _): return flag ? pick("Marcado: no llamar.", "Marked: do not call.") : pick("Se puede volver a llamar.", "Calls allowed again.")
        case .setStatus(let status, _): return pick("Estado: \(statusName(status)).", "Status: \(statusName(status)).")
        case .setDebtorType(let type): return pick("Tipo de deudor: \(debtorTypeName(type)).", "Debtor type: \(debtorTypeName(type)).")
        case .load, .back, .takeNext, .planAgreement: return ""
        }
    }
    var offerNext: String { pick("n: siguiente cuenta · Esc: volver a la cola", "n: next account · Esc: back to the queue") }

    // The particulars

    var debtorType: String { pick("Deudor", "Debtor") }
    func localTime(_ time: String, zone: String) -> String { pick("Hora local \(time) (\(zone))", "Local time \(time) (\(zone))") }
    func insideHours(_ hours: String) -> String { pick("dentro del horario de llamadas \(hours)", "inside calling hours \(hours)") }
    func outsideHours(_ hours: String) -> String { pick("FUERA del horario de llamadas \(hours)", "OUTSIDE calling hours \(hours)") }
    var contacts: String { pick("Contactos", "Contacts") }
    func claimedBy(_ user: String, until: String) -> String { pick("en manos de \(user) hasta las \(until)", "held by \(user) until \(until)") }
    func paneTitle(_ pane: AccountPane) -> String {
        switch pane {
        case .contactLog: return pick("Contactos", "Contact log")
        case .payments: return pick("Pagos", "Payments")
        case .promises: return pick("Promesas y acuerdos", "Promises and agreements")
        }
    }
    var noContacts: String { pick("Aún no hay contactos.", "No contacts yet.") }
    var noPayments: String { pick("No hay pagos.", "No payments.") }
    var noPromises: String { pick("No hay promesas ni acuerdos.", "No promises or agreements.") }
    var paymentColumns: [String] {
        pick("Fecha|Importe|Forma|Referencia|Factura", "Date|Amount|Method|Reference|Invoice").split(separator: "|").map(String.init)
    }
    func method(_ method: PaymentMethod?) -> String {
        switch method {
        case .cash?: return pick("efectivo", "cash")
        case .transfer?: return pick("transferencia", "transfer")
        case .card?: return pick("tarjeta", "card")
        case .cheque?: return pick("cheque", "cheque")
        case .directDebit?: return pick("domiciliación", "direct debit")
        case .other?: return pick("otra", "other")
        case nil: return ""
        }
    }
    var promiseColumns: [String] {
        pick("Qué|Fecha|Importe|Estado|Detalle", "What|Date|Amount|Status|Details").split(separator: "|").map(String.init)
    }
    var promise: String { pick("Promesa", "Promise") }
    var agreement: String { pick("Acuerdo", "Agreement") }
    func promiseStatus(_ status: PromiseStatus) -> String {
        switch status {
        case .pending: return pick("pendiente", "pending")
        case .kept: return pick("cumplida", "kept")
        case .broken: return pick("incumplida", "broken")
        }
    }
    func promiseDetail(made: String, paid: String, missing: String) -> String {
        pick("hecha el \(made); pagado \(paid), falta \(missing)", "made \(made); paid \(paid), missing \(missing)")
    }
    func agreementStatus(_ status: AgreementStatus) -> String {
        switch status {
        case .draft: return pick("borrador", "draft")
        case .active: return pick("activo", "active")
        case .completed: return pick("cumplido", "completed")
        case .broken: return pick("incumplido", "broken")
        case .cancelled: return pick("anulado", "cancelled")
        }
    }
    func agreementDetail(installments: Int, frequency: InstallmentFrequency, down: String) -> String {
        let every: String
        switch frequency {
        case .weekly: every = pick("semanales", "weekly")
        case .biweekly: every = pick("quincenales", "biweekly")
        case .monthly: every = pick("mensuales", "monthly")
        }
        return pick("\(installments) plazos \(every), entrada \(down)", "\(installments) \(every) installments, down payment \(down)")
    }
    func agreementBroken(_ unpaid: String, due: String) -> String {
        pick("Acuerdo incumplido: la cuota del \(due) sigue sin pagar (\(unpaid))", "Broken agreement: the installment due \(due) is unpaid (\(unpaid))")
    }
    func agreementNext(_ amount: String, due: String, late: String?) -> String {
        let lateText = late.map { pick("; atrasado \($0)", "; late \($0)") } ?? ""
        return pick("Acuerdo de pago: próxima cuota \(amount) el \(due)\(lateText)", "Payment agreement: next installment \(amount) due \(due)\(lateText)")
    }
    func nextInstallment(_ amount: String, due: String) -> String { pick("próxima \(amount) el \(due)", "next \(amount) due \(due)") }
    func lateAmount(_ amount: String) -> String { pick("atrasado \(amount)", "late \(amount)") }
    func callbackDue(_ when: String) -> String { pick("Pidió que le llamen: \(when)", "Asked to be called back: \(when)") }
    func promiseDueToday(_ amount: String) -> String { pick("Promesa de \(amount) vence hoy", "Promise of \(amount) falls due today") }
    func promiseBroken(_ amount: String, date: String) -> String { pick("Promesa incumplida: \(amount) para el \(date)", "Broken promise: \(amount) by \(date)") }
}
