import CobroDomain
import CobroTerminal

/// One change the clerk made to a single installment. The builder keeps them in order and
/// replays them on every schedule the terms make, so changing a term keeps the edits that
/// still fit.
enum InstallmentEdit: Hashable, Sendable {
    case amount(Money, installment: Int)
    case dueDate(CivilDate, installment: Int)

    func applied(to plan: PaymentAgreement) throws(AgreementEditError) -> PaymentAgreement {
        switch self {
        case .amount(let amount, let number): return try plan.settingAmount(amount, ofInstallment: number)
        case .dueDate(let date, let number): return try plan.settingDueDate(date, ofInstallment: number)
        }
    }
}

/// The editable columns of the schedule.
public enum ScheduleColumn: Hashable, Sendable {
    case dueDate, amount
}

/// A schedule cell being edited in place: the typed text stays until it is applied or the clerk
/// gives up with Esc, and a refused edit keeps it with the reason.
struct CellEditor: Sendable {
    let installment: Int
    let column: ScheduleColumn
    var field: ValidatedField
    var error: String?
    /// The cell's value shows until the first character typed replaces it.
    var showsCurrentValue = true

    init(installment: Int, column: ScheduleColumn, text: String) {
        self.installment = installment
        self.column = column
        field = column == .amount ? ValidatedField.amount(text: text, validate: { _ in nil })
            : ValidatedField.date(text: text, validate: { _ in nil })
    }

    /// A key for the text. Typing over the current value replaces it.
    mutating func type(_ key: Key) {
        var edited = field
        if showsCurrentValue, case .character = key { edited.text = "" }
        switch edited.handle(key) {
        case .textChanged, .handled:
            field = edited
            showsCurrentValue = false
            error = nil
        case .refused, .ignored:
            break
        }
    }
}
