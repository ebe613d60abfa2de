/// What a piece of screen means. Screens ask for a role; the theme decides its colours, so the
/// `mono` theme proves every screen still reads without colour.
public enum ThemeRole: String, CaseIterable, Sendable {
    case normal
    case muted
    case title
    case header
    case selection
    case border
    case statusBar
    case legendKey
    case legendText
    case tabActive
    case tabInactive
    case input
    case inputInvalid
    case dialog
    case warning
    case error
    case success
    case bar
    case bucketCurrent
    case bucket1to30
    case bucket31to60
    case bucket61to90
    case bucket91to120
    case bucketOver120
}

extension ThemeRole {
    /// The six aging-bucket roles, current to 120+, deepening with age.
    public static let agingBuckets: [ThemeRole] = [.bucketCurrent, .bucket1to30, .bucket31to60, .bucket61to90, .bucket91to120, .bucketOver120]
}

/// How one cell is drawn: its role plus the attributes every terminal has.
public struct Style: Hashable, Sendable {
    public var role: ThemeRole
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: ThemeRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let normal = Style()
}
