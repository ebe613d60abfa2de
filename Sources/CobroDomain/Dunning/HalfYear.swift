/// A calendar half-year (1 January–30 June, 1 July–31 December): the period the statutory
/// late-payment rate is fixed for.
public struct HalfYear: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1 or 2.
    public let half: Int

    public init?(year: Int, half: Int) {
        guard (1...9999).contains(year), half == 1 || half == 2 else { return nil }
        self.year = year
        self.half = half
    }

    public init(containing date: CivilDate) {
        year = date.year
        half = date.month <= 6 ? 1 : 2
    }

    /// `2025-H2` (the form the config file uses).
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]),
              parts[1] == "H1" || parts[1] == "H2" else { return nil }
        self.init(year: year, half: parts[1] == "H1" ? 1 : 2)
    }

    public var first: CivilDate { CivilDate(year: year, month: half == 1 ? 1 : 7, day: 1)! }
    public var last: CivilDate { CivilDate(year: year, month: half == 1 ? 6 : 12, day: half == 1 ? 30 : 31)! }
    public var next: HalfYear { half == 1 ? HalfYear(year: year, half: 2)! : HalfYear(year: year + 1, half: 1)! }

    public var description: String { "\(year)-H\(half)" }

    public static func < (lhs: HalfYear, rhs: HalfYear) -> Bool { (lhs.year, lhs.half) < (rhs.year, rhs.half) }
}
