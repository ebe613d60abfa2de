import Foundation

/// Local calendar days of one zone, read fast over a stretch of time.
///
/// The rules turn many instants into local days (every recent call, every promise, the last
/// contact), and asking the zone each time costs a lock and an ICU call. Over a stretch of time a
/// zone's UTC offset changes only at its transitions (daylight saving, or a change of standard
/// offset), so the offsets and transitions of the stretch are read from the zone once and local
/// days worked out by arithmetic from them. Instants outside the stretch ask the zone.
struct LocalDays {
    let zone: TimeZone
    private let from: Double
    private let until: Double
    /// (start, offset) pairs, the first starting at `from`: the offset in effect from `start` on.
    private let offsets: [(start: Double, seconds: Int)]

    /// No stretch: every instant asks the zone.
    init(zone: TimeZone) {
        self.zone = zone
        from = 0
        until = 0
        offsets = []
    }

    /// Offsets read once for `from ..< until`.
    init(zone: TimeZone, from start: Date, until end: Date) {
        self.zone = zone
        var offsets = [(start: start.timeIntervalSince1970, seconds: zone.secondsFromGMT(for: start))]
        var cursor = start
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end, offsets.count < 64 {
            offsets.append((next.timeIntervalSince1970, zone.secondsFromGMT(for: next)))
            cursor = next
        }
        from = start.timeIntervalSince1970
        until = end.timeIntervalSince1970
        self.offsets = offsets
    }

    /// Seconds east of UTC at `instant`.
    func offset(at instant: Date) -> Int {
        let time = instant.timeIntervalSince1970
        guard time >= from, time < until else { return zone.secondsFromGMT(for: instant) }
        var seconds = offsets[0].seconds
        for change in offsets.dropFirst() {
            guard time >= change.start else { break }
            seconds = change.seconds
        }
        return seconds
    }

    /// The local calendar day of `instant` (as `CivilDate(containing:in:)`).
    func date(of instant: Date) -> CivilDate {
        CivilDate(daysSinceEpoch: LocalDays.floorDivide(localSeconds(instant), 86_400))
    }

    /// The wall clock at `instant` (as `LocalClock(_:in:)`).
    func clock(of instant: Date) -> LocalClock {
        let seconds = localSeconds(instant)
        let days = LocalDays.floorDivide(seconds, 86_400)
        let secondOfDay = seconds - days * 86_400
        // 1970-01-01 was a Thursday (Calendar weekday 5).
        let weekday = Weekday(rawValue: ((days + 4) % 7 + 7) % 7 + 1)!
        return LocalClock(
            date: CivilDate(daysSinceEpoch: days), weekday: weekday,
            time: TimeOfDay(hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60, second: secondOfDay % 60)!)
    }

    private func localSeconds(_ instant: Date) -> Int {
        Int(instant.timeIntervalSince1970.rounded(.down)) + offset(at: instant)
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    }
}
