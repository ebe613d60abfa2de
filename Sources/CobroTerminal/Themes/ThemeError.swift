/// One problem in a theme file, on its 1-based line.
public struct ThemeProblem: Hashable, Sendable {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}

/// Why a theme could not be loaded. Every message names the file and, where there is one, the
/// line: `dark.yaml:12: unknown colour 'purplish'`.
public enum ThemeError: Error, Hashable, CustomStringConvertible {
    /// The file has problems, each on its own line, in file order.
    case invalid(file: String, problems: [ThemeProblem])
    /// The file could not be read as UTF-8 text.
    case unreadable(file: String, reason: String)
    /// No folder holds a theme of that name.
    case unknownTheme(name: String, available: [String], searched: [String])

    public var description: String {
        switch self {
        case .invalid(let file, let problems):
            return problems.map { "\(file):\($0.line): \($0.message)" }.joined(separator: "\n")
        case .unreadable(let file, let reason):
            return "\(file): cannot read theme: \(reason)"
        case .unknownTheme(let name, let available, let searched):
            return "unknown theme '\(name)'; available: \(available.joined(separator: ", "))"
                + " (themes are looked for in \(searched.joined(separator: ", ")))"
        }
    }
}
