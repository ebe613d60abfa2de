import CobroDomain
import CobroTerminal

/// The parts of the plan builder the focus moves between with Tab and Shift-Tab: the terms,
/// then the schedule they make.
public enum PlanField: CaseIterable, Hashable, Sendable {
    case downPayment, installments, frequency, firstDate
    case currency, amount, discount, fee
    case schedule

    // `allCases` is the Tab order, which is also the drawing order: the left column, then the
    // right, then the schedule.
    static let leftColumn: [PlanField] = [.downPayment, .installments, .frequency, .firstDate]
    static let rightColumn: [PlanField] = [.currency, .amount, .discount, .fee]
}

extension PlanBuilder {
    func textField(_ field: PlanField) -> WritableKeyPath<PlanBuilder, ValidatedField>? {
        switch field {
        case .downPayment: return \.downPayment
        case .installments: return \.installmentCount
        case .firstDate: return \.firstDate
        case .amount: return \.amount
        case .discount: return \.discount
        case .fee: return \.fee
        case .frequency, .currency, .schedule: return nil
        }
    }

    /// The currency the plan is in; nil when the customer owes nothing.
    var currency: Currency? { currencies.indices.contains(currencyIndex) ? currencies[currencyIndex] : nil }

    /// Moves a picker one value on (`step` 1) or back (-1), wrapping.
    mutating func cycle(_ field: PlanField, by step: Int) {
        switch field {
        case .frequency:
            let all = InstallmentFrequency.allCases
            frequency = all[((all.firstIndex(of: frequency) ?? 0) + step + all.count) % all.count]
        case .currency:
            guard currencies.count > 1 else { return }
            currencyIndex = (currencyIndex + step + currencies.count) % currencies.count
            // A suggested amount follows the currency; one the clerk typed is theirs to keep.
            if suggested.contains(.amount) { amount.text = balanceText(currency) }
        default:
            return
        }
        recompute()
    }

    /// The balance owed in `currency` as the clerk would type it: no grouping, the language's
    /// decimal mark.
    func balanceText(_ currency: Currency?) -> String {
        guard let currency, let balance = customer.balance(in: currency) else { return "" }
        return typed(balance)
    }

    /// `amount` as typed in this language: `1234,56` in Spanish, `1234.56` in English.
    func typed(_ amount: Money) -> String {
        language == .es ? amount.decimalString.replacingOccurrences(of: ".", with: ",") : amount.decimalString
    }
}
