import CobroDomain
import CobroTerminal
import Foundation

/// The form the clerk logs a contact with when the call ends. Step one: one key picks the
/// outcome (channel and direction can be changed there too). Step two: only the fields that
/// outcome needs, filled with sensible suggestions, so most calls are logged in two keys.
/// Nothing typed is lost: Esc goes back to the outcome with every field kept, errors never
/// clear a field, and leaving with input asks first.
public struct CallLogForm: Sendable {
    public enum Step: Sendable { case outcome, details }

    let language: Language
    let now: Date
    let timeZone: TimeZone
    let today: CivilDate
    let overdue: [OverdueAmount]
    let openInvoices: [OpenInvoice]
    let contactPeople: [String]
    let currentDebtorType: DebtorType?
    /// What a promise can be in: the currencies overdue or open, by code.
    let currencies: [Currency]

    public internal(set) var step = Step.outcome
    public internal(set) var channel = ContactChannel.call
    public internal(set) var direction = ContactDirection.outbound
    /// The outcome last picked; it stays picked when Esc goes back to the list.
    public internal(set) var outcome: ContactOutcome?
    public internal(set) var focus = CallLogField.note

    var amount: ValidatedField
    var currencyIndex: Int
    var promiseDate: ValidatedField
    var callbackTime: ValidatedField
    var disputed: Set<String>
    var invoiceCursor = 0
    var reason = ValidatedField(maxLength: 200)
    var debtorType: DebtorType?
    /// Into `contactPeople`; nil is nobody in particular.
    var personIndex: Int?
    var note = ValidatedField(maxLength: 500)
    /// Fields showing a suggestion: the first character typed replaces it rather than
    /// appending to it, as a selected default would.
    var suggested: Set<CallLogField> = [.amount, .promiseDate, .callbackTime]
    /// Fields whose errors show: those the clerk has left, and every one after trying to save.
    var checked: Set<CallLogField> = []
    var discardDialog: ConfirmDialog<Bool>?
    private var initialInput: Input = Input()

    /// - Parameters:
    ///   - now, timeZone: the desk's clock; callback times are read and shown on it.
    ///   - today: the desk's date; promises cannot be before it.
    ///   - overdue: per currency; the suggested promise is the oldest debt's currency and amount.
    ///   - openInvoices: what a dispute can name, in the account's order.
    ///   - contactPeople: who the clerk may have spoken with; none hides the field.
    ///   - currentDebtorType: why the customer has not paid, as known before the call.
    public init(language: Language, now: Date, timeZone: TimeZone, today: CivilDate, overdue: [OverdueAmount],
                openInvoices: [OpenInvoice], contactPeople: [String], currentDebtorType: DebtorType?) {
        self.language = language
        self.now = now
        self.timeZone = timeZone
        self.today = today
        self.overdue = overdue
        self.openInvoices = openInvoices
        self.contactPeople = contactPeople
        self.currentDebtorType = currentDebtorType
        let currencies = Set(overdue.map(\.currency) + openInvoices.map(\.open.currency)).sorted()
        self.currencies = currencies
        // The oldest debt is the one a promise should settle first. Amounts in different
        // currencies cannot be compared without rates, but ages can.
        let oldest = overdue.sorted { $0.currency < $1.currency }.max { $0.oldestDays < $1.oldestDays }
        currencyIndex = oldest.flatMap { currencies.firstIndex(of: $0.currency) } ?? 0
        amount = ValidatedField.amount(validate: { _ in nil })
        promiseDate = ValidatedField.date(text: today.adding(days: 7).iso, validate: { _ in nil })
        let text = CallLogStrings(language)
        callbackTime = ValidatedField(text: CallLogCallbackTime.text(CallLogCallbackTime.suggestion(now: now), timeZone: timeZone),
                                      placeholder: text.timePlaceholder, maxLength: 16,
                                      accepts: { $0.isASCII && ($0.isNumber || "-: +mhdMHD".contains($0)) })
        // A lone open invoice is the one disputed; with several, the clerk must say which.
        disputed = openInvoices.count == 1 ? [openInvoices[0].number] : []
        debtorType = currentDebtorType
        amount.text = suggestedAmountText(promiseCurrency)
        initialInput = input
    }

