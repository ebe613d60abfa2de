/// A table of rows under a header: the queue, the aging report, an account's invoices. Rows
/// come through a closure and only the visible ones are asked for, so drawing costs the same
/// for ten rows or 100,000.
public struct TableView: Hashable, Sendable {
    public var columns: [TableColumn]
    public var sort: TableSort?
    /// Shown in place of the rows when there are none, so an empty table reads as empty, not broken.
    public var emptyMessage: String

    /// Columns are separated by one blank column.
    static let columnGap = 1

    public init(columns: [TableColumn], sort: TableSort? = nil, emptyMessage: String = "No rows") {
        self.columns = columns
        self.sort = sort
        self.emptyMessage = emptyMessage
    }

    /// How many rows fit below the header in `rect`: the page size for `TableState.handle`.
    public static func pageSize(in rect: Rect) -> Int {
        max(0, rect.height - 1)
    }

    /// Each column's width in `width` columns: fixed ones as asked, flexible ones sharing the
    /// rest evenly, but a flexible column whose minimum is above its share keeps the minimum
    /// and the others share what is left. When even the minimums do not fit, the table is
    /// wider than `width` and its right edge is clipped.
    public func columnWidths(for width: Int) -> [Int] {
        var widths = columns.map { column -> Int in
            if case .fixed(let fixed) = column.width { return max(0, fixed) }
            return 0
        }
        var available = width - widths.reduce(0, +) - Self.columnGap * max(0, columns.count - 1)
        var sharing = columns.indices.filter { if case .flexible = columns[$0].width { true } else { false } }
        while !sharing.isEmpty {
            let share = available / sharing.count
            let aboveShare = sharing.filter { minimum(of: $0) > share }
            if aboveShare.isEmpty {
                for (position, index) in sharing.enumerated() {
                    widths[index] = share + (position < available % sharing.count ? 1 : 0)
                }
                break
            }
            for index in aboveShare {
                widths[index] = minimum(of: index)
                available -= widths[index]
            }
            sharing.removeAll { aboveShare.contains($0) }
        }
        return widths
    }

    /// Draws the header, the visible rows and the selection bar in `rect`, blanking the rest.
    public func draw(into grid: inout Grid, in rect: Rect, state: TableState, rowCount: Int,
                     row: (Int) -> TableRow) {
        let selected = state.selection(rowCount: rowCount)
        let first = state.firstVisibleRow(rowCount: rowCount, pageSize: max(0, rect.height - 1))
        drawRows(into: &grid, in: rect, first: first, selected: selected, rowCount: rowCount, row: row)
    }

    /// Draws the rows from `firstRow` on, with no selection: a list read by paging through it
    /// (an account's contact log), beside a table that has the selection.
    public func draw(into grid: inout Grid, in rect: Rect, firstRow: Int, rowCount: Int, row: (Int) -> TableRow) {
        drawRows(into: &grid, in: rect, first: min(max(0, firstRow), max(0, rowCount - 1)), selected: nil, rowCount: rowCount, row: row)
    }

    private func drawRows(into grid: inout Grid, in rect: Rect, first: Int, selected: Int?, rowCount: Int, row: (Int) -> TableRow) {
        guard !rect.isEmpty else { return }
        let widths = columnWidths(for: rect.width)
        let (headerRect, body) = rect.splitTop(1)
        grid.fill(headerRect, style: Style(.header))
        drawLine(headerTitles(widths: widths), widths: widths, style: Style(.header), y: rect.y, into: &grid, in: rect)
        grid.fill(body, style: .normal)
        guard rowCount > 0 else {
            if !body.isEmpty {
                grid.put(TextWidth.truncate(emptyMessage, to: body.width), x: body.x, y: body.y,
                         style: Style(.muted), maxWidth: body.width)
            }
            return
        }
        for (offset, index) in (first..<min(rowCount, first + body.height)).enumerated() {
            let y = body.y + offset
            drawLine(row(index).cells, widths: widths, style: .normal, y: y, into: &grid, in: rect)
            if index == selected {
                grid.restyle(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: Style(.selection))
            }
        }
    }

    private func minimum(of column: Int) -> Int {
        if case .flexible(let minimum) = columns[column].width { return max(0, minimum) }
        return 0
    }

    /// The titles, the sorted one ending in ▲ or ▼; a title too long for its column is cut
    /// before the arrow, so the sort order always shows.
    private func headerTitles(widths: [Int]) -> [TableCell] {
        columns.enumerated().map { index, column in
            guard let sort, sort.column == index else { return TableCell(column.title) }
            let arrow = sort.ascending ? "▲" : "▼"
            let room = widths[index] - 2
            return TableCell(room > 0 ? TextWidth.truncate(column.title, to: room) + " " + arrow : arrow)
        }
    }

    private func drawLine(_ cells: [TableCell], widths: [Int], style: Style, y: Int,
                          into grid: inout Grid, in rect: Rect) {
        var x = rect.x
        for (index, column) in columns.enumerated() where x < rect.maxX {
            let cell = index < cells.count ? cells[index] : TableCell("")
            let text = TextWidth.fit(cell.text, to: widths[index], alignment: column.alignment)
            grid.put(text, x: x, y: y, style: cell.style ?? style, maxWidth: min(widths[index], rect.maxX - x))
            x += widths[index] + Self.columnGap
        }
    }
}
