import CobroDomain
import Foundation

/// The UTC offsets of the demo's five zones on every day the contact history uses, read from
/// the zones once: a million contacts need a million local times turned into instants, and
/// asking Foundation each time would cost more than writing them.
struct DemoZoneOffsets {
    private let first: CivilDate
    private let offsets: [DemoRegion: [Int]]

    init(around today: CivilDate) {
        let first = today.adding(days: -DemoHistoryBuilder.historyDays - 20)
        self.first = first
        var offsets: [DemoRegion: [Int]] = [:]
        for region in [DemoRegion.spain, .unitedStates, .mexico, .chile, .colombia] {
            let zone = TimeZone(identifier: region.timeZone) ?? TimeZone(identifier: "UTC")!
            // The offset at noon UTC: every zone here changes its clocks at night, so it is the
            // offset of the whole working day.
            offsets[region] = (0..<(DemoHistoryBuilder.historyDays + 100)).map { day in
                zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double((first.daysSinceEpoch + day) * 86_400 + 43_200)))
            }
        }
        self.offsets = offsets
    }

    /// The instant (seconds since 1970, UTC) at which the clock in `region` reads `minute` minutes
    /// and `second` seconds past midnight on `day`.
    func instant(_ day: CivilDate, minute: Int, second: Int = 0, in region: DemoRegion) -> Int64 {
        let index = day.days(since: first)
        let offset: Int
        if let table = offsets[region], table.indices.contains(index) {
            offset = table[index]
        } else {
            let zone = TimeZone(identifier: region.timeZone) ?? TimeZone(identifier: "UTC")!
            offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(day.daysSinceEpoch * 86_400 + 43_200)))
        }
        return Int64(day.daysSinceEpoch * 86_400 + minute * 60 + second - offset)
    }
}

enum DemoTimestamp {
    /// `2026-11-23T09:41:07Z`: the text `Timestamp.iso` writes, made without a formatter.
    static func iso(_ seconds: Int64) -> String {
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let rest = Int(seconds) - days * 86_400
        return CivilDate(daysSinceEpoch: days).iso + "T" + two(rest / 3600) + ":" + two(rest / 60 % 60) + ":" + two(rest % 60) + "Z"
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }
}

extension CivilDate {
    /// Monday 0 … Sunday 6 (1970-01-01 was a Thursday).
    var mondayFirstWeekday: Int { ((daysSinceEpoch + 3) % 7 + 7) % 7 }
    var isSunday: Bool { mondayFirstWeekday == 6 }
    var isSaturday: Bool { mondayFirstWeekday == 5 }
}
