import CobroDomain
import CobroTerminal

/// The plan builder: the clerk types the terms with the customer on the phone and the schedule
/// is recomputed on every key; single installments can then be edited in the table. Nothing
/// typed is lost: a term that does not parse or does not make a schedule says why beside the
/// form and keeps its text, a refused cell edit keeps its text, and leaving with input asks first.
public struct PlanBuilder: Sendable {
    public let language: Language
    public let today: CivilDate
    /// Who is building: activation follows `AgreementApproval` for this role.
    public let role: Role
    /// Plans longer than this many months need an owner to activate them.
    public let monthLimit: Int
    public let customer: PlanCustomer
    /// What the plan can be in: the currencies owed, by code.
    let currencies: [Currency]

    public internal(set) var focus = PlanField.downPayment
    var currencyIndex = 0
    public internal(set) var frequency = InstallmentFrequency.monthly
    var downPayment = ValidatedField.amount(placeholder: "0", validate: { _ in nil })
    var installmentCount = ValidatedField(maxLength: 4, accepts: { $0.isASCII && $0.isWholeNumber })
    var firstDate: ValidatedField
    var amount = ValidatedField.amount(validate: { _ in nil })
    var discount = ValidatedField.amount(placeholder: "0", validate: { _ in nil })
    var fee = ValidatedField.amount(placeholder: "0", validate: { _ in nil })
    /// Fields showing a suggestion: the first character typed replaces it, as it would a
    /// selected default.
    var suggested: Set<PlanField> = [.amount, .installments, .firstDate]
    /// Edits of single installments, in the order made, replayed on every new schedule.
    var edits: [InstallmentEdit] = []

    /// The plan the terms and the edits make now; nil while a term has a problem.
    public internal(set) var plan: PaymentAgreement?
    /// What is wrong with each term now, in the builder's language.
    public internal(set) var problems: [PlanField: String] = [:]
    /// The installment under the cursor (a row of `plan.installments`).
    public internal(set) var schedule = TableState()
    public internal(set) var scheduleColumn = ScheduleColumn.amount
    /// Installments the schedule shows at once (for PgUp/PgDn); the desk measures the layout.
    var pageSize = 10
    var cell: CellEditor?
    /// What the last key did that the clerk should read (a refused activation, undone edits).
    var message: BuilderMessage?
    var discardDialog: ConfirmDialog<Bool>?
    private var initialInput = Input()

    /// The first installment is suggested a month from today, in three monthly installments,
    /// covering the balance of the first currency owed.
    public init(customer: PlanCustomer, language: Language, today: CivilDate, role: Role,
                monthLimit: Int = AgreementApproval.defaultMonthLimit) {
        self.customer = customer
        self.language = language
        self.today = today
        self.role = role
        self.monthLimit = monthLimit
        currencies = customer.owedCurrencies
        firstDate = ValidatedField.date(text: today.addingMonths(1).iso, validate: { _ in nil })
        installmentCount.text = "3"
        amount.text = balanceText(currencies.first)
        recompute()
        initialInput = input
    }

    public mutating func handle(_ key: Key) -> PlanBuilderResponse {
        if var dialog = discardDialog {
            switch dialog.handle(key) {
            case .chosen(true)?: return .closed
            case .chosen(false)?, .cancelled?: discardDialog = nil
            case nil: discardDialog = dialog
            }
            return .editing
        }
        message = nil
        let bindings = commands
        if let binding = bindings.first(where: { $0.keys.contains(key) }) {
            // A key that cannot act now says why instead of doing nothing.
            if let reason = binding.disabledReason {
                message = BuilderMessage(text: reason, isError: true)
                return .editing
            }
            return perform(binding.action, key: key)
        }
        if var cell {
            cell.type(key)
            self.cell = cell
        } else if focus == .schedule {
            startEditing(with: key)
        } else {
            type(key)
        }
        return .editing
    }

    /// Whether leaving now would lose something the clerk entered.
    public var hasUnsavedInput: Bool { input != initialInput || cell?.showsCurrentValue == false }

    /// Why activating the plan needs an owner; nil when this role may activate it.
    public var activationRefusal: String? {
        guard let plan else { return nil }
        let reasons = AgreementApproval.refusals(plan, role: role, monthLimit: monthLimit)
        return reasons.isEmpty ? nil : AgreementApproval.refusalMessage(reasons, in: language)
    }

    // MARK: Keys

    private mutating func perform(_ command: PlanCommand, key: Key) -> PlanBuilderResponse {
        switch command {
        case .moveFocus:
            let fields = PlanField.allCases
            let step = key == .backTab || key == .up ? fields.count - 1 : 1
            focus = fields[((fields.firstIndex(of: focus) ?? 0) + step) % fields.count]
        case .cycle:
            cycle(focus, by: key == .left ? -1 : 1)
        case .moveRow:
            schedule.handle(key, rowCount: plan?.installments.count ?? 0, pageSize: pageSize)
        case .switchColumn:
            scheduleColumn = scheduleColumn == .amount ? .dueDate : .amount
        case .editCell:
            startEditing(with: nil)
        case .applyCell:
            applyCell()
        case .cancelCell:
            cell = nil
        case .save(let activate):
            guard var plan else { return .editing }
            plan.status = activate ? .active : .draft
            return .save(plan, activate: activate)
        case .back:
            guard hasUnsavedInput else { return .closed }
            let text = PlanStrings(language)
            discardDialog = .yesNo(title: text.discardTitle, message: text.discardQuestion,
                                   yes: DialogButton(text.yes, shortcut: text.yesShortcut), no: DialogButton(text.no, shortcut: "n"))
        }
        return .editing
    }

    /// A key for the focused term. Typing over a suggestion replaces it; a refused key (a letter
    /// in an amount) changes nothing, suggestion included.
    private mutating func type(_ key: Key) {
        guard let path = textField(focus) else { return }
        var field = self[keyPath: path]
        if suggested.contains(focus), case .character = key { field.text = "" }
        switch field.handle(key) {
        case .textChanged:
            self[keyPath: path] = field
            suggested.remove(focus)
            recompute()
        case .handled:
            self[keyPath: path] = field
            suggested.remove(focus)
        case .refused, .ignored:
            break
        }
    }

    // MARK: Unsaved input

    /// Everything the clerk can change, to compare with how the builder opened.
    private struct Input: Equatable {
        var texts: [String] = []
        var currencyIndex = 0
        var frequency = InstallmentFrequency.monthly
        var edits: [InstallmentEdit] = []
    }

    private var input: Input {
        Input(texts: [downPayment.text, installmentCount.text, firstDate.text, amount.text, discount.text, fee.text],
              currencyIndex: currencyIndex, frequency: frequency, edits: edits)
    }
}

/// What the builder did with a key.
public enum PlanBuilderResponse: Equatable, Sendable {
    case editing
    /// The clerk left (after confirming when something would be lost).
    case closed
    /// Store this plan as a draft, or as active; its status is already set to match.
    case save(PaymentAgreement, activate: Bool)
}

struct BuilderMessage: Hashable, Sendable {
    var text: String
    var isError: Bool
}
