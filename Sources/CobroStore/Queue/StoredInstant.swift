import CobroDomain
import Foundation

/// An instant as Cobro stores it (ISO 8601, UTC).
///
/// Cobro writes one shape, `2026-11-23T09:30:00Z`; it is read by arithmetic, because the queue
/// summary is rebuilt from a million contact-log entries and Foundation's parser costs
/// microseconds each. Any other ISO 8601 text (an offset, fractions of a second) goes to
/// Foundation.
func storedInstant(_ text: String) throws -> Date {
    if let date = wholeSecondUTC(text) { return date }
    guard let date = Timestamp.parse(text) else { throw CorruptValue(what: "timestamp", value: text) }
    return date
}

private func wholeSecondUTC(_ text: String) -> Date? {
    var text = text
    return text.withUTF8 { bytes -> Date? in
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z")
        else { return nil }
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for index in start..<start + count {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              hour < 24, minute < 60, second < 60,
              let date = CivilDate(year: year, month: month, day: day)
        else { return nil }
        let seconds = date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: Double(seconds))
    }
}
