/// The footer line of key hints ("↑/↓ Move  Enter Open  ? Help"), built from the same bindings
/// the screen handles keys with, so it can never promise a key that does nothing.
public struct KeyLegend: Hashable, Sendable {
    /// One hint: the keys as written, the action's short name, and whether it can be used now.
    public struct Item: Hashable, Sendable {
        public var keys: String
        public var title: String
        public var isEnabled: Bool

        public init(keys: String, title: String, isEnabled: Bool) {
            self.keys = keys
            self.title = title
            self.isEnabled = isEnabled
        }
    }

    public var items: [Item]

    /// The bindings that show in the legend, in their order.
    public init<Action>(_ bindings: [KeyBinding<Action>]) {
        items = bindings.filter(\.showsInLegend).map {
            Item(keys: $0.keyLabel, title: $0.title, isEnabled: $0.disabledReason == nil)
        }
    }

    /// The columns all hints take when none is left out.
    public var width: Int {
        items.map { TextWidth.of($0.keys) + 1 + TextWidth.of($0.title) }.reduce(0, +) + 2 * max(0, items.count - 1)
    }

    /// Draws on the first row of `rect`: keys in .legendKey, titles in .legendText, disabled
    /// hints all in .muted. Hints are drawn in order until one does not fit; later, shorter ones
    /// are not moved up, so each hint keeps its place from screen to screen.
    public func draw(into grid: inout Grid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: Style(.legendText))
        var x = rect.x
        for item in items {
            let width = TextWidth.of(item.keys) + 1 + TextWidth.of(item.title)
            guard x + width <= rect.maxX else { break }
            let keyStyle = Style(item.isEnabled ? .legendKey : .muted)
            let titleStyle = Style(item.isEnabled ? .legendText : .muted)
            x += grid.put(item.keys, x: x, y: rect.y, style: keyStyle) + 1
            x += grid.put(item.title, x: x, y: rect.y, style: titleStyle) + 2
        }
    }
}
