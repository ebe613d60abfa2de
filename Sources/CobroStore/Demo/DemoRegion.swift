import CobroDomain

/// Where a demo customer is based. The region decides everything that must agree with itself
/// for the data to look real: currency, time zone, language, legal forms, tax ids, phone
/// numbers and sales tax.
enum DemoRegion {
    case spain, unitedStates, mexico, chile, colombia

    /// How the portfolio is spread: a Spanish desk with customers on both sides of the Atlantic.
    static let shares: [(DemoRegion, weight: Int)] = [
        (.spain, 40), (.unitedStates, 25), (.mexico, 18), (.chile, 12), (.colombia, 5),
    ]

    /// The currency the customer is normally invoiced in. Colombian customers are billed in
    /// dollars, as exporters to them usually are.
    var currency: Currency {
        switch self {
        case .spain: return .EUR
        case .unitedStates, .colombia: return .USD
        case .mexico: return .MXN
        case .chile: return .CLP
        }
    }

    /// The currency of the occasional second account (imports, exports).
    var secondCurrency: Currency {
        switch self {
        case .spain, .mexico, .chile, .colombia: return .USD
        case .unitedStates: return .EUR
        }
    }

    var timeZone: String {
        switch self {
        case .spain: return "Europe/Madrid"
        case .unitedStates: return "America/New_York"
        case .mexico: return "America/Mexico_City"
        case .chile: return "America/Santiago"
        case .colombia: return "America/Bogota"
        }
    }

    var language: Language { self == .unitedStates ? .en : .es }

    /// Value-added tax on domestic invoices, in percent (US B2B sales carry none).
    var salesTaxPercent: Int64 {
        switch self {
        case .spain: return 21
        case .unitedStates: return 0
        case .mexico: return 16
        case .chile, .colombia: return 19
        }
    }

    /// Legal forms written after the company name, weighted by how common they are.
    var legalForms: [(String, weight: Int)] {
        switch self {
        case .spain: return [("S.L.", 60), ("S.A.", 15), ("S.L.U.", 10), ("S. Coop.", 3)]
        case .unitedStates: return [("LLC", 50), ("Inc.", 35), ("Corp.", 10), ("Co.", 5)]
        case .mexico: return [("S.A. de C.V.", 60), ("S. de R.L. de C.V.", 25), ("S.A.P.I. de C.V.", 10)]
        case .chile: return [("SpA", 40), ("Ltda.", 35), ("S.A.", 25)]
        case .colombia: return [("S.A.S.", 65), ("Ltda.", 20), ("S.A.", 15)]
        }
    }

    /// How customers here usually pay (cheques are still common in the US).
    var paymentMethods: [(PaymentMethod, weight: Int)] {
        switch self {
        case .unitedStates:
            return [(.transfer, 40), (.cheque, 25), (.card, 20), (.directDebit, 8), (.cash, 2), (.other, 5)]
        case .spain:
            return [(.transfer, 55), (.directDebit, 22), (.card, 8), (.cheque, 3), (.cash, 4), (.other, 8)]
        case .mexico, .chile, .colombia:
            return [(.transfer, 62), (.card, 12), (.cash, 10), (.cheque, 6), (.directDebit, 4), (.other, 6)]
        }
    }

    /// How many minor units of the region's currency one euro cent is worth, as a fraction
    /// (numerator, denominator): amounts are drawn in euro cents and converted, so that every
    /// currency gets realistic magnitudes (a 500 € order is about 10,000 MXN or 500,000 CLP).
    static func minorUnitsPerEuroCent(_ currency: Currency) -> (Int64, Int64) {
        switch currency.code {
        case "USD": return (108, 100)
        case "MXN": return (20, 1)
        case "CLP": return (10, 1)
        default: return (1, 1)
        }
    }
}
