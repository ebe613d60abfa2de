/// An amount in integer minor units of one currency. Amounts of different currencies never mix:
/// every operation that combines two amounts requires the same currency.
public struct Money: Hashable, Sendable, CustomStringConvertible {
    public let minorUnits: Int64
    public let currency: Currency

    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    public var isZero: Bool { minorUnits == 0 }
    public var isNegative: Bool { minorUnits < 0 }

    public static func + (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "adding \(lhs.currency) to \(rhs.currency)")
        return Money(minorUnits: lhs.minorUnits + rhs.minorUnits, currency: lhs.currency)
    }

    public static func - (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "subtracting \(rhs.currency) from \(lhs.currency)")
        return Money(minorUnits: lhs.minorUnits - rhs.minorUnits, currency: lhs.currency)
    }

    public static prefix func - (amount: Money) -> Money {
        Money(minorUnits: -amount.minorUnits, currency: amount.currency)
    }

    /// The machine form used in CSV and JSON: `-1234.50`, `0.00`, `1500` (CLP). No grouping, `.` decimals.
    public var decimalString: String {
        MinorUnitsText.decimal(minorUnits, digits: currency.minorUnitDigits)
    }

    public var description: String { "\(decimalString) \(currency.code)" }
}

/// Writes integer minor units as decimal text; shared by the machine and the locale formats.
enum MinorUnitsText {
    /// Splits |units| into the integer digits and the fraction digits.
    static func parts(_ units: Int64, digits: Int) -> (integer: String, fraction: String) {
        let magnitude = units.magnitude
        var factor: UInt64 = 1
        for _ in 0..<digits { factor *= 10 }
        let integer = String(magnitude / factor)
        guard digits > 0 else { return (integer, "") }
        let fraction = String(magnitude % factor)
        return (integer, String(repeating: "0", count: digits - fraction.count) + fraction)
    }

    static func decimal(_ units: Int64, digits: Int) -> String {
        let (integer, fraction) = parts(units, digits: digits)
        let sign = units < 0 ? "-" : ""
        return digits == 0 ? sign + integer : sign + integer + "." + fraction
    }
}
