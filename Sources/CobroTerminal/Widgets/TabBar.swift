/// One screen in the tab bar: the key that opens it and its name.
public struct TabItem: Hashable, Sendable {
    public var key: String
    public var title: String

    public init(key: String, title: String) {
        self.key = key
        self.title = title
    }
}

/// The top line that switches screens (" 1 Queue  2 Account  3 Aging "), the current one in
/// .tabActive. It shows where the clerk is and which key goes where.
public struct TabBar: Hashable, Sendable {
    public var items: [TabItem]
    public var active: Int

    public init(items: [TabItem], active: Int) {
        self.items = items
        self.active = active
    }

    /// Draws on the first row of `rect`. When the names do not all fit, the other tabs shrink
    /// to their keys, so the current screen's name stays readable on a narrow terminal.
    public func draw(into grid: inout Grid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: Style(.tabInactive))
        let full = items.map { " \($0.key) \($0.title) " }
        let fits = full.reduce(0) { $0 + TextWidth.of($1) + 1 } - 1 <= rect.width
        var x = rect.x
        for (index, item) in items.enumerated() where x < rect.maxX {
            let isActive = index == active
            let label = fits || isActive ? full[index] : " \(item.key) "
            x += grid.put(label, x: x, y: rect.y, style: Style(isActive ? .tabActive : .tabInactive), maxWidth: rect.maxX - x) + 1
        }
    }
}
