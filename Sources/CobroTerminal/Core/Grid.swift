/// One screen cell: a grapheme cluster and its style. A wide character (CJK, emoji) fills two
/// cells: the first holds it with `width` 2, the second is a continuation with `width` 0.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: Int
    public var style: Style

    public init(text: String, width: Int, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static func blank(_ style: Style = .normal) -> Cell { Cell(text: " ", width: 1, style: style) }
    static func continuation(_ style: Style) -> Cell { Cell(text: "", width: 0, style: style) }
}

/// The cells a screen draws into. Only the renderer copies a grid to the terminal; tests read it
/// back as text, so screens are tested without a terminal.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal shows its cursor (a text field being edited); nil hides it.
    public var cursor: Point?

    public init(width: Int, height: Int, style: Style = .normal) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Writes `text` from (x, y) on one row, clipped to the grid and to `maxWidth` columns.
    /// A wide character that does not fit whole is drawn as a space. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var column = x
        for character in text {
            let characterWidth = TextWidth.of(character)
            guard characterWidth > 0 else { continue }
            if column + characterWidth > limit {
                if column < limit, column >= 0 { set(Cell.blank(style), x: column, y: y) }
                break
            }
            if column >= 0 {
                // A tab in stored text (a note imported from a file) would move the terminal's cursor.
                let shown = character == "\t" ? " " : String(character)
                set(Cell(text: shown, width: characterWidth, style: style), x: column, y: y)
                if characterWidth == 2 { set(.continuation(style), x: column + 1, y: y) }
            }
            column += characterWidth
        }
        return max(0, column - x)
    }

    /// Paints every cell of `rect` blank in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { set(.blank(style), x: x, y: y) }
        }
    }

    /// Changes the style of the cells of `rect`, keeping their text (a selection bar).
    public mutating func restyle(_ rect: Rect, style: Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { cells[y * width + x].style = style }
        }
    }

    /// Row `y` as text, continuation cells skipped, trailing spaces kept.
    public func row(_ y: Int) -> String {
        (0..<width).reduce(into: "") { $0 += self[$1, y].text }
    }

    /// The whole grid as text, one line per row, trailing spaces trimmed: what tests compare.
    public var text: String {
        (0..<height).map { y in
            var line = row(y)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// Sets one cell, blanking the other half of any wide character it overwrites.
    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let index = y * width + x
        let old = cells[index]
        if old.width == 2, x + 1 < width, cell.width != 2 { cells[index + 1] = .blank(old.style) }
        if old.width == 0, cell.width != 0, x > 0 { cells[index - 1] = .blank(cells[index - 1].style) }
        cells[index] = cell
    }
}
