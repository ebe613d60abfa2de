/// A key press, decoded from the terminal into a name screens can match on.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case character(Character)
    /// Ctrl plus a letter, as `control("a")`.
    case control(Character)
    case enter
    case escape
    case tab
    case backTab
    case backspace
    case delete
    case up, down, left, right
    case pageUp, pageDown
    case home, end
    case function(Int)
    /// The terminal changed size.
    case resize

    /// How the key is written in the key legend and the help overlay.
    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let character): return "^" + String(character).uppercased()
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .function(let number): return "F\(number)"
        case .resize: return "resize"
        }
    }
}

/// One action a screen offers, as data: the legend, the help overlay and the key handler all
/// come from the same bindings, so they never drift apart.
public struct KeyBinding<Action>: Sendable where Action: Sendable {
    public var keys: [Key]
    /// A short name for the legend ("Sort").
    public var title: String
    /// A sentence for the help overlay.
    public var help: String
    public var showsInLegend: Bool
    /// Why the action cannot be taken right now; nil when it can.
    public var disabledReason: String?
    public var action: Action

    public init(_ keys: [Key], title: String, help: String? = nil, showsInLegend: Bool = true,
                disabledReason: String? = nil, action: Action) {
        self.keys = keys
        self.title = title
        self.help = help ?? title
        self.showsInLegend = showsInLegend
        self.disabledReason = disabledReason
        self.action = action
    }

    /// The keys as the legend writes them: `↑/↓`, `Enter`.
    public var keyLabel: String { keys.map(\.description).joined(separator: "/") }
}

extension Array {
    /// The action bound to `key`, if an enabled binding has it.
    public func action<Action>(for key: Key) -> Action? where Element == KeyBinding<Action> {
        first { $0.keys.contains(key) && $0.disabledReason == nil }?.action
    }
}
