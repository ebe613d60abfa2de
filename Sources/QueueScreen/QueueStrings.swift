import CobroDomain

/// The queue screen's words in Spanish and English.
struct QueueStrings {
    let language: Language
    init(_ language: Language) { self.language = language }

    private func pick(_ es: String, _ en: String) -> String { language == .es ? es : en }

    // MARK: States

    var loading: String { pick("Preparando la cola de llamadas…", "Building the queue…") }
    var reloading: String { pick("actualizando…", "reloading…") }
    var loadFailed: String { pick("No se pudo preparar la cola:", "The queue could not be built:") }
    var retryHint: String { pick("Pulse r para intentarlo de nuevo.", "Press r to try again.") }
    var nobodyToCall: String { pick("No hay nadie a quien llamar ahora.", "Nobody to call now.") }
    func laterTodayHint(_ count: Int) -> String {
        count == 1
            ? pick("1 cuenta más tiene una rellamada para más tarde hoy.", "1 more account has a callback due later today.")
            : pick("\(count) cuentas más tienen una rellamada para más tarde hoy.", "\(count) more accounts have a callback due later today.")
    }
    func filtersHide(_ count: Int) -> String {
        count == 1
            ? pick("Los filtros ocultan la única cuenta de la cola.", "The filters hide the only account in the queue.")
            : pick("Los filtros ocultan las \(count) cuentas de la cola.", "The filters hide all \(count) accounts in the queue.")
    }
    var clearFiltersHint: String {
        pick("Esc quita todos los filtros; c, m, t y / cambian cada uno.", "Esc clears every filter; c, m, t and / change each one.")
    }

    // MARK: Header

    func toCallNow(_ shown: Int, of total: Int) -> String {
        let count = shown == total ? "\(total)" : pick("\(shown) de \(total)", "\(shown) of \(total)")
        return total == 1 && shown == total ? pick("1 para llamar ahora", "1 to call now") : pick("\(count) para llamar ahora", "\(count) to call now")
    }
    func laterToday(_ count: Int) -> String { pick("\(count) rellamadas más tarde hoy", "\(count) callbacks later today") }
    func contactedToday(_ count: Int) -> String { pick("\(count) contactadas hoy", "\(count) contacted today") }
    func builtAt(_ time: String) -> String { pick("cola de las \(time)", "queue at \(time)") }
    var noFilters: String { pick("Sin filtros", "No filters") }
    var currencyLabel: String { pick("Moneda", "Currency") }
    var minimumLabel: String { pick("Mínimo", "Minimum") }
    var tierLabel: String { pick("Tipo", "Tier") }
    var searchLabel: String { pick("Buscar", "Search") }
    func minimumPrompt(_ currency: Currency?) -> String {
        currency.map { pick("Importe vencido mínimo (\($0.code)):", "Minimum overdue (\($0.code)):") }
            ?? pick("Importe vencido mínimo:", "Minimum overdue:")
    }
    var minimumPlaceholder: String { pick("p. ej. 500 o 500 EUR", "e.g. 500 or 500 EUR") }
    var searchPlaceholder: String { pick("código o nombre", "code or name") }

    // MARK: Table

    var columns: [String] {
        pick("Tipo|Cliente|Vencido|Días|Contacto|Promesa|Por qué", "Tier|Customer|Overdue|Days|Contacted|Promise|Why")
            .split(separator: "|").map(String.init)
    }
    var never: String { pick("nunca", "never") }

    /// The tier as the table's first column shows it: short, so the row keeps room for the why.
    func tier(_ reason: QueueReason) -> String {
        switch reason {
        case .callback: return pick("Rellamada", "Callback")
        case .brokenPromise: return pick("Incumplida", "Broken")
        case .promiseDue: return pick("Vence hoy", "Due today")
        case .priority: return pick("Prioridad", "Priority")
        }
    }

    /// Where the promise behind the row stands; blank when there is none.
    func promiseStatus(_ why: QueueWhy) -> String {
        switch why {
        case .promiseDue(_, let paid):
            return paid.minorUnits > 0 ? pick("pago parcial", "partly paid") : pick("vence hoy", "due today")
        case .brokenPromise(_, let paid, _):
            return paid.minorUnits > 0 ? pick("incumplida, parcial", "broken, partly paid") : pick("incumplida", "broken")
        case .brokenAgreement:
            return pick("acuerdo incumplido", "agreement broken")
        case .callback, .priority:
            return ""
        }
    }

