import Foundation

/// When a customer may be called: a local-time window (`start` ≤ time < `end`) on some weekdays,
/// always read in the customer's OWN time zone. A call at 13:30 in Madrid may be a call at 07:30
/// in New York, and the law that protects the debtor counts the debtor's clock.
public struct CallingHours: Hashable, Sendable, CustomStringConvertible {
    /// First allowed moment of the day (inclusive).
    public let start: TimeOfDay
    /// First moment no longer allowed (exclusive): 21:00 means 20:59:59 is the last callable second.
    public let end: TimeOfDay
    public let weekdays: Set<Weekday>

    /// A window; nil when it is empty (`end` not after `start`) or has no day.
    public init?(start: TimeOfDay, end: TimeOfDay, weekdays: Set<Weekday> = Weekday.mondayToSaturday) {
        guard start < end, !weekdays.isEmpty else { return nil }
        self.start = start
        self.end = end
        self.weekdays = weekdays
    }

    /// US Regulation F §1006.6(b)(1)(i): not before 8 a.m. nor after 9 p.m. at the consumer's
    /// location. The desk adds no calls on Sunday (SPEC §5): 08:00–21:00, Monday to Saturday.
    public static let regulationF = CallingHours(
        start: TimeOfDay(hour: 8)!, end: TimeOfDay(hour: 21)!, weekdays: Weekday.mondayToSaturday)!

    /// Mexico, CONDUSEF's rules for collection agencies: 07:00–22:00 at the debtor's location.
    /// The desk keeps its Monday-to-Saturday days here too; only the hours are wider.
    public static let mexico = CallingHours(
        start: TimeOfDay(hour: 7)!, end: TimeOfDay(hour: 22)!, weekdays: Weekday.mondayToSaturday)!

    /// Whether `instant` falls inside the window on the customer's own clock in `zone`
    /// (IANA rules, daylight saving included).
    public func allows(_ instant: Date, in zone: TimeZone) -> Bool {
        allows(LocalClock(instant, in: zone))
    }

    /// Whether a local weekday and time fall inside the window.
    public func allows(_ clock: LocalClock) -> Bool {
        weekdays.contains(clock.weekday) && start <= clock.time && clock.time < end
    }

    // MARK: - Config text

    /// Parses the config form `HH:MM-HH:MM [days]`, days being a comma list of three-letter
    /// names or Monday-first ranges (`mon-sat`, `mon-fri,sun`); without days, Monday to Saturday.
    /// Examples: `08:00-21:00`, `07:00-22:00 mon-sat`, `09:00-18:00 mon-fri`.
    public init?(parsing text: String) {
        let fields = text.split(separator: " ", omittingEmptySubsequences: true)
        guard (1...2).contains(fields.count) else { return nil }
        let times = fields[0].split(separator: "-", omittingEmptySubsequences: false)
        guard times.count == 2, let start = TimeOfDay(text: String(times[0])), let end = TimeOfDay(text: String(times[1]))
        else { return nil }
        var days = Weekday.mondayToSaturday
        if fields.count == 2 {
            guard let parsed = CallingHours.parseDays(String(fields[1])) else { return nil }
            days = parsed
        }
        self.init(start: start, end: end, weekdays: days)
    }

    /// The config form, e.g. `08:00-21:00 mon-sat`.
    public var description: String { "\(start)-\(end) \(CallingHours.daysText(weekdays))" }

    private static func parseDays(_ text: String) -> Set<Weekday>? {
        var days: Set<Weekday> = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = item.split(separator: "-", omittingEmptySubsequences: false)
            guard let first = ends.first.flatMap({ Weekday(abbreviation: String($0)) }) else { return nil }
            switch ends.count {
            case 1:
                days.insert(first)
            case 2:
                guard let last = Weekday(abbreviation: String(ends[1])) else { return nil }
                // Monday-first ranges; `sat-mon` wraps over Sunday.
                var index = first.mondayFirstIndex
                while true {
                    days.insert(weekday(mondayFirstIndex: index))
                    if index == last.mondayFirstIndex { break }
                    index = (index + 1) % 7
                }
            default:
                return nil
            }
        }
        return days
    }

    private static func weekday(mondayFirstIndex index: Int) -> Weekday {
        Weekday(rawValue: (index + 1) % 7 + 1)!
    }

    /// Runs of consecutive days in Monday-first order, `mon-sat` or `mon-wed,fri`.
    private static func daysText(_ days: Set<Weekday>) -> String {
        let indexes = days.map(\.mondayFirstIndex).sorted()
        var runs: [(Int, Int)] = []
        for index in indexes {
            if let last = runs.last, last.1 + 1 == index { runs[runs.count - 1].1 = index } else { runs.append((index, index)) }
        }
        return runs.map { run in
            let first = weekday(mondayFirstIndex: run.0).abbreviation
            return run.0 == run.1 ? first : first + "-" + weekday(mondayFirstIndex: run.1).abbreviation
        }.joined(separator: ",")
    }
}
