/// One column of a `TableView`: its title, how wide it is and which side its text hugs.
public struct TableColumn: Hashable, Sendable {
    /// Fixed columns hold codes, dates and amounts whose width is known; flexible ones (names,
    /// notes) share whatever the terminal has left, never shrinking below their minimum.
    public enum Width: Hashable, Sendable {
        case fixed(Int)
        case flexible(minimum: Int)
    }

    public var title: String
    public var width: Width
    /// Amounts are right-aligned so their decimals line up; text is left-aligned.
    public var alignment: TextWidth.Alignment

    public init(_ title: String, width: Width, alignment: TextWidth.Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// Which column the rows are sorted by, shown as ▲ (ascending) or ▼ (descending) in its header.
/// The screen sorts its own data; the table only shows the indicator.
public struct TableSort: Hashable, Sendable {
    public var column: Int
    public var ascending: Bool

    public init(column: Int, ascending: Bool) {
        self.column = column
        self.ascending = ascending
    }
}
