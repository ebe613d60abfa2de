import CobroDomain
import Foundation

/// When to call back, as the clerk types it, always read on the desk's clock:
/// `YYYY-MM-DD HH:MM`, `HH:MM` (today), or from now `+30m`, `+2h`, `+1d` (same time that many
/// days on). Times are kept to the minute: a callback at 12:07:31 would show as 12:07 anyway.
enum CallLogCallbackTime {
    enum Failure: Error, Equatable {
        case empty
        case unreadable
        case notAfterNow
    }

    static func parse(_ text: String, now: Date, timeZone: TimeZone) -> Result<Date, Failure> {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .failure(.empty) }
        let calendar = calendar(timeZone)
        let instant: Date?
        if text.hasPrefix("+") {
            instant = fromNow(text.dropFirst(), now: now, calendar: calendar)
        } else {
            let parts = text.split(separator: " ", omittingEmptySubsequences: true)
            switch parts.count {
            case 1: instant = at(CivilDate(containing: now, in: timeZone), time: parts[0], calendar: calendar)
            case 2: instant = CivilDate(iso: String(parts[0])).flatMap { at($0, time: parts[1], calendar: calendar) }
            default: instant = nil
            }
        }
        guard let instant else { return .failure(.unreadable) }
        return instant > now ? .success(instant) : .failure(.notAfterNow)
    }

    /// Two hours from now, rounded up to the quarter hour: the clerk's usual "call me later".
    /// Rounding the absolute time works because every zone's offset is a whole quarter hour.
    static func suggestion(now: Date) -> Date {
        let quarter = 15.0 * 60
        return Date(timeIntervalSince1970: ((now.timeIntervalSince1970 + 2 * 3600) / quarter).rounded(.up) * quarter)
    }

    /// `2026-11-23 12:15`, the full form `parse` reads back.
    static func text(_ instant: Date, timeZone: TimeZone) -> String {
        let clock = LocalClock(instant, in: timeZone)
        return clock.date.iso + " " + clock.time.description
    }

    private static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// `30m`, `2h`, `1d` (any case), up to 999 units.
    private static func fromNow(_ text: Substring, now: Date, calendar: Calendar) -> Date? {
        let digits = text.dropLast()
        guard let unit = text.last?.lowercased(), (1...3).contains(digits.count),
              digits.allSatisfy({ $0.isASCII && $0.isNumber }), let count = Int(digits)
        else { return nil }
        let later: Date?
        switch unit {
        case "m": later = now.addingTimeInterval(Double(count) * 60)
        case "h": later = now.addingTimeInterval(Double(count) * 3600)
        case "d": later = calendar.date(byAdding: .day, value: count, to: now)
        default: later = nil
        }
        return later.map { Date(timeIntervalSince1970: ($0.timeIntervalSince1970 / 60).rounded(.down) * 60) }
    }

    /// `9:30` or `09:30` on `day`; a time the clock skips (a daylight-saving gap) moves forward.
    private static func at(_ day: CivilDate, time: Substring, calendar: Calendar) -> Date? {
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
        else { return nil }
        let (year, month, dayOfMonth) = day.components
        return calendar.date(from: DateComponents(year: year, month: month, day: dayOfMonth, hour: hour, minute: minute))
    }
}
