import CobroDomain

/// The plan builder's words in Spanish and English.
struct PlanStrings {
    let language: Language
    init(_ language: Language) { self.language = language }

    private func pick(_ es: String, _ en: String) -> String { language == .es ? es : en }

    func title(_ customer: PlanCustomer) -> String { pick("Nuevo acuerdo", "New agreement") + " · \(customer.code) \(customer.name)" }
    func owes(_ amounts: [String]) -> String {
        amounts.isEmpty ? pick("no debe nada", "owes nothing") : pick("debe ", "owes ") + amounts.joined(separator: ", ")
    }

    func label(_ field: PlanField) -> String {
        switch field {
        case .downPayment: return pick("Entrada", "Down payment")
        case .installments: return pick("Plazos", "Installments")
        case .frequency: return pick("Frecuencia", "Frequency")
        case .firstDate: return pick("Primer plazo", "First due")
        case .currency: return pick("Moneda", "Currency")
        case .amount: return pick("Deuda", "Debt")
        case .discount: return pick("Descuento", "Discount")
        case .fee: return pick("Recargo", "Fee")
        case .schedule: return pick("Calendario", "Schedule")
        }
    }

    // MARK: Problems

    var nothingOwed: String { pick("el cliente no debe nada a día de hoy", "the customer owes nothing as of today") }
    var dateEmpty: String { pick("escriba una fecha (AAAA-MM-DD)", "type a date (YYYY-MM-DD)") }
    var dateInvalid: String { pick("no es una fecha (AAAA-MM-DD)", "not a date (YYYY-MM-DD)") }
    func amountProblem(_ error: AmountError, currency: Currency) -> String {
        switch error {
        case .empty: return pick("escriba un importe", "type an amount")
        case .notANumber: return pick("no es un importe (escriba 1234,56)", "not an amount (type 1234.56)")
        case .tooManyDecimals:
            return currency.minorUnitDigits == 0 ? pick("\(currency.code) no lleva decimales", "\(currency.code) takes no decimals")
                : pick("\(currency.code) lleva como mucho \(currency.minorUnitDigits) decimales",
                       "\(currency.code) takes at most \(currency.minorUnitDigits) decimals")
        case .misplacedGroupSeparator: return pick("separe los miles así: 1.234,56, o no los separe", "write 1234.56, without thousands separators")
        case .outOfRange: return pick("importe demasiado grande", "amount too large")
        }
    }
    func editsUndone(_ count: Int) -> String {
        count == 1 ? pick("Un cambio de plazo ya no encaja con los nuevos términos y se ha deshecho.",
                          "One installment change no longer fits the new terms and was undone.")
            : pick("\(count) cambios de plazos ya no encajan con los nuevos términos y se han deshecho.",
                   "\(count) installment changes no longer fit the new terms and were undone.")
    }
    var fixTermsFirst: String { pick("corrija primero lo marcado en rojo", "fix what is marked in red first") }
    var onlyOneCurrency: String { pick("el cliente solo debe en una moneda", "the customer owes in one currency only") }

    // MARK: Schedule

    var columnNumber: String { pick("Nº", "No.") }
    var columnDue: String { pick("Vence", "Due") }
    func columnAmount(_ currency: Currency) -> String { pick("Importe", "Amount") + " " + currency.code }
    var columnRunning: String { pick("Acumulado", "Running total") }
    var noSchedule: String { pick("Sin calendario hasta que los términos estén bien.", "No schedule until the terms are right.") }
    func footer(total: String, payable: String, difference: String) -> String {
        pick("Total \(total)   A pagar \(payable)   Diferencia \(difference)",
             "Total \(total)   Payable \(payable)   Difference \(difference)")
    }
    func debtLessDiscountPlusFee(debt: String, discount: String, fee: String) -> String {
        pick("(deuda \(debt) − descuento \(discount) + recargo \(fee))", "(debt \(debt) − discount \(discount) + fee \(fee))")
    }
    var dueToday: String { pick("vence hoy", "due today") }

    // MARK: Keys

    var field: String { pick("Campo", "Field") }
    var fieldHelp: String { pick("Pasar al campo siguiente (Mayús-Tab: al anterior)", "Move to the next field (Shift-Tab: the previous one)") }
    var arrowsFieldHelp: String { pick("Enter y ↓: campo siguiente; ↑: anterior", "Enter and ↓: next field; ↑: previous") }
    var change: String { pick("Cambiar", "Change") }
    var changeHelp: String { pick("Otro valor (→ y Espacio siguiente, ← anterior)", "Another value (→ and Space next, ← previous)") }
    var edit: String { pick("Editar", "Edit") }
    var editHelp: String {
        pick("Editar la celda: el importe reparte la diferencia entre los plazos siguientes; también se puede escribir encima",
             "Edit the cell: an amount spreads the difference over the later installments; typing over it works too")
    }
    var column: String { pick("Columna", "Column") }
    var columnHelp: String { pick("Fecha o importe", "Date or amount") }
    var row: String { pick("Plazo", "Installment") }
    var rowHelp: String { pick("Moverse por los plazos", "Move through the installments") }
    var apply: String { pick("Aplicar", "Apply") }
    var applyHelp: String { pick("Aplicar el cambio si el plan sigue cuadrando", "Apply the change if the plan still adds up") }
    var cancelEdit: String { pick("Deshacer", "Undo") }
    var cancelEditHelp: String { pick("Dejar la celda como estaba", "Leave the cell as it was") }
    var saveDraft: String { pick("Borrador", "Draft") }
    var saveDraftHelp: String { pick("Guardar el acuerdo como borrador", "Save the agreement as a draft") }
    var activate: String { pick("Activar", "Activate") }
    var activateHelp: String { pick("Guardar el acuerdo y activarlo: el cliente sale de la cola mientras cumpla",
                                    "Save the agreement as active: the customer leaves the queue while it is kept") }
    var back: String { pick("Volver", "Back") }
    var backHelp: String { pick("Volver a la lista de acuerdos (pregunta si se perdería algo)", "Back to the agreements (asks first if anything would be lost)") }

    var discardTitle: String { pick("Descartar", "Discard") }
    var discardQuestion: String { pick("¿Descartar este acuerdo sin guardarlo?", "Discard this agreement without saving it?") }
    var yes: String { pick("Sí", "Yes") }
    var yesShortcut: Character { language == .es ? "s" : "y" }
    var no: String { pick("No", "No") }
}