    public mutating func handle(_ key: Key) -> CallLogFormResponse {
        if var dialog = discardDialog {
            switch dialog.handle(key) {
            case .chosen(true)?: return .cancelled
            case .chosen(false)?, .cancelled?: discardDialog = nil
            case nil: discardDialog = dialog
            }
            return .editing
        }
        let lookup = step == .outcome ? Self.lowercased(key) : key
        if let command: CallLogCommand = commands.action(for: lookup) { return perform(command, key: lookup) }
        if step == .details { type(key) }
        return .editing
    }

    /// What the legend and the help overlay show for the current step and field.
    public var keymap: [KeyBinding<String>] {
        commands.map { KeyBinding($0.keys, title: $0.title, help: $0.help, showsInLegend: $0.showsInLegend,
                                  disabledReason: $0.disabledReason, action: $0.action.name) }
    }

    /// True on the second step: its fields take letters and Tab, so the desk's own keys must
    /// wait until the form closes.
    public var isEditingText: Bool { step == .details || discardDialog != nil }

    /// Whether closing now would lose something the clerk entered.
    public var hasUnsavedInput: Bool { input != initialInput }

    // MARK: Keys

    private static func lowercased(_ key: Key) -> Key {
        guard case .character(let character) = key, character.isUppercase, let lower = character.lowercased().first else { return key }
        return .character(lower)
    }

    private mutating func perform(_ command: CallLogCommand, key: Key) -> CallLogFormResponse {
        switch command {
        case .pick(let picked):
            if picked != outcome { checked = [] }
            outcome = picked
            step = .details
            focus = initialFocus(for: picked)
        case .cycleChannel:
            let all = ContactChannel.allCases
            let index = all.firstIndex(of: channel) ?? 0
            channel = all[(index + (key == .left ? all.count - 1 : 1)) % all.count]
        case .toggleDirection:
            direction = direction == .outbound ? .inbound : .outbound
        case .cancel:
            guard hasUnsavedInput else { return .cancelled }
            let text = CallLogStrings(language)
            discardDialog = .yesNo(title: text.discardTitle, message: text.discardQuestion, yes: text.yes, no: text.no)
        case .moveFocus:
            moveFocus(by: key == .backTab || key == .up ? -1 : 1)
        case .save:
            return save()
        case .back:
            step = .outcome
        case .cycle:
            cycle(focus, by: key == .left ? -1 : 1)
        case .tickInvoice:
            guard openInvoices.indices.contains(invoiceCursor) else { break }
            let number = openInvoices[invoiceCursor].number
            if disputed.remove(number) == nil { disputed.insert(number) }
        case .moveInvoice:
            invoiceCursor = min(max(0, invoiceCursor + (key == .up ? -1 : 1)), max(0, openInvoices.count - 1))
        }
        return .editing
    }

    private mutating func moveFocus(by step: Int) {
        let fields = currentFields
        guard let index = fields.firstIndex(of: focus), !fields.isEmpty else { return }
        checked.insert(focus)
        focus = fields[(index + step + fields.count) % fields.count]
    }

    private mutating func save() -> CallLogFormResponse {
        if let draft { return .submitted(draft) }
        let fields = currentFields
        checked.formUnion(fields)
        if let bad = fields.first(where: { problem($0) != nil }) { focus = bad }
        return .editing
    }

    /// A key for the focused text field. Typing over a suggestion replaces it; a refused key
    /// (a letter in an amount) changes nothing, suggestion included.
    private mutating func type(_ key: Key) {
        guard let path = textField(focus) else { return }
        var field = self[keyPath: path]
        if suggested.contains(focus), case .character = key { field.text = "" }
        switch field.handle(key) {
        case .textChanged, .handled:
            self[keyPath: path] = field
            suggested.remove(focus)
        case .refused, .ignored:
            break
        }
    }

    // MARK: Unsaved input

    /// Everything the clerk can change, to compare with how the form opened.
    private struct Input: Equatable {
        var channel = ContactChannel.call
        var direction = ContactDirection.outbound
        var texts: [String] = []
        var currencyIndex = 0
        var disputed: Set<String> = []
        var debtorType: DebtorType?
        var personIndex: Int?
    }

    private var input: Input {
        Input(channel: channel, direction: direction,
              texts: [amount.text, promiseDate.text, callbackTime.text, reason.text, note.text],
              currencyIndex: currencyIndex, disputed: disputed, debtorType: debtorType, personIndex: personIndex)
    }
}
