import CobroDomain
import CobroTerminal

/// The plan's installments: number, due date, amount and the running total (down payment
/// included). With the focus on it, the selected cell is marked; a cell being edited shows its
/// text field in place.
struct ScheduleTable {
    let builder: PlanBuilder
    let text: PlanStrings

    func draw(into grid: inout Grid, in area: Rect) {
        guard !area.isEmpty else { return }
        guard let plan = builder.plan else {
            grid.put(text.noSchedule, x: area.x + 1, y: area.y, style: Style(.muted), maxWidth: area.width - 2)
            return
        }
        let language = builder.language
        var running = plan.downPayment
        let cells = plan.installments.map { installment -> [String] in
            running = running + installment.amount
            return ["\(installment.number)", installment.dueDate.formatted(in: language),
                    installment.amount.formattedNumber(in: language), running.formattedNumber(in: language)]
        }
        let titles = [text.columnNumber, text.columnDue, text.columnAmount(plan.amount.currency), text.columnRunning]
        let columns = titles.indices.map { index in
            let width = max(TextWidth.of(titles[index]), cells.map { TextWidth.of($0[index]) }.max() ?? 0, index == 1 ? 11 : 0)
            return TableColumn(titles[index], width: .fixed(width), alignment: index == 1 ? .left : .right)
        }
        let table = TableView(columns: columns)
        let focused = builder.focus == .schedule
        let count = plan.installments.count
        let first = builder.schedule.firstVisibleRow(rowCount: count, pageSize: TableView.pageSize(in: area))
        if focused {
            table.draw(into: &grid, in: area, state: builder.schedule, rowCount: count) { TableRow(texts: cells[$0]) }
        } else {
            table.draw(into: &grid, in: area, firstRow: first, rowCount: count) { TableRow(texts: cells[$0]) }
        }
        guard focused, let row = builder.schedule.selection(rowCount: count) else { return }
        markCell(row: row, first: first, table: table, into: &grid, in: area)
    }

    /// Marks the selected cell, or draws the cell's editor over it.
    private func markCell(row: Int, first: Int, table: TableView, into grid: inout Grid, in area: Rect) {
        let widths = table.columnWidths(for: area.width)
        let column = builder.scheduleColumn == .dueDate ? 1 : 2
        // TableView leaves one blank column between columns.
        let x = area.x + widths[..<column].reduce(0, +) + column
        let y = area.y + 1 + row - first
        guard y < area.maxY else { return }
        let rect = Rect(x: x, y: y, width: min(widths[column], area.maxX - x), height: 1)
        if let cell = builder.cell {
            cell.field.field.draw(into: &grid, in: rect, focused: builder.discardDialog == nil,
                                  style: Style(cell.error == nil ? .input : .inputInvalid))
        } else {
            grid.restyle(rect, style: Style(.input, bold: true))
        }
    }
}
