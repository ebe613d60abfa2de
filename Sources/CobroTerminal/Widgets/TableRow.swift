/// One cell's text, with a style of its own when it means something (an amount in its aging
/// bucket's colour); nil draws it as normal text.
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var style: Style?

    public init(_ text: String, style: Style? = nil) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }
}

/// One row as the table draws it, cells in column order. A row with fewer cells than the table
/// has columns leaves the rest blank.
public struct TableRow: Hashable, Sendable, ExpressibleByArrayLiteral {
    public var cells: [TableCell]

    public init(_ cells: [TableCell]) {
        self.cells = cells
    }

    public init(arrayLiteral cells: TableCell...) {
        self.cells = cells
    }

    /// A row of plain texts, for rows built from data rather than literals.
    public init(texts: [String]) {
        cells = texts.map { TableCell($0) }
    }
}
