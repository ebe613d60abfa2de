import CobroTerminal

/// A multi-line text editor: typing inserts at the cursor, Enter splits the line, Backspace and
/// Delete join lines at their ends, arrows, Home/End and PgUp/PgDn move; it scrolls to keep the
/// cursor in view. Lines are arrays of characters (grapheme clusters), as in `TextField`.
struct TextArea: Hashable, Sendable {
    private(set) var lines: [[Character]]
    private(set) var row = 0
    private(set) var column = 0
    /// The first line shown.
    private(set) var top = 0

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
    }

    /// The text, every line ended by a newline as template files are.
    var text: String { lines.map { String($0) }.joined(separator: "\n") + "\n" }

    /// Edits or moves for `key`; returns whether the key was the editor's.
    mutating func handle(_ key: Key, pageSize: Int) -> FieldResponse {
        let before = lines
        switch key {
        case .character(let character) where !character.isNewline && !character.unicodeScalars.contains(where: Self.isControl):
            lines[row].insert(character, at: column)
            column += 1
        case .enter:
            let rest = Array(lines[row][column...])
            lines[row].removeSubrange(column...)
            lines.insert(rest, at: row + 1)
            row += 1
            column = 0
        case .backspace:
            if column > 0 {
                lines[row].remove(at: column - 1)
                column -= 1
            } else if row > 0 {
                column = lines[row - 1].count
                lines[row - 1] += lines.remove(at: row)
                row -= 1
            }
        case .delete:
            if column < lines[row].count {
                lines[row].remove(at: column)
            } else if row + 1 < lines.count {
                lines[row] += lines.remove(at: row + 1)
            }
        case .left:
            if column > 0 { column -= 1 } else if row > 0 { row -= 1; column = lines[row].count }
        case .right:
            if column < lines[row].count { column += 1 } else if row + 1 < lines.count { row += 1; column = 0 }
        case .up: moveRow(by: -1)
        case .down: moveRow(by: 1)
        case .pageUp: moveRow(by: -max(1, pageSize - 1))
        case .pageDown: moveRow(by: max(1, pageSize - 1))
        case .home, .control("a"): column = 0
        case .end, .control("e"): column = lines[row].count
        default: return .ignored
        }
        scrollToCursor(pageSize: pageSize)
        return lines == before ? .handled : .textChanged
    }

    private mutating func moveRow(by delta: Int) {
        row = min(max(0, row + delta), lines.count - 1)
        column = min(column, lines[row].count)
    }

    private mutating func scrollToCursor(pageSize: Int) {
        if row < top { top = row }
        if row >= top + pageSize { top = row - pageSize + 1 }
    }

    /// Draws the visible lines with their numbers (problem lines marked) and, when `focused`,
    /// puts the terminal cursor at the editing point.
    func draw(into grid: inout Grid, in rect: Rect, focused: Bool, problemLines: Set<Int>) {
        let gutter = max(3, String(lines.count).count) + 1
        let textWidth = max(1, rect.width - gutter - 1)
        // Long lines scroll sideways only on the cursor's line, so the rest stay readable.
        for offset in 0..<rect.height {
            let index = top + offset
            guard index < lines.count else { break }
            let y = rect.y + offset
            let number = String(index + 1)
            let hasProblem = problemLines.contains(index + 1)
            grid.put(String(repeating: " ", count: gutter - 1 - number.count) + number, x: rect.x, y: y,
                     style: Style(hasProblem ? .error : .muted, bold: hasProblem))
            let shift = index == row ? max(0, column - textWidth + 1) : 0
            grid.put(String(lines[index].dropFirst(shift)), x: rect.x + gutter, y: y, maxWidth: textWidth)
            if focused, index == row {
                let before = TextWidth.of(String(lines[index][shift..<column]))
                grid.cursor = Point(x: rect.x + gutter + before, y: y)
            }
        }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }
}
