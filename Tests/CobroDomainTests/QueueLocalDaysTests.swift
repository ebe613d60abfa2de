@testable import CobroDomain
import Foundation
import Testing

private typealias F = QueueFixture

/// The queue reads local days from offsets cached per zone; they must agree with Foundation's
/// calendar everywhere, daylight-saving transitions included.
@Suite("Cached local days agree with Foundation's calendar")
struct QueueLocalDaysTests {
    @Test("every hour of a year, in zones with and without daylight saving",
          arguments: ["America/New_York", "Europe/Madrid", "America/Santiago", "America/Mexico_City",
                      "Australia/Lord_Howe", "Asia/Kolkata", "UTC"])
    func agreesWithCalendar(identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        let instant = F.at("2026-11-23T15:00:00Z")
        let days = LocalDays(zone: zone, from: instant.addingTimeInterval(-400 * 86_400), until: instant.addingTimeInterval(86_400))
        var moment = instant.addingTimeInterval(-420 * 86_400)  // also 20 days before the cached stretch
        while moment < instant.addingTimeInterval(2 * 86_400) {
            #expect(days.date(of: moment) == CivilDate(containing: moment, in: zone), "\(moment)")
            #expect(days.clock(of: moment) == LocalClock(moment, in: zone), "\(moment)")
            moment.addTimeInterval(3_600 + 7)  // drift through the minutes too
        }
    }
}
