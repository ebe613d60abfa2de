/// A day of the week. Numbered as Foundation's `Calendar` numbers weekdays (Sunday = 1) so that
/// the value read from `Calendar.dateComponents([.weekday], …)` converts without a table.
public enum Weekday: Int, CaseIterable, Comparable, Hashable, Sendable {
    case sunday = 1, monday, tuesday, wednesday, thursday, friday, saturday

    /// Monday to Saturday: the desk's default calling days (no calls on Sunday).
    public static let mondayToSaturday: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday]

    /// The three-letter English name the config file uses: `mon`, `tue`, … `sun`.
    public var abbreviation: String {
        switch self {
        case .sunday: return "sun"
        case .monday: return "mon"
        case .tuesday: return "tue"
        case .wednesday: return "wed"
        case .thursday: return "thu"
        case .friday: return "fri"
        case .saturday: return "sat"
        }
    }

    /// The day named by its three-letter abbreviation (any case); nil for anything else.
    public init?(abbreviation: String) {
        let lower = abbreviation.lowercased()
        guard let day = Weekday.allCases.first(where: { $0.abbreviation == lower }) else { return nil }
        self = day
    }

    /// The day's name as people read it: `Monday`, `lunes`.
    public func name(in language: Language) -> String {
        let names = language == .en
            ? ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
            : ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"]
        return names[rawValue - 1]
    }

    /// Position in a Monday-first week (Monday = 0 … Sunday = 6), the order people write ranges in.
    var mondayFirstIndex: Int { (rawValue + 5) % 7 }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.mondayFirstIndex < rhs.mondayFirstIndex }
}
