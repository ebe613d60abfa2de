/// Cells to write on one row: `cells` go from `column` rightwards.
public struct GridChange: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var cells: [Cell]

    public init(row: Int, column: Int, cells: [Cell]) {
        self.row = row
        self.column = column
        self.cells = cells
    }
}

/// What changed between two frames, so the session writes only that to the terminal.
public enum GridDiff {
    /// The runs of cells of `new` that differ from `old`, row by row, left to right. With no old
    /// frame, or one of another size, every row is one run. A run never starts or ends inside a
    /// wide character of either frame, so the terminal never keeps half of one.
    public static func changes(from old: Grid?, to new: Grid) -> [GridChange] {
        guard let old, old.width == new.width, old.height == new.height else {
            return (0..<new.height).map { row in
                GridChange(row: row, column: 0, cells: (0..<new.width).map { new[$0, row] })
            }
        }
        return (0..<new.height).flatMap { changes(onRow: $0, from: old, to: new) }
    }

    private static func changes(onRow row: Int, from old: Grid, to new: Grid) -> [GridChange] {
        func differs(_ column: Int) -> Bool { old[column, row] != new[column, row] }
        func insideWide(_ column: Int) -> Bool { old[column, row].width == 0 || new[column, row].width == 0 }

        var runs: [GridChange] = []
        var column = 0
        while column < new.width {
            guard differs(column) else {
                column += 1
                continue
            }
            var start = column
            while start > 0, insideWide(start) { start -= 1 }
            var end = column + 1
            while end < new.width, differs(end) || insideWide(end) { end += 1 }
            runs.append(GridChange(row: row, column: start, cells: (start..<end).map { new[$0, row] }))
            column = end
        }
        return runs
    }
}