    // MARK: Keys

    var move: String { pick("Mover", "Move") }
    var moveHelp: String { pick("Mover la selección", "Move the selection") }
    var scrollHelp: String { pick("j/k, página arriba/abajo, inicio/fin", "j/k, page up/down, first/last") }
    var take: String { pick("Tomar", "Take") }
    var takeHelp: String {
        pick("Tomar la cuenta seleccionada (la reserva para usted) y abrirla", "Take the selected account (claims it for you) and open it")
    }
    var next: String { pick("Siguiente", "Next") }
    var nextHelp: String {
        pick("Tomar la siguiente cuenta de la cola (con los filtros) que nadie tenga",
             "Take the next account in the queue (as filtered) that no other clerk holds")
    }
    var search: String { pick("Buscar", "Search") }
    var searchHelp: String {
        pick("Buscar por código o nombre (sin distinguir acentos ni mayúsculas); Enter lo deja, Esc lo quita",
             "Search by code or name (accents and case ignored); Enter keeps it, Esc clears it")
    }
    func currencyTitle(_ currency: Currency?) -> String {
        currency.map { pick("Moneda: \($0.code)", "Currency: \($0.code)") } ?? pick("Moneda: todas", "Currency: all")
    }
    var currencyHelp: String {
        pick("Solo las cuentas que deben en una moneda: todas, luego cada moneda de la cola",
             "Only accounts owing in one currency: all, then each currency in the queue")
    }
    var minimum: String { pick("Mínimo", "Minimum") }
    var minimumHelp: String {
        pick("Solo las cuentas que deben al menos un importe vencido: 500 en la moneda elegida, o 500 EUR para elegirla; vacío lo quita",
             "Only accounts owing at least this much overdue: 500 in the chosen currency, or 500 EUR to choose it; empty clears it")
    }
    func tierTitle(_ tier: QueueReason?) -> String {
        tier.map { pick("Tipo: \(self.tier($0))", "Tier: \(self.tier($0))") } ?? pick("Tipo: todos", "Tier: all")
    }
    var tierHelp: String {
        pick("Solo un tipo: todos, rellamada, promesa incumplida, promesa que vence hoy, prioridad",
             "Only one tier: all, callback, broken promise, promise due today, priority")
    }
    var reload: String { pick("Actualizar", "Reload") }
    var reloadHelp: String { pick("Volver a preparar la cola ahora", "Build the queue again now") }
    var clearFilters: String { pick("Quitar filtros", "Clear filters") }
    var clearFiltersHelp: String { pick("Quitar todos los filtros (moneda, mínimo, tipo, búsqueda)", "Clear every filter (currency, minimum, tier, search)") }

    var nobodyListed: String { pick("no hay ninguna cuenta en la lista", "there is no account in the list") }
    var stillLoading: String { pick("la cola se está preparando", "the queue is being built") }
    var noCurrencies: String { pick("no hay importes vencidos", "nothing is overdue") }
    var noFilter: String { pick("no hay filtros", "there is no filter") }

    // MARK: Minimum amount

    var chooseCurrency: String {
        pick("Indique la moneda (500 EUR) o elíjala con c", "Say the currency (500 EUR) or choose one with c")
    }
    func notACurrency(_ code: String) -> String { pick("«\(code)» no es una moneda", "'\(code)' is not a currency") }
    var notPositive: String { pick("el mínimo debe ser mayor que cero", "the minimum must be more than zero") }

    func amountError(_ error: AmountError) -> String {
        switch error {
        case .empty:
            return pick("falta el importe", "the amount is empty")
        case .notANumber(let text):
            return pick("«\(text)» no es un importe", "'\(text)' is not an amount")
        case .tooManyDecimals(let text, let currency):
            let allowed = currency.minorUnitDigits == 0
                ? pick("sin decimales", "no decimals")
                : pick("como mucho \(currency.minorUnitDigits) decimales", "at most \(currency.minorUnitDigits) decimals")
            return pick("«\(text)» tiene más decimales de los que admite \(currency.code) (\(allowed))",
                        "'\(text)' has more decimals than \(currency.code) allows (\(allowed))")
        case .misplacedGroupSeparator(let text):
            return pick("«\(text)» agrupa mal los miles (escriba 1.234,56 o 1234,56)",
                        "'\(text)' groups its thousands wrongly (write 1234.56)")
        case .outOfRange(let text):
            return pick("«\(text)» es demasiado grande", "'\(text)' is too large")
        }
    }
}
