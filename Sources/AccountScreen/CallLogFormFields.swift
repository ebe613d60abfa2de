import CobroDomain
import CobroTerminal
import Foundation

/// The fields of the call-log form's second step. Each outcome shows only those it needs.
public enum CallLogField: Hashable, Sendable {
    case amount, currency, promiseDate
    case callbackTime
    case invoices, reason
    case debtorType
    case contactPerson
    case note

    /// Fields typed into; the others are pickers (cycled) or the invoice checklist.
    var isText: Bool {
        switch self {
        case .amount, .promiseDate, .callbackTime, .reason, .note: return true
        case .currency, .invoices, .debtorType, .contactPerson: return false
        }
    }
}

extension CallLogForm {
    /// The fields `outcome` asks for, top to bottom, which is also the Tab order. Who the clerk
    /// spoke with only matters when someone answered.
    func fields(for outcome: ContactOutcome) -> [CallLogField] {
        let person: [CallLogField] = contactPeople.isEmpty ? [] : [.contactPerson]
        switch outcome {
        case .noAnswer, .voicemail, .wrongNumber: return [.note]
        case .promise: return [.amount, .currency, .promiseDate] + person + [.note]
        case .callback: return [.callbackTime] + person + [.note]
        case .dispute: return [.invoices, .reason] + person + [.note]
        case .rightParty, .refused, .paid, .other: return [.debtorType] + person + [.note]
        }
    }

    /// Where the cursor starts: the field the clerk most likely fills. After a plain
    /// conversation that is the note, the debtor type being optional.
    func initialFocus(for outcome: ContactOutcome) -> CallLogField {
        switch outcome {
        case .promise: return .amount
        case .callback: return .callbackTime
        case .dispute: return .invoices
        case .noAnswer, .voicemail, .wrongNumber, .rightParty, .refused, .paid, .other: return .note
        }
    }

    var currentFields: [CallLogField] { outcome.map(fields(for:)) ?? [] }

    func textField(_ field: CallLogField) -> WritableKeyPath<CallLogForm, ValidatedField>? {
        switch field {
        case .amount: return \.amount
        case .promiseDate: return \.promiseDate
        case .callbackTime: return \.callbackTime
        case .reason: return \.reason
        case .note: return \.note
        case .currency, .invoices, .debtorType, .contactPerson: return nil
        }
    }

    /// The currency the promise is in; nil only when the account owes in none.
    var promiseCurrency: Currency? { currencies.indices.contains(currencyIndex) ? currencies[currencyIndex] : nil }

    /// What the debtor-type picker cycles through. Once a type is known it can be changed but
    /// not cleared: "nil" in the draft means "unchanged".
    var debtorTypeChoices: [DebtorType?] {
        (currentDebtorType == nil ? [nil] : []) + DebtorType.allCases.map { $0 }
    }

    /// How many values a picker has.
    func choiceCount(_ field: CallLogField) -> Int {
        switch field {
        case .currency: return currencies.count
        case .debtorType: return debtorTypeChoices.count
        case .contactPerson: return contactPeople.count + 1
        default: return 0
        }
    }

    /// Moves a picker one value on (`step` 1) or back (-1), wrapping.
    mutating func cycle(_ field: CallLogField, by step: Int) {
        let count = choiceCount(field)
        guard count > 1 else { return }
        func next(_ index: Int) -> Int { ((index + step) % count + count) % count }
        switch field {
        case .currency:
            let wasSuggested = suggested.contains(.amount)
            currencyIndex = next(currencyIndex)
            // A suggested amount follows the currency; one the clerk typed is theirs to keep.
            if wasSuggested { amount.text = suggestedAmountText(promiseCurrency) }
        case .debtorType:
            let choices = debtorTypeChoices
            debtorType = choices[next(choices.firstIndex(of: debtorType) ?? 0)]
        case .contactPerson:
            // Index 0 is "nobody in particular", then the people in the order given.
            let position = next((personIndex ?? -1) + 1)
            personIndex = position == 0 ? nil : position - 1
        default:
            break
        }
    }

    /// The amount offered for a promise in `currency`: what is overdue there, else what is
    /// open, written as the clerk would type it (no grouping, the language's decimal mark).
    func suggestedAmountText(_ currency: Currency?) -> String {
        guard let currency else { return "" }
        let owed = overdue.first { $0.currency == currency }?.amount
            ?? openInvoices.filter { $0.open.currency == currency }.reduce(Money.zero(currency)) { $0 + $1.open }
        guard owed.minorUnits > 0 else { return "" }
        return language == .es ? owed.decimalString.replacingOccurrences(of: ".", with: ",") : owed.decimalString
    }
}
