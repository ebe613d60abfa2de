import CobroDomain
import CobroTerminal
import Foundation

/// The minimum-overdue filter as typed: an amount in the chosen currency (`500`, `1234.56`;
/// `1.234,56` in Spanish), or an amount with its currency code before or after it (`500 EUR`,
/// `EUR 500`), which also chooses the currency. Parsed strictly with the domain's
/// `Money.parse`: more decimals than the currency has, letters in the number or a stray
/// separator are errors, never zero.
enum QueueMinimum {
    enum Parsed: Equatable, Sendable {
        /// Empty text: no minimum.
        case cleared
        case amount(Money)
        case invalid(String)
    }

    /// - Parameters:
    ///   - currency: the currency chosen with `c`, used when the text names none.
    ///   - only: the queue's only currency, used when neither the text nor `c` names one.
    static func parse(_ text: String, currency: Currency?, only: Currency?, language: Language) -> Parsed {
        let words = QueueStrings(language)
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .cleared }
        var number = Substring(trimmed)
        var code = ""
        if let first = number.first, first.isLetter {
            code = String(number.prefix { $0.isLetter })
            number = number.dropFirst(code.count)
        } else if let last = number.last, last.isLetter {
            let letters = number.reversed().prefix { $0.isLetter }
            code = String(letters.reversed())
            number = number.dropLast(code.count)
        }
        let amountText = number.trimmingCharacters(in: .whitespaces)
        let chosen: Currency
        if !code.isEmpty {
            guard let named = Currency(code: code.uppercased()) else { return .invalid(words.notACurrency(code)) }
            chosen = named
        } else if let current = currency ?? only {
            chosen = current
        } else {
            return .invalid(words.chooseCurrency)
        }
        do {
            let amount = try Money.parse(amountText, currency: chosen, separator: language == .es ? .comma : .point)
            guard amount.minorUnits > 0 else { return .invalid(words.notPositive) }
            return .amount(amount)
        } catch {
            return .invalid(words.amountError(error))
        }
    }

    /// The field `m` opens: digits, separators, a space and the letters of a currency code;
    /// nothing else gets in, so no stray key turns into a shortcut.
    static func field(text: String, currency: Currency?, only: Currency?, language: Language) -> ValidatedField {
        ValidatedField(
            text: text, placeholder: QueueStrings(language).minimumPlaceholder, maxLength: 24,
            accepts: { $0.isASCII && ($0.isLetter || $0.isNumber || ".,- ".contains($0)) },
            validate: { text in
                if case .invalid(let message) = parse(text, currency: currency, only: only, language: language) { return message }
                return nil
            })
    }
}
