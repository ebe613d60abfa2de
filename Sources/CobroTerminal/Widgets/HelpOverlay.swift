/// The `?` screen: every key of the current screen with what it does, built from the screen's
/// bindings like the legend, so help can never drift from the code. Actions that cannot be used
/// now are listed too, in .muted with the reason, so the clerk learns why rather than guessing.
public struct HelpOverlay: Hashable, Sendable {
    /// One line of help: the keys, the sentence, and why it is disabled (nil when it is not).
    public struct Entry: Hashable, Sendable {
        public var keys: String
        public var help: String
        public var disabledReason: String?

        public init(keys: String, help: String, disabledReason: String? = nil) {
            self.keys = keys
            self.help = help
            self.disabledReason = disabledReason
        }
    }

    /// Whether the overlay is still up after a key.
    public enum Response: Hashable, Sendable {
        case open
        case closed
    }

    /// "Keys — Aging".
    public var title: String
    public var entries: [Entry]
    /// The first entry shown; drawing clamps it to the area it is given.
    public private(set) var scroll = 0

    /// Every binding, legend or not, in order.
    public init<Action>(title: String, bindings: [KeyBinding<Action>]) {
        self.title = title
        entries = bindings.map { Entry(keys: $0.keyLabel, help: $0.help, disabledReason: $0.disabledReason) }
    }

    /// ↑/↓ (k/j) scroll a line, PgUp/PgDn a page; Esc, `?` and `q` close. Every other key is
    /// swallowed: the overlay is modal. `area` is where it will be drawn, which decides how
    /// far it can scroll.
    public mutating func handle(_ key: Key, in area: Rect) -> Response {
        let page = max(1, box(in: area).height - 2)
        switch key {
        case .escape, .character("?"), .character("q"): return .closed
        case .up, .character("k"): scroll -= 1
        case .down, .character("j"): scroll += 1
        case .pageUp: scroll -= page
        case .pageDown: scroll += page
        default: break
        }
        scroll = clampedScroll(in: area)
        return .open
    }

    /// Draws the box centred in `area`: the keys column in .legendKey, the help in .dialog,
    /// disabled entries in .muted, and ▲/▼ on the right edge when there is more to scroll to.
    public func draw(into grid: inout Grid, in area: Rect) {
        let frame = box(in: area)
        grid.fill(frame, style: Style(.dialog))
        let inside = Box.draw(into: &grid, in: frame, title: title).inset(dx: 1)
        let keyWidth = entries.map { TextWidth.of($0.keys) }.max() ?? 0
        let first = clampedScroll(in: area)
        for (offset, entry) in entries.dropFirst(first).prefix(inside.height).enumerated() {
            let y = inside.y + offset
            let enabled = entry.disabledReason == nil
            let keys = TextWidth.fit(entry.keys, to: min(keyWidth, inside.width), alignment: .left)
            grid.put(keys, x: inside.x, y: y, style: Style(enabled ? .legendKey : .muted), maxWidth: inside.width)
            let textX = inside.x + keyWidth + 2
            let textRoom = inside.maxX - textX
            guard textRoom > 0 else { continue }
            grid.put(TextWidth.truncate(Self.text(of: entry), to: textRoom), x: textX, y: y,
                     style: Style(enabled ? .dialog : .muted), maxWidth: textRoom)
        }
        guard frame.height > 2 else { return }
        if first > 0 { grid.put("▲", x: frame.maxX - 1, y: frame.y + 1, style: Style(.border)) }
        if first + inside.height < entries.count { grid.put("▼", x: frame.maxX - 1, y: frame.maxY - 2, style: Style(.border)) }
    }

    private static func text(of entry: Entry) -> String {
        entry.disabledReason.map { "\(entry.help) (\($0))" } ?? entry.help
    }

    /// As wide as the longest line and as tall as the entries, within `area`.
    private func box(in area: Rect) -> Rect {
        let keyWidth = entries.map { TextWidth.of($0.keys) }.max() ?? 0
        let textWidth = entries.map { TextWidth.of(Self.text(of: $0)) }.max() ?? 0
        let contentWidth = max(keyWidth + 2 + textWidth, TextWidth.of(title) + 4)
        return area.centered(width: contentWidth + 4, height: entries.count + 2)
    }

    private func clampedScroll(in area: Rect) -> Int {
        min(max(0, scroll), max(0, entries.count - (box(in: area).height - 2)))
    }
}
