import CobroDomain
import CobroTerminal

/// Draws the ladder: one row per stage with its days, channels and late-payment flag, the
/// focused cell reversed; whether it is valid; where it comes from; below it, the late-payment
/// figures its stages claim.
enum LadderView {
    private static let widths = [32, 7, 8, 8, 6, 14]

    static func draw(_ ladder: LadderEditor, state: TemplatesState, into grid: inout Grid, in area: Rect) {
        let text = LadderStrings(state.language)
        grid.put("\(text.title) · \(text.source(ladder.source))", x: area.x + 1, y: area.y, style: Style(.title, bold: true),
                 maxWidth: area.width - 2)
        TemplatesView.drawMessage(state.message, into: &grid, x: area.x + 1, y: area.y + 1, width: area.width - 2)
        var y = area.y + 3
        drawRow(text.columns, y: y, focused: nil, style: Style(.header, bold: true), into: &grid, in: area)
        for (index, stage) in ladder.stages.enumerated() {
            y += 1
            let days = index == ladder.row ? ladder.daysField?.text ?? String(stage.days) : String(stage.days)
            let cells = [StageNames.name(stage.name, in: state.language), days]
                + DunningPolicy.reminderChannels.map { stage.channels.contains($0) ? "■" : "·" }
                + [stage.claimsLatePayment ? text.yesMark : "·"]
            drawRow(cells, y: y, focused: index == ladder.row ? ladder.column.rawValue + 1 : nil, style: .normal, into: &grid, in: area)
            if index == ladder.row, let field = ladder.daysField {
                field.draw(into: &grid, in: Rect(x: area.x + 1 + widths[0], y: y, width: widths[1] - 1, height: 1), focused: true)
            }
        }
        y += 2
        if let problem = ladder.problem {
            grid.put(text.problem(problem), x: area.x + 1, y: y, style: Style(.error, bold: true), maxWidth: area.width - 2)
        } else {
            grid.put(text.valid, x: area.x + 1, y: y, style: Style(.success), maxWidth: area.width - 2)
        }
        for line in TextWidth.wrap(text.daysNote, width: area.width - 2) {
            y += 1
            guard y < area.maxY else { break }
            grid.put(line, x: area.x + 1, y: y, style: Style(.muted))
        }
        if let rules = state.latePayment, let today = state.today {
            InterestRatesView.draw(rules, today: today, language: state.language, into: &grid,
                                   in: Rect(x: area.x, y: y + 1, width: area.width, height: area.maxY - y - 1))
        }
        if let dialog = ladder.discardDialog { dialog.draw(into: &grid, in: area) }
    }

    private static func drawRow(_ cells: [String], y: Int, focused: Int?, style: Style, into grid: inout Grid, in area: Rect) {
        var x = area.x + 1
        for (index, cell) in cells.enumerated() where x < area.maxX {
            let width = min(widths[index], area.maxX - x)
            let cellStyle = index == focused ? Style(.selection, reverse: true) : style
            grid.put(TextWidth.fit(cell, to: width - 1, alignment: index == 1 ? .right : .left), x: x, y: y, style: cellStyle)
            x += width
        }
    }
}
