/// An ISO 4217 currency and the number of decimals its minor unit has.
public struct Currency: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let code: String
    public let minorUnitDigits: Int

    /// The currency with this upper-case ISO 4217 code, or nil when the code is not one.
    public init?(code: String) {
        guard let digits = Currency.minorUnitDigits(ofCode: code) else { return nil }
        self.code = code
        self.minorUnitDigits = digits
    }

    public var description: String { code }

    /// 10^minorUnitDigits: how many minor units make one major unit.
    public var minorUnitsPerMajor: Int64 {
        var factor: Int64 = 1
        for _ in 0..<minorUnitDigits { factor *= 10 }
        return factor
    }

    public static func < (lhs: Currency, rhs: Currency) -> Bool { lhs.code < rhs.code }

    public static let EUR = Currency(code: "EUR")!
    public static let USD = Currency(code: "USD")!
    public static let GBP = Currency(code: "GBP")!
    public static let MXN = Currency(code: "MXN")!
    public static let COP = Currency(code: "COP")!
    public static let ARS = Currency(code: "ARS")!
    public static let CLP = Currency(code: "CLP")!
    public static let JPY = Currency(code: "JPY")!

    private static func minorUnitDigits(ofCode code: String) -> Int? {
        if let exception = digitExceptions[code] { return exception }
        return twoDecimalCodes.contains(code) ? 2 : nil
    }

    // ISO 4217 (amendment 177): the active codes whose minor unit is not two decimals.
    private static let digitExceptions: [String: Int] = [
        "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0,
        "PYG": 0, "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
        "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
        "CLF": 4, "UYW": 4,
    ]

    // ISO 4217: the active codes with two decimals.
    private static let twoDecimalCodes: Set<String> = [
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD",
        "BDT", "BGN", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD",
        "CAD", "CDF", "CHE", "CHF", "CHW", "CNY", "COP", "COU", "CRC", "CUP", "CVE", "CZK",
        "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS",
        "GIP", "GMD", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IRR",
        "JMD", "KES", "KGS", "KHR", "KPW", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL",
        "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN",
        "MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN", "PGK",
        "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR", "SBD", "SCR", "SDG", "SEK",
        "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS",
        "TMT", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "USD", "USN", "UYU", "UZS", "VED",
        "VES", "WST", "XCD", "XCG", "YER", "ZAR", "ZMW", "ZWG",
    ]
}
