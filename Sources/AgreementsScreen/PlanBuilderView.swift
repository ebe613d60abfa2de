import CobroDomain
import CobroTerminal

/// Draws the plan builder: the customer and what they owe, the terms in two columns with what
/// is wrong under them, the schedule (the cell under the cursor marked, or being edited), a
/// message line and the footer that shows the plan adds up.
enum PlanBuilderView {
    /// Where each part goes in the area, worked out once for drawing and for the page size. The
    /// problems and the message wrap, so a long reason is read whole; the schedule takes what is left.
    struct Layout {
        let fields: Rect
        let problems: [String]
        let problemsArea: Rect
        let message: [String]
        let messageStyle: Style
        let messageArea: Rect
        let table: Rect
        let footer: Rect

        init(_ builder: PlanBuilder, in area: Rect) {
            let text = PlanStrings(builder.language)
            let width = area.width - 2
            problems = PlanField.allCases.compactMap { field in builder.problems[field].map { (field, $0) } }
                .flatMap { field, problem in Self.wrapped("↑ " + text.label(field) + ": " + problem, width: width) }
            let shown = PlanBuilderView.message(builder, text: text)
            message = shown.map { Array(Self.wrapped($0.text, width: width).prefix(3)) } ?? []
            messageStyle = shown?.style ?? Style(.normal)
            let body = area.splitTop(2).rest
            let (fields, belowFields) = body.splitTop(PlanField.leftColumn.count)
            let (problemsArea, belowProblems) = belowFields.splitTop(problems.count)
            let (rest, footer) = belowProblems.splitBottom(1)
            let (middle, messageArea) = rest.splitBottom(message.count)
            self.fields = fields
            self.problemsArea = problemsArea
            self.messageArea = messageArea
            self.footer = footer
            table = middle.splitTop(1).rest
        }

        /// Continuation lines indent by two columns under the arrow.
        private static func wrapped(_ line: String, width: Int) -> [String] {
            TextWidth.wrap(line, width: width).enumerated().map { $0 == 0 ? $1 : "  " + $1 }
        }
    }

    static func scheduleRows(_ builder: PlanBuilder, in area: Rect) -> Int {
        TableView.pageSize(in: Layout(builder, in: area).table)
    }

    static func draw(_ builder: PlanBuilder, into grid: inout Grid, in area: Rect) {
        let text = PlanStrings(builder.language)
        let layout = Layout(builder, in: area)
        grid.cursor = nil
        var x = area.x + 1
        x += grid.put(text.title(builder.customer), x: x, y: area.y, style: Style(.title, bold: true), maxWidth: area.width - 2)
        let owed = builder.customer.balances.filter { $0.minorUnits > 0 }.sorted { $0.currency < $1.currency }
            .map { $0.formatted(in: builder.language) }
        grid.put("   " + text.owes(owed), x: x, y: area.y, style: Style(.warning), maxWidth: area.maxX - x - 1)

        var painter = PlanFieldPainter(builder: builder, text: text, grid: grid)
        painter.fields(in: layout.fields)
        grid = painter.grid
        for (row, problem) in layout.problems.enumerated() where row < layout.problemsArea.height {
            grid.put(problem, x: area.x + 1, y: layout.problemsArea.y + row, style: Style(.error, bold: true), maxWidth: area.width - 2)
        }
        ScheduleTable(builder: builder, text: text).draw(into: &grid, in: layout.table)
        for (row, message) in layout.message.enumerated() where row < layout.messageArea.height {
            grid.put(message, x: area.x + 1, y: layout.messageArea.y + row, style: layout.messageStyle, maxWidth: area.width - 2)
        }
        drawFooter(builder, text: text, into: &grid, in: layout.footer)
        if let dialog = builder.discardDialog {
            grid.cursor = nil
            dialog.draw(into: &grid, in: area)
        }
    }

    /// A refused cell edit first, then what the last key did, else why activation needs an owner.
    static func message(_ builder: PlanBuilder, text: PlanStrings) -> (text: String, style: Style)? {
        if let cell = builder.cell, let error = cell.error {
            return (text.row + " \(cell.installment): " + error, Style(.error, bold: true))
        }
        if let message = builder.message { return (message.text, Style(message.isError ? .error : .success, bold: true)) }
        return builder.activationRefusal.map { ($0, Style(.warning)) }
    }

    /// `Total €1,000.00   Payable €1,000.00   Difference €0.00`, and how the payable comes
    /// from the debt when there is a discount or a fee.
    private static func drawFooter(_ builder: PlanBuilder, text: PlanStrings, into grid: inout Grid, in line: Rect) {
        guard !line.isEmpty else { return }
        let language = builder.language
        grid.fill(line, style: Style(.header))
        guard let plan = builder.plan else {
            grid.put(text.footer(total: "—", payable: "—", difference: "—"), x: line.x + 1, y: line.y, style: Style(.header),
                     maxWidth: line.width - 2)
            return
        }
        let difference = plan.payable - plan.scheduledTotal
        var x = line.x + 1
        x += grid.put(text.footer(total: plan.scheduledTotal.formatted(in: language), payable: plan.payable.formatted(in: language),
                                  difference: difference.formatted(in: language)),
                      x: x, y: line.y, style: Style(.header, bold: true), maxWidth: line.width - 2)
        if !difference.isZero { grid.restyle(Rect(x: line.x, y: line.y, width: x - line.x, height: 1), style: Style(.error, bold: true)) }
        guard !plan.discount.isZero || !plan.fee.isZero else { return }
        let detail = "   " + text.debtLessDiscountPlusFee(debt: plan.amount.formatted(in: language), discount: plan.discount.formatted(in: language),
                                                          fee: plan.fee.formatted(in: language))
        if x + TextWidth.of(detail) < line.maxX { grid.put(detail, x: x, y: line.y, style: Style(.header)) }
    }
}
