/// Where a table's selection and scroll stand. It holds two integers, not the rows, so a screen
/// with 100,000 rows answers a key press in constant time; the row count and the page size come
/// with each call because filters and terminal resizes change them between presses.
public struct TableState: Hashable, Sendable {
    /// The selected row index, as last set; `selection(rowCount:)` clamps it to the rows there are.
    public private(set) var selected: Int
    /// The row shown at the top, as last set; `firstVisibleRow(rowCount:pageSize:)` is what is drawn.
    public private(set) var top: Int

    public init(selected: Int = 0) {
        self.selected = max(0, selected)
        top = 0
    }

    /// The selected row, or nil when there are no rows. Drawing and drilling in both use it, so
    /// after the rows shrink (a filter) the screen acts on the row it shows.
    public func selection(rowCount: Int) -> Int? {
        rowCount > 0 ? min(selected, rowCount - 1) : nil
    }

    /// Moves the selection for ↑/k, ↓/j, PgUp, PgDn, Home and End; returns whether it moved.
    /// Paging scrolls the view by the same page, as a pager does, instead of only nudging it.
    @discardableResult
    public mutating func handle(_ key: Key, rowCount: Int, pageSize: Int) -> Bool {
        guard let current = selection(rowCount: rowCount) else { return false }
        let page = max(1, pageSize)
        switch key {
        case .up, .character("k"): select(current - 1, rowCount: rowCount, pageSize: pageSize)
        case .down, .character("j"): select(current + 1, rowCount: rowCount, pageSize: pageSize)
        case .pageUp:
            top -= page
            select(current - page, rowCount: rowCount, pageSize: pageSize)
        case .pageDown:
            top += page
            select(current + page, rowCount: rowCount, pageSize: pageSize)
        case .home: select(0, rowCount: rowCount, pageSize: pageSize)
        case .end: select(rowCount - 1, rowCount: rowCount, pageSize: pageSize)
        default: return false
        }
        return selected != current
    }

    /// Selects `index` (clamped to the rows) and scrolls as little as needed to show it: for a
    /// search hit, or to keep the same account selected after re-sorting.
    public mutating func select(_ index: Int, rowCount: Int, pageSize: Int) {
        selected = min(max(0, index), max(0, rowCount - 1))
        top = firstVisibleRow(rowCount: rowCount, pageSize: pageSize)
    }

    /// The first row to draw: the stored scroll, pulled back so the last page is full and moved
    /// just enough that the selection is on screen.
    public func firstVisibleRow(rowCount: Int, pageSize: Int) -> Int {
        let page = max(1, pageSize)
        let row = selection(rowCount: rowCount) ?? 0
        let first = min(max(top, row - page + 1), row, max(0, rowCount - page))
        return max(0, first)
    }

    /// "12/100000": where the selection is, for a status bar; "0/0" when there are no rows.
    public func positionText(rowCount: Int) -> String {
        guard let row = selection(rowCount: rowCount) else { return "0/0" }
        return "\(row + 1)/\(rowCount)"
    }
}
