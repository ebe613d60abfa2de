/// The statutory late-payment rate per half-year, in basis points (10.15 % = 1015), with where
/// each figure comes from.
public struct InterestRateTable: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var basisPoints: Int
        /// Where the figure is published (a BOE reference), for the owner to check.
        public var source: String

        public init(basisPoints: Int, source: String) {
            self.basisPoints = basisPoints
            self.source = source
        }
    }

    public var entries: [HalfYear: Entry]

    public init(entries: [HalfYear: Entry]) { self.entries = entries }

    /// The rate for `period`: its own published figure, or — for a half-year not in the table
    /// yet — the latest earlier one, marked as assumed so the letter and the desk can say so.
    /// Nil before the table's first half-year: those days earn nothing rather than a guess.
    public func rate(for period: HalfYear) -> (basisPoints: Int, assumed: Bool)? {
        if let entry = entries[period] { return (entry.basisPoints, false) }
        guard let latest = entries.keys.filter({ $0 < period }).max() else { return nil }
        return (entries[latest]!.basisPoints, true)
    }

    /// Spain's "tipo legal de interés de demora" for commercial transactions (Ley 3/2004,
    /// art. 7: the ECB's main refinancing rate before the half-year starts, plus 8 points),
    /// published each half-year in the BOE by resolution of the Secretaría General del Tesoro y
    /// Financiación Internacional. The figures are the ECB rate on the last operation of the
    /// previous half-year plus 8; the owner must check each against the BOE and add the next
    /// one when it is published (config `dunning: interest_rates:`).
    public static let spain = InterestRateTable(entries: [
        HalfYear(year: 2022, half: 1)!: Entry(basisPoints: 800, source: "BOE-A-2021-21959, Resolución de 30 de diciembre de 2021 (BCE 0,00 % + 8)"),
        HalfYear(year: 2022, half: 2)!: Entry(basisPoints: 800, source: "BOE, Resolución del Tesoro, 2.º semestre 2022 (BCE 0,00 % + 8)"),
        HalfYear(year: 2023, half: 1)!: Entry(basisPoints: 1050, source: "BOE, Resolución del Tesoro, 1.er semestre 2023 (BCE 2,50 % + 8)"),
        HalfYear(year: 2023, half: 2)!: Entry(basisPoints: 1200, source: "BOE, Resolución de 28 de junio de 2023 (BCE 4,00 % + 8)"),
        HalfYear(year: 2024, half: 1)!: Entry(basisPoints: 1250, source: "BOE, Resolución del Tesoro, 1.er semestre 2024 (BCE 4,50 % + 8)"),
        HalfYear(year: 2024, half: 2)!: Entry(basisPoints: 1225, source: "BOE, Resolución del Tesoro, 2.º semestre 2024 (BCE 4,25 % + 8)"),
        HalfYear(year: 2025, half: 1)!: Entry(basisPoints: 1115, source: "BOE, Resolución del Tesoro, 1.er semestre 2025 (BCE 3,15 % + 8)"),
        HalfYear(year: 2025, half: 2)!: Entry(basisPoints: 1015, source: "BOE-A-2025-13217, Resolución de 25 de junio de 2025 (BCE 2,15 % + 8)"),
        HalfYear(year: 2026, half: 1)!: Entry(basisPoints: 1015, source: "BOE-A-2025-27201, Resolución de 23 de diciembre de 2025 (BCE 2,15 % + 8)"),
    ])
}
