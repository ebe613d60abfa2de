/// The attributes every terminal can show, with or without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)

    /// The names a theme file uses in its `attributes` lists.
    public static let names: [String: TextAttributes] = [
        "bold": .bold, "reverse": .reverse, "underline": .underline, "dim": .dim,
    ]
}

/// How a theme draws one role.
public struct RoleAppearance: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: TextAttributes

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public var usesColor: Bool { foreground != .terminalDefault || background != .terminalDefault }
}

/// A colour scheme: an appearance for every `ThemeRole`. Screens ask for roles; only the
/// terminal session reads the theme.
public struct Theme: Hashable, Sendable {
    public let name: String
    private let appearances: [ThemeRole: RoleAppearance]

    /// A theme is complete by construction: `appearance` is asked for every role.
    public init(name: String, appearance: (ThemeRole) -> RoleAppearance) {
        self.name = name
        appearances = Dictionary(uniqueKeysWithValues: ThemeRole.allCases.map { ($0, appearance($0)) })
    }

    /// Never nil: `init` stores every role.
    public subscript(role: ThemeRole) -> RoleAppearance { appearances[role]! }

    /// False for a theme of attributes only (`mono`): the session then starts no colour at all.
    public var usesColor: Bool { appearances.values.contains(where: \.usesColor) }
}
