import CobroDomain
import CobroTerminal

/// Draws the late-payment figures the ladder's stages claim, as the desk and `cobro remind` use
/// them: each half-year's rate, newest first, with where it comes from (the current half-year's
/// marked as assumed when it is not in the table yet), the compensation per currency, which
/// currencies earn interest, and the owner's duty to check each figure against the BOE.
enum InterestRatesView {
    private static let halfYearWidth = 9
    /// `10,15 %` right-aligned, so the decimal marks line up.
    private static let rateWidth = 7

    /// The rate rows give way when `area` is short: the heading, the compensation and the
    /// warning keep their lines, and as many half-years as fit show, newest first.
    static func draw(_ rules: LatePaymentRules, today: CivilDate, language: Language, into grid: inout Grid, in area: Rect) {
        let text = LadderStrings(language)
        let width = area.width - 2
        guard width > 0 else { return }
        let compensation = rules.compensation.sorted { $0.key < $1.key }.map { Money(minorUnits: $0.value, currency: $0.key) }
        let claims = TextWidth.wrap(text.compensation(compensation) + " · " + text.interestCurrencies(rules.interestCurrencies.sorted()),
                                    width: width)
        let warning = TextWidth.wrap(text.interestNote, width: width)
        let rows = rateRows(rules.rates, today: today, text: text)
        let room = area.height - 1 - claims.count - warning.count
        let shown = min(rows.count, max(0, room))
        // A blank line sets the section apart from the ladder's notes when every row fits anyway.
        var y = room > rows.count ? area.y + 1 : area.y
        func line(_ value: String, _ style: Style) {
            guard y < area.maxY else { return }
            grid.put(TextWidth.truncate(value, to: width), x: area.x + 1, y: y, style: style)
            y += 1
        }
        line(text.interestTitle, Style(.header, bold: true))
        for row in rows.prefix(shown) {
            line(TextWidth.fit(row.halfYear.description, to: halfYearWidth, alignment: .left)
                 + TextWidth.fit(text.rate(row.basisPoints), to: rateWidth, alignment: .right) + "  " + row.source,
                 row.assumed ? Style(.warning) : .normal)
        }
        for part in claims { line(part, .normal) }
        for part in warning { line(part, Style(.muted)) }
    }

    private struct Row {
        var halfYear: HalfYear
        var basisPoints: Int
        var source: String
        var assumed: Bool
    }

    /// The table's half-years, newest first; with the current one, when the table lacks it, at
    /// the latest earlier rate the desk claims for it.
    private static func rateRows(_ table: InterestRateTable, today: CivilDate, text: LadderStrings) -> [Row] {
        var rows = table.entries.map { Row(halfYear: $0.key, basisPoints: $0.value.basisPoints, source: $0.value.source, assumed: false) }
        let current = HalfYear(containing: today)
        if let rate = table.rate(for: current), rate.assumed {
            rows.append(Row(halfYear: current, basisPoints: rate.basisPoints, source: text.assumedRate, assumed: true))
        }
        return rows.sorted { $0.halfYear > $1.halfYear }
    }
}
