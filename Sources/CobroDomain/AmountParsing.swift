/// Which character separates the decimals in amounts typed or imported by people.
public enum DecimalSeparator: Sendable {
    /// `1234.56` — the default, and what every machine format uses.
    case point
    /// `1.234,56` — Spanish spreadsheet exports: `,` decimals, `.` groups thousands.
    case comma
}

public enum AmountError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case notANumber(String)
    case tooManyDecimals(String, currency: Currency)
    case misplacedGroupSeparator(String)
    case outOfRange(String)

    public var description: String {
        switch self {
        case .empty:
            return "the amount is empty"
        case .notANumber(let text):
            return "'\(text)' is not an amount"
        case .tooManyDecimals(let text, let currency):
            let allowed = currency.minorUnitDigits == 0 ? "no decimals" : "at most \(currency.minorUnitDigits) decimals"
            return "'\(text)' has more decimals than \(currency.code) allows (\(allowed))"
        case .misplacedGroupSeparator(let text):
            return "'\(text)' groups its thousands wrongly (write 1.234,56 or 1234,56)"
        case .outOfRange(let text):
            return "'\(text)' is too large"
        }
    }
}

extension Money {
    /// Parses an amount strictly: an optional leading `-`, digits, and at most the currency's
    /// number of decimals. Letters, a second separator or an empty text are errors, never zero.
    public static func parse(
        _ text: String, currency: Currency, separator: DecimalSeparator = .point
    ) throws(AmountError) -> Money {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw .empty }
        let negative = bytes[0] == UInt8(ascii: "-")
        let unsigned = negative ? bytes[1...] : bytes[...]

        let decimalMark = separator == .point ? UInt8(ascii: ".") : UInt8(ascii: ",")
        let markIndex = unsigned.firstIndex(of: decimalMark)
        var integerPart = unsigned[..<(markIndex ?? unsigned.endIndex)]
        let fractionPart = markIndex.map { unsigned[($0 + 1)...] } ?? []

        if separator == .comma, integerPart.contains(UInt8(ascii: ".")) {
            guard let ungrouped = ungroup(integerPart) else { throw .misplacedGroupSeparator(text) }
            integerPart = ungrouped[...]
        }
        guard !integerPart.isEmpty, integerPart.allSatisfy(isDigit),
              fractionPart.allSatisfy(isDigit), markIndex == nil || !fractionPart.isEmpty
        else { throw .notANumber(text) }
        guard fractionPart.count <= currency.minorUnitDigits else { throw .tooManyDecimals(text, currency: currency) }

        var units: Int64 = 0
        let padding = repeatElement(UInt8(ascii: "0"), count: currency.minorUnitDigits - fractionPart.count)
        for digit in [integerPart, fractionPart, ArraySlice(padding)].joined() {
            let (shifted, overflowA) = units.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = shifted.addingReportingOverflow(Int64(digit - UInt8(ascii: "0")))
            guard !overflowA, !overflowB else { throw .outOfRange(text) }
            units = sum
        }
        return Money(minorUnits: negative ? -units : units, currency: currency)
    }

    /// `1.234.567` → `1234567`; nil unless every group after the first has exactly three digits.
    private static func ungroup(_ digits: ArraySlice<UInt8>) -> [UInt8]? {
        let groups = digits.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        return Array(groups.joined())
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
