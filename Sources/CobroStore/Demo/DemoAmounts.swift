import CobroDomain

/// Invoice amounts: drawn in euro cents on a skewed scale (many small orders, a few large
/// ones), converted to the invoice's currency, then taxed the way an invoice is.
enum DemoAmounts {
    /// How big a customer is, in percent of a typical one: a few large accounts dominate the book.
    static func customerScale(_ random: inout DemoRandom) -> Int64 {
        random.weighted([(40, 15), (70, 25), (100, 30), (200, 18), (400, 9), (600, 3)])
    }

    /// A gross invoice amount in minor units of `currency`, with `taxPercent` VAT on a net price.
    static func invoice(currency: Currency, taxPercent: Int64, customerScale: Int64, _ random: inout DemoRandom) -> Int64 {
        let euros: Int64 = switch random.below(100) {
        case 0..<55: random.int64(in: 20...400)
        case 55..<85: random.int64(in: 400...3_000)
        case 85..<98: random.int64(in: 3_000...15_000)
        default: random.int64(in: 15_000...40_000)
        }
        let (numerator, denominator) = DemoRegion.minorUnitsPerEuroCent(currency)
        var net = euros * customerScale * numerator / denominator
        // Most prices are whole units of the currency (tens of pesos for CLP); some carry cents.
        let step = currency.minorUnitDigits == 0 ? 10 : currency.minorUnitsPerMajor
        if currency.minorUnitDigits == 0 || random.chance(perMille: 700) { net = max(step, net / step * step) }
        return (net * (100 + taxPercent) + 50) / 100
    }

    /// What a credit note takes back from an invoice: all of it (a cancelled invoice) or a part
    /// (a discount, damaged goods, a return).
    static func credit(of invoiceAmount: Int64, _ random: inout DemoRandom) -> Int64 {
        let percent: Int64 = random.weighted([(100, 20), (50, 25), (25, 20), (10, 25), (5, 10)])
        return max(1, invoiceAmount * percent / 100)
    }

    /// A part payment: between a fifth and four fifths of what is owed, in whole units when possible.
    static func part(of amount: Int64, currency: Currency, _ random: inout DemoRandom) -> Int64 {
        let share = amount * Int64(random.int(in: 20...80)) / 100
        let unit = currency.minorUnitsPerMajor
        let rounded = share / unit * unit
        return rounded > 0 && rounded < amount ? rounded : max(1, min(share, amount - 1))
    }

    /// A payment rounded up past the amount owed ("we paid 1,300 for the 1,234.56"): the
    /// difference stays on the account as credit. Steps of 100 EUR or USD, 1,000 MXN, 10,000 CLP.
    static func roundedUp(_ amount: Int64, currency: Currency) -> Int64 {
        let step: Int64 = currency == .MXN ? 100_000 : 10_000
        return (amount / step + 1) * step
    }
}
