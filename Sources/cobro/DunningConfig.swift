import CobroDomain
import Foundation

/// The config file's `dunning:` section, each setting optional:
///
/// ```yaml
/// dunning:
///   stages:                      # replaces the ladder as a whole (the desk then shows it read-only)
///     - {name: courtesy, days: -3, channels: [email]}
///     - {name: final, days: 45, channels: [email, letter], late_payment: true}
///   interest_rates: {2026-H2: 10.15}   # % a year by half-year, added to (or correcting) the shipped table
///   interest_currencies: [EUR]
///   compensation: {EUR: 40.00}         # per invoice, by currency
/// ```
enum DunningConfig {
    static let key = "dunning"

    /// The ladder when `stages:` sets one (else nil: the owner's saved one or the SPEC's), and
    /// the late-payment rules with the config's changes.
    static func read(_ values: Any, fail: (String) -> Failure) throws -> (policy: DunningPolicy?, latePayment: LatePaymentRules) {
        guard let table = values as? [String: Any] else { throw fail("\(key) must be a section of 'name: value' lines") }
        let known = ["stages", "interest_rates", "interest_currencies", "compensation"]
        if let unknown = table.keys.sorted().first(where: { !known.contains($0) }) {
            throw fail("\(key): unknown setting '\(unknown)' (known: \(known.joined(separator: ", ")))")
        }
        var latePayment = LatePaymentRules.spain
        if let rates = table["interest_rates"] { try readRates(rates, into: &latePayment, fail: fail) }
        if let currencies = table["interest_currencies"] {
            guard let codes = currencies as? [String], codes.allSatisfy({ Currency(code: $0) != nil }) else {
                throw fail("\(key): interest_currencies must be a list of currency codes ([EUR])")
            }
            latePayment.interestCurrencies = Set(codes.compactMap(Currency.init(code:)))
        }
        if let compensation = table["compensation"] { latePayment.compensation = try readCompensation(compensation, fail: fail) }
        return (try table["stages"].map { try ladder($0, fail: fail) }, latePayment)
    }

    private static func ladder(_ value: Any, fail: (String) -> Failure) throws -> DunningPolicy {
        guard let list = value as? [[String: Any]] else { throw fail("\(key): stages must be a list of {name:, days:, channels:}") }
        do {
            return try DunningPolicy(stages: try list.map { try stage($0, fail: fail) })
        } catch let error as DunningPolicyError {
            throw fail("\(key): stages: \(error.description)")
        }
    }

    private static func stage(_ values: [String: Any], fail: (String) -> Failure) throws -> DunningStage {
        let channels = values["channels"] as? [String] ?? []
        let parsed = channels.compactMap(ContactChannel.init(rawValue:))
        guard let name = values["name"] as? String, let days = values["days"] as? Int, !channels.isEmpty, parsed.count == channels.count else {
            throw fail("\(key): a stage needs name:, days: (a whole number) and channels: (email, letter, sms), not \(values)")
        }
        return DunningStage(name: name, days: days, channels: parsed, claimsLatePayment: values["late_payment"] as? Bool ?? false)
    }

    private static func readRates(_ value: Any, into rules: inout LatePaymentRules, fail: (String) -> Failure) throws {
        guard let map = value as? [String: Any] else { throw fail("\(key): interest_rates must map half-years to % a year ({2026-H2: 10.15})") }
        for (period, rate) in map {
            guard let halfYear = HalfYear(period), let basisPoints = basisPoints("\(rate)") else {
                throw fail("\(key): interest rate '\(period): \(rate)' must be a half-year like 2026-H2 and a percentage like 10.15")
            }
            rules.rates.entries[halfYear] = .init(basisPoints: basisPoints, source: "config.yaml")
        }
    }

    private static func readCompensation(_ value: Any, fail: (String) -> Failure) throws -> [Currency: Int64] {
        guard let map = value as? [String: Any] else { throw fail("\(key): compensation must map currency codes to amounts ({EUR: 40.00})") }
        var compensation: [Currency: Int64] = [:]
        for (code, amountText) in map {
            guard let currency = Currency(code: code), let amount = try? Money.parse("\(amountText)", currency: currency), amount.minorUnits >= 0 else {
                throw fail("\(key): compensation '\(code): \(amountText)' must be a currency code and an amount")
            }
            compensation[currency] = amount.minorUnits
        }
        return compensation
    }

    /// `10.15` → 1015; at most two decimals.
    static func basisPoints(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), whole >= 0, whole < 100 else { return nil }
        guard parts.count == 2 else { return whole * 100 }
        guard (1...2).contains(parts[1].count), parts[1].allSatisfy(\.isNumber), let fraction = Int(parts[1]) else { return nil }
        return whole * 100 + (parts[1].count == 1 ? fraction * 10 : fraction)
    }
}
