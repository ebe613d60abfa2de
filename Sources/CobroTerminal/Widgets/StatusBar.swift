/// The bottom line: what the screen is doing on the left (a message, the filter) and where the
/// clerk is on the right (position, user, database). The right text is what they look for, so
/// when the line is short the left text gives way first.
public struct StatusBar: Hashable, Sendable {
    public var left: String
    public var right: String

    public init(left: String = "", right: String = "") {
        self.left = left
        self.right = right
    }

    /// Draws on the first row of `rect`, in .statusBar, with one column of margin at each end.
    public func draw(into grid: inout Grid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        grid.fill(line, style: Style(.statusBar))
        let inside = line.width > 2 ? line.inset(dx: 1) : line
        let shownRight = TextWidth.truncate(right, to: inside.width)
        let rightX = inside.maxX - TextWidth.of(shownRight)
        grid.put(shownRight, x: rightX, y: line.y, style: Style(.statusBar))
        let leftRoom = rightX - inside.x - (shownRight.isEmpty ? 0 : 1)
        grid.put(TextWidth.truncate(left, to: leftRoom), x: inside.x, y: line.y, style: Style(.statusBar), maxWidth: leftRoom)
    }
}
