import CobroDomain
import Foundation

/// Instants as a clerk reads them, on a given clock.
enum LocalTime {
    /// `10:30`.
    static func clock(_ instant: Date, in zone: TimeZone) -> String {
        let parts = calendar(zone).dateComponents([.hour, .minute], from: instant)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// `10:30 lun` / `10:30 Mon`: whether it is still a working day there matters on the phone.
    static func clockAndDay(_ instant: Date, in zone: TimeZone, language: Language) -> String {
        let weekday = calendar(zone).component(.weekday, from: instant) - 1
        let names = language == .es ? ["dom", "lun", "mar", "mié", "jue", "vie", "sáb"] : ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        return clock(instant, in: zone) + " " + names[weekday]
    }

    /// `23/11/2026 10:30` or `23 Nov 2026 10:30`.
    static func moment(_ instant: Date, in zone: TimeZone, language: Language) -> String {
        CivilDate(containing: instant, in: zone).formatted(in: language) + " " + clock(instant, in: zone)
    }

    private static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }
}
