extension Money {
    /// The amount as people read it: `1.234,56 €` in Spanish, `€1,234.56` in English.
    public func formatted(in language: Language) -> String {
        let number = formattedNumber(in: language)
        let symbol = Money.symbol(of: currency, in: language)
        switch language {
        case .es:
            return "\(number)\u{00A0}\(symbol)"
        case .en:
            let separator = symbol.count > 1 && symbol.allSatisfy(\.isLetter) ? "\u{00A0}" : ""
            return minorUnits < 0 ? "-\(symbol)\(separator)\(number.dropFirst())" : "\(symbol)\(separator)\(number)"
        }
    }

    /// The number alone, grouped and with the language's decimal mark: `-1.234,56` / `-1,234.56`.
    /// Tables that name the currency once in a heading use this.
    public func formattedNumber(in language: Language) -> String {
        let (integer, fraction) = MinorUnitsText.parts(minorUnits, digits: currency.minorUnitDigits)
        var grouped = ""
        for (offset, digit) in integer.enumerated() {
            if offset > 0, (integer.count - offset) % 3 == 0 { grouped.append(language.groupSeparator) }
            grouped.append(digit)
        }
        let sign = minorUnits < 0 ? "-" : ""
        return fraction.isEmpty ? sign + grouped : sign + grouped + String(language.decimalSeparator) + fraction
    }

    // CLDR's symbols for the currencies a Spanish- or English-speaking desk meets most;
    // any other currency shows its ISO code, which is never ambiguous.
    private static func symbol(of currency: Currency, in language: Language) -> String {
        switch (currency.code, language) {
        case ("EUR", _): return "€"
        case ("GBP", _): return "£"
        case ("USD", .en): return "$"
        case ("USD", .es): return "US$"
        case ("JPY", .en): return "¥"
        case ("MXN", .en): return "MX$"
        default: return currency.code
        }
    }
}
