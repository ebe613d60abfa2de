import Foundation

/// A calendar day with no time and no zone, as invoices and payments carry them (`YYYY-MM-DD`).
/// Stored as a count of days since 1970-01-01 so that day arithmetic is exact and cheap.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let daysSinceEpoch: Int

    public init(daysSinceEpoch: Int) { self.daysSinceEpoch = daysSinceEpoch }

    /// 9999-12-31: the last day a `YYYY-MM-DD` date can name, so the last one Cobro stores.
    public static let latest = CivilDate(year: 9999, month: 12, day: 31)!

    /// The day with this year, month and day, or nil when it does not exist (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        daysSinceEpoch = CivilDate.days(year: year, month: month, day: day)
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (`2026-1-5`, `23/11/2026`, `2026-02-30`) is nil.
    public init?(iso text: String) {
        var text = text
        // Reads the bytes in place: the store parses millions of these per report.
        guard let date = text.withUTF8(CivilDate.parse) else { return nil }
        self = date
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// Today's date in the given time zone.
    public static func today(in timeZone: TimeZone, now: Date = Date()) -> CivilDate {
        CivilDate(containing: now, in: timeZone)
    }

    /// The local calendar day on which `instant` falls in `timeZone`.
    public init(containing instant: Date, in timeZone: TimeZone) {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: instant)
        let secondsPerDay = 86_400
        daysSinceEpoch = seconds >= 0 ? seconds / secondsPerDay : (seconds - secondsPerDay + 1) / secondsPerDay
    }

    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    public func adding(days: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// Whole days from `other` to `self` (positive when `self` is later).
    public func days(since other: CivilDate) -> Int { daysSinceEpoch - other.daysSinceEpoch }

    /// The ISO form, `2026-11-23`.
    public var iso: String {
        let (year, month, day) = components
        return CivilDate.padded(year, 4) + "-" + CivilDate.padded(month, 2) + "-" + CivilDate.padded(day, 2)
    }

    public var description: String { iso }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    // Howard Hinnant's days_from_civil.
    private static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

extension CivilDate {
    private static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The date as people read it: `23/11/2026` in Spanish, `23 Nov 2026` in English.
    public func formatted(in language: Language) -> String {
        let (year, month, day) = components
        switch language {
        case .es: return CivilDate.padded(day, 2) + "/" + CivilDate.padded(month, 2) + "/" + String(year)
        case .en: return "\(day) \(CivilDate.englishMonths[month - 1]) \(year)"
        }
    }
}
