import CobroDomain

/// The list's and the opened agreement's words in Spanish and English.
struct AgreementsStrings {
    let language: Language
    init(_ language: Language) { self.language = language }

    private func pick(_ es: String, _ en: String) -> String { language == .es ? es : en }

    // MARK: List

    var title: String { pick("Acuerdos de pago", "Payment agreements") }
    var loading: String { pick("Cargando los acuerdos…", "Loading the agreements…") }
    var noAgreements: String { pick("No hay acuerdos. Pulse n para preparar uno.", "No agreements yet. Press n to build one.") }
    func noneWithStatus(_ status: AgreementStatus) -> String {
        pick("Ningún acuerdo \(AgreementWords.status(status, in: language)).", "No \(AgreementWords.status(status, in: language)) agreements.")
    }
    func shown(_ shown: Int, of total: Int) -> String {
        let noun = total == 1 ? pick("acuerdo", "agreement") : pick("acuerdos", "agreements")
        return shown == total ? "\(total) \(noun)" : pick("\(shown) de \(total) \(noun)", "\(shown) of \(total) \(noun)")
    }
    func filterTitle(_ status: AgreementStatus?) -> String {
        pick("Estado: ", "Status: ") + (status.map { AgreementWords.status($0, in: language) } ?? pick("todos", "all"))
    }
    var columns: [String] {
        pick("Nº|Cliente|Estado|A pagar|Próximo plazo|Importe|Atrasado", "No.|Customer|Status|Payable|Next due|Amount|Late")
            .split(separator: "|").map(String.init)
    }

    // MARK: Opened agreement

    func detailTitle(_ id: Int64, code: String, name: String) -> String { pick("Acuerdo", "Agreement") + " #\(id) · \(code) \(name)" }
    func terms(debt: String, installments: Int, frequency: InstallmentFrequency, since: String) -> String {
        let frequencyName = AgreementWords.frequency(frequency, in: language)
        return pick("Deuda \(debt) en \(installments) plazos (\(frequencyName)) · acordado el \(since)",
                    "Debt \(debt) in \(installments) installments (\(frequencyName)) · agreed \(since)")
    }
    func adjustments(down: String, discount: String, fee: String, payable: String) -> String {
        pick("Entrada \(down) · descuento \(discount) · recargo \(fee) · a pagar \(payable)",
             "Down payment \(down) · discount \(discount) · fee \(fee) · payable \(payable)")
    }
    func nextDue(_ item: InstallmentProgress) -> String {
        let what = item.isDownPayment ? pick("la entrada", "the down payment") : pick("el plazo \(item.number)", "installment \(item.number)")
        return pick("Próximo: \(what), \(item.dueDate.formatted(in: language)), \(item.unpaid.formatted(in: language))",
                    "Next: \(what), \(item.dueDate.formatted(in: language)), \(item.unpaid.formatted(in: language))")
    }
    func late(_ amount: String) -> String { pick("Atrasado \(amount)", "Late \(amount)") }
    var nothingLate: String { pick("Nada atrasado", "Nothing late") }
    var downPaymentRow: String { pick("entrada", "down") }
    var detailColumns: [String] {
        pick("Nº|Vence|Importe|Pagado|Estado|Pagado el", "No.|Due|Amount|Paid|Status|Paid on").split(separator: "|").map(String.init)
    }
    var notFollowed: String {
        pick("Este acuerdo no se sigue: los pagos no cuentan para él.", "This agreement is not followed: payments do not count toward it.")
    }

    // MARK: Changes

    func saved(_ id: Int64, status: AgreementStatus) -> String {
        status == .active ? pick("Acuerdo #\(id) activado.", "Agreement #\(id) activated.")
            : pick("Acuerdo #\(id) guardado como borrador.", "Agreement #\(id) saved as a draft.")
    }
    func cancelled(_ id: Int64) -> String { pick("Acuerdo #\(id) cancelado.", "Agreement #\(id) cancelled.") }
    func cancelTitle(_ id: Int64) -> String { pick("Cancelar el acuerdo #\(id)", "Cancel agreement #\(id)") }
    var cancelQuestion: String { pick("¿Por qué se cancela? (queda en el historial)", "Why is it cancelled? (kept in the audit trail)") }
    var reasonEmpty: String { pick("Escriba el motivo.", "Type the reason.") }
    /// Why `summary` cannot be cancelled; nil when it can.
    func cannotCancel(_ summary: AgreementSummary) -> String? {
        guard !summary.canBeCancelled else { return nil }
        return pick("el acuerdo #\(summary.id) ya está \(AgreementWords.status(summary.status, in: language))",
                    "agreement #\(summary.id) is already \(AgreementWords.status(summary.status, in: language))")
    }
    var noAgreementSelected: String { pick("no hay ningún acuerdo en la lista", "there is no agreement in the list") }

    // MARK: Keys

    var move: String { pick("Mover", "Move") }
    var moveHelp: String { pick("Mover la selección", "Move the selection") }
    var scroll: String { pick("Desplazar", "Scroll") }
    var scrollHelp: String { pick("j/k, página arriba/abajo, inicio/fin", "j/k, page up/down, first/last") }
    var open: String { pick("Abrir", "Open") }
    var openHelp: String { pick("Ver el calendario del acuerdo con lo pagado", "Show the agreement's schedule with what was paid") }
    var filterHelp: String { pick("Filtrar por estado (s siguiente, S anterior)", "Filter by status (s next, S previous)") }
    var newPlan: String { pick("Nuevo", "New") }
    var newPlanHelp: String { pick("Preparar un acuerdo: elegir el cliente", "Build an agreement: choose the customer") }
    var cancelKey: String { pick("Cancelar", "Cancel") }
    var cancelHelp: String { pick("Cancelar el acuerdo, con el motivo", "Cancel the agreement, with the reason") }
    var reload: String { pick("Recargar", "Reload") }
    var reloadHelp: String { pick("Volver a leer los acuerdos", "Read the agreements again") }
    var back: String { pick("Volver", "Back") }
    var backHelp: String { pick("Volver a la lista", "Back to the list") }
    var confirm: String { pick("Confirmar", "Confirm") }
    var confirmHelp: String { pick("Cancelar el acuerdo con este motivo", "Cancel the agreement with this reason") }
    var keep: String { pick("No cancelar", "Keep it") }
    var keepHelp: String { pick("Cerrar sin cancelar el acuerdo", "Close without cancelling the agreement") }
}
