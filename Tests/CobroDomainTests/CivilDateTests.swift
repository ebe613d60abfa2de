import CobroDomain
import Foundation
import Testing

@Suite("Dates are ISO YYYY-MM-DD calendar days")
struct CivilDateTests {
    @Test("a valid ISO date round-trips")
    func roundTrip() throws {
        let date = try #require(CivilDate(iso: "2026-11-23"))
        #expect(date.iso == "2026-11-23")
        #expect(date.components == (2026, 11, 23))
        #expect(CivilDate(iso: "1970-01-01")?.daysSinceEpoch == 0)
        #expect(CivilDate(iso: "1969-12-31")?.daysSinceEpoch == -1)
        #expect(CivilDate(iso: "2024-02-29")?.iso == "2024-02-29")
    }

    @Test("anything but a real YYYY-MM-DD day is refused",
          arguments: ["2026-02-29", "2026-13-01", "2026-1-05", "23/11/2026", "2026-11-23T10:00", "", "2026-04-31", "0000-01-01", "２０２６-01-01"])
    func invalid(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test("day arithmetic crosses months, years and leap days")
    func arithmetic() throws {
        let start = try #require(CivilDate(iso: "2024-02-28"))
        #expect(start.adding(days: 1).iso == "2024-02-29")
        #expect(start.adding(days: 2).iso == "2024-03-01")
        let newYear = try #require(CivilDate(iso: "2027-01-01"))
        let newYearsEve = try #require(CivilDate(iso: "2026-12-31"))
        #expect(newYear.days(since: newYearsEve) == 1)
    }

    @Test("today is the calendar day in the desk's time zone")
    func todayInZone() throws {
        let instant = try #require(ISO8601DateFormatter().date(from: "2026-11-23T23:30:00Z"))
        #expect(CivilDate(containing: instant, in: try #require(TimeZone(identifier: "UTC"))).iso == "2026-11-23")
        #expect(CivilDate(containing: instant, in: try #require(TimeZone(identifier: "Europe/Madrid"))).iso == "2026-11-24")
        #expect(CivilDate(containing: instant, in: try #require(TimeZone(identifier: "America/Mexico_City"))).iso == "2026-11-23")
    }

    @Test("display follows the language")
    func display() throws {
        let date = try #require(CivilDate(iso: "2026-03-05"))
        #expect(date.formatted(in: .es) == "05/03/2026")
        #expect(date.formatted(in: .en) == "5 Mar 2026")
    }
}
