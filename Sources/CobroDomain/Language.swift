/// The languages the desk speaks. Display formats (amounts, dates) follow the language.
public enum Language: String, CaseIterable, Sendable {
    case es
    case en

    /// The language named by a POSIX locale such as `es_ES.UTF-8`, `en_US` or `C`; nil when neither.
    public init?(localeIdentifier: String) {
        let prefix = localeIdentifier.prefix(2).lowercased()
        guard let language = Language(rawValue: prefix) else { return nil }
        self = language
    }

    var groupSeparator: Character { self == .es ? "." : "," }
    var decimalSeparator: Character { self == .es ? "," : "." }
}
