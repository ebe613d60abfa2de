/// A wall-clock time in some local zone, to the second: the edges of a calling window.
/// `24:00` is allowed as an end (the end of the day) so a window can reach midnight.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let secondsSinceMidnight: Int

    /// The time `hour:minute:second`; nil outside 00:00:00…24:00:00.
    public init?(hour: Int, minute: Int = 0, second: Int = 0) {
        guard (0...24).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        let seconds = hour * 3600 + minute * 60 + second
        guard seconds <= 86_400 else { return nil }
        secondsSinceMidnight = seconds
    }

    /// Parses `HH:MM` (the config form); anything else is nil.
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var hour: Int { secondsSinceMidnight / 3600 }
    public var minute: Int { secondsSinceMidnight % 3600 / 60 }
    public var second: Int { secondsSinceMidnight % 60 }

    /// `HH:MM` (seconds are dropped: windows and callbacks are set to the minute).
    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.secondsSinceMidnight < rhs.secondsSinceMidnight }
}
