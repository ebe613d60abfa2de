/// The score that orders the `priority` tier: the larger and the older the debt, the sooner the
/// call. For each currency, the overdue amount in major units, converted at the config's rates,
/// weighted by its age:
///
///     score = Σ amount × rate × (1 + oldest_days / 30)
///
/// so a debt 30 days older counts as much as the same debt once more, and neither amount nor age
/// alone decides. Rates are for ranking only (money is never added across currencies anywhere
/// else): `rates[c]` is what one major unit of `c` is worth in the desk's ranking currency. A
/// currency with no rate ranks by its amount as is (rate 1), which is right for the ranking
/// currency itself and a plain, visible fallback for the others (the owner adds the rate).
/// Amounts ≤ 0 add nothing. The score is a `Double`: it only orders, it is never shown as money.
public enum PriorityScore {
    public static let ageWeightDays = 30.0

    public static func of(_ overdue: [OverdueAmount], rates: [Currency: Double]) -> Double {
        var score = 0.0
        for item in overdue where item.amount.minorUnits > 0 {
            let major = Double(item.amount.minorUnits) / Double(item.currency.minorUnitsPerMajor)
            let rate = rates[item.currency] ?? 1
            score += major * rate * (1 + Double(max(0, item.oldestDays)) / ageWeightDays)
        }
        return score
    }
}
