import Foundation

/// What a wall clock and calendar in one time zone show at an instant. Read with Foundation's
/// `Calendar`, which knows every IANA zone's offsets and daylight-saving rules, so that a
/// customer's local time is never guessed from a fixed offset.
public struct LocalClock: Hashable, Sendable {
    public let date: CivilDate
    public let weekday: Weekday
    public let time: TimeOfDay

    public init(_ instant: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute, .second], from: instant)
        // The Gregorian calendar always yields these components; the fallbacks are unreachable.
        date = CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CivilDate(containing: instant, in: zone)
        weekday = Weekday(rawValue: parts.weekday ?? 1) ?? .sunday
        time = TimeOfDay(hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0)
            ?? TimeOfDay(hour: 0)!
    }

    init(date: CivilDate, weekday: Weekday, time: TimeOfDay) {
        self.date = date
        self.weekday = weekday
        self.time = time
    }
}
