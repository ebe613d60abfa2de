import CobroDomain
import CobroTerminal

/// The list of agreements: who, status, what is payable, the next installment due and what is
/// late. Columns that do not fit narrow windows go, least telling first.
enum AgreementListView {
    static func draw(_ state: AgreementsState, text: AgreementsStrings, into grid: inout Grid, in area: Rect) {
        let (header, tableArea) = area.splitTop(AgreementsView.headerRows)
        var x = header.x + 1
        x += grid.put(text.title, x: x, y: header.y, style: Style(.title, bold: true), maxWidth: header.maxX - x)
        let rows = state.visible
        if let summaries = state.summaries {
            let line = "   " + text.filterTitle(state.statusFilter) + " · " + text.shown(rows.count, of: summaries.count)
            grid.put(line, x: x, y: header.y, style: Style(state.statusFilter == nil ? .muted : .warning), maxWidth: header.maxX - x)
        }
        AgreementsView.drawMessage(state.message, into: &grid, x: header.x + 1, y: header.y + 1, width: header.width - 2)
        guard state.summaries != nil else {
            grid.put(text.loading, x: tableArea.x + 1, y: tableArea.y, style: Style(.muted), maxWidth: tableArea.width - 1)
            return
        }
        let cells = rows.map { row($0, language: state.language) }
        let columns = layout(cells, text: text, width: tableArea.width)
        let empty = state.statusFilter.map(text.noneWithStatus) ?? text.noAgreements
        TableView(columns: columns.map(\.column), emptyMessage: empty)
            .draw(into: &grid, in: tableArea, state: state.table, rowCount: rows.count) { index in
                TableRow(columns.map { cells[index][$0.index] })
            }
    }

    private static func row(_ summary: AgreementSummary, language: Language) -> [TableCell] {
        let agreement = summary.agreement
        let status = summary.status
        let statusStyle: Style = switch status {
        case .broken: Style(.error, bold: true)
        case .completed: Style(.success)
        case .draft, .cancelled: Style(.muted)
        case .active: Style(.normal)
        }
        let late = summary.amountLate
        return [
            TableCell("\(summary.id)"),
            TableCell("\(agreement.customerCode) \(summary.customerName)"),
            TableCell(AgreementWords.status(status, in: language), style: statusStyle),
            TableCell(agreement.payable.formatted(in: language)),
            TableCell(summary.nextDue?.dueDate.formatted(in: language) ?? ""),
            TableCell(summary.nextDue?.unpaid.formatted(in: language) ?? ""),
            late.isZero ? TableCell("") : TableCell(late.formatted(in: language), style: Style(.error)),
        ]
    }

    /// The columns that fit `width`, each as wide as its widest cell; the customer takes the rest.
    private static func layout(_ cells: [[TableCell]], text: AgreementsStrings, width: Int) -> [(index: Int, column: TableColumn)] {
        let titles = text.columns
        let customerMinimum = 16
        let widths = titles.indices.map { column in
            max(TextWidth.of(titles[column]), cells.map { TextWidth.of($0[column].text) }.max() ?? 0)
        }
        var shown = Array(titles.indices)
        // The next installment's amount goes first, then what is payable overall.
        for dropped in [5, 3] {
            let needed = shown.filter { $0 != 1 }.map { widths[$0] }.reduce(customerMinimum, +) + shown.count - 1
            guard needed > width else { break }
            shown.removeAll { $0 == dropped }
        }
        return shown.map { column in
            let alignment: TextWidth.Alignment = [0, 3, 5, 6].contains(column) ? .right : .left
            let columnWidth: TableColumn.Width = column == 1 ? .flexible(minimum: customerMinimum) : .fixed(widths[column])
            return (column, TableColumn(titles[column], width: columnWidth, alignment: alignment))
        }
    }
}
