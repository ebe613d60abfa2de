import CobroDomain
import Foundation
import Testing

private typealias F = QueueFixture

@Suite("Calling hours are read on the customer's own clock")
struct QueueCallingHoursTests {
    private let hours = CallingHours.regulationF

    @Test("the default window is 08:00 ≤ local time < 21:00, Monday to Saturday")
    func defaultWindow() {
        #expect(hours.start == TimeOfDay(hour: 8))
        #expect(hours.end == TimeOfDay(hour: 21))
        #expect(hours.weekdays == Weekday.mondayToSaturday)
        #expect(hours.description == "08:00-21:00 mon-sat")
    }

    @Test("08:00 is inside, 07:59:59 is not")
    func startEdge() {
        #expect(hours.allows(F.at("2026-11-23T08:00:00-05:00"), in: F.newYork))
        #expect(!hours.allows(F.at("2026-11-23T07:59:59-05:00"), in: F.newYork))
    }

    @Test("20:59 is inside, 21:00 is not")
    func endEdge() {
        #expect(hours.allows(F.at("2026-11-23T20:59:00-05:00"), in: F.newYork))
        #expect(hours.allows(F.at("2026-11-23T20:59:59-05:00"), in: F.newYork))
        #expect(!hours.allows(F.at("2026-11-23T21:00:00-05:00"), in: F.newYork))
    }

    @Test("no calls on Sunday, calls on Saturday")
    func sunday() {
        #expect(!hours.allows(F.at("2026-11-22T12:00:00-05:00"), in: F.newYork))
        #expect(hours.allows(F.at("2026-11-21T12:00:00-05:00"), in: F.newYork))
    }

    @Test("New York at 07:30 is not callable while it is 13:30 in Madrid")
    func otherZoneOutsideWhileDeskInside() {
        let instant = F.at("2026-11-23T12:30:00Z")
        #expect(hours.allows(instant, in: F.madrid))
        #expect(!hours.allows(instant, in: F.newYork))
    }

    @Test("the weekday is the customer's: late Saturday in New York is already Sunday in Madrid")
    func weekdayIsLocal() {
        let instant = F.at("2026-11-21T19:00:00-05:00")  // Sunday 01:00 in Madrid
        #expect(hours.allows(instant, in: F.newYork))
        #expect(!hours.allows(instant, in: F.madrid))
    }

    @Test("between the US and EU daylight-saving changes the offset gap is 5 hours, not 6")
    func offsetGapBetweenChanges() {
        // Monday 2026-03-16: New York is on EDT (UTC-4), Madrid still on CET (UTC+1).
        let instant = F.at("2026-03-16T12:30:00Z")
        #expect(hours.allows(instant, in: F.newYork))  // 08:30 EDT
        #expect(LocalClock(instant, in: F.newYork).time == TimeOfDay(hour: 8, minute: 30))
        #expect(LocalClock(instant, in: F.madrid).time == TimeOfDay(hour: 13, minute: 30))
        // The Saturday before the change the same UTC time is 07:30 EST.
        #expect(!hours.allows(F.at("2026-03-07T12:30:00Z"), in: F.newYork))
    }

    @Test("New York's spring-forward day: closed by default (a Sunday), 08:00 EDT with an every-day window")
    func newYorkSpringForward() throws {
        #expect(!hours.allows(F.at("2026-03-08T14:00:00Z"), in: F.newYork))
        let everyDay = try #require(CallingHours(start: hours.start, end: hours.end, weekdays: Set(Weekday.allCases)))
        #expect(!everyDay.allows(F.at("2026-03-08T11:59:59Z"), in: F.newYork))  // 07:59:59 EDT
        #expect(everyDay.allows(F.at("2026-03-08T12:00:00Z"), in: F.newYork))  // 08:00 EDT
        #expect(everyDay.allows(F.at("2026-03-09T00:59:00Z"), in: F.newYork))  // 20:59 EDT on the 8th
        #expect(!everyDay.allows(F.at("2026-03-09T01:00:00Z"), in: F.newYork))  // 21:00 EDT
    }

    @Test("New York's fall-back day: 20:59 EST is callable, 21:00 EST is not")
    func newYorkFallBack() throws {
        let everyDay = try #require(CallingHours(start: hours.start, end: hours.end, weekdays: Set(Weekday.allCases)))
        #expect(!everyDay.allows(F.at("2026-11-01T12:30:00Z"), in: F.newYork))  // 07:30 EST
        #expect(everyDay.allows(F.at("2026-11-01T13:00:00Z"), in: F.newYork))  // 08:00 EST
        #expect(everyDay.allows(F.at("2026-11-02T01:59:00Z"), in: F.newYork))  // 20:59 EST
        #expect(!everyDay.allows(F.at("2026-11-02T02:00:00Z"), in: F.newYork))  // 21:00 EST
        #expect(!hours.allows(F.at("2026-11-01T15:00:00Z"), in: F.newYork))  // Sunday
    }

    @Test("Madrid's spring-forward and fall-back days move the window by an hour in UTC")
    func madridChanges() throws {
        let everyDay = try #require(CallingHours(start: hours.start, end: hours.end, weekdays: Set(Weekday.allCases)))
        // 2026-03-29: CET → CEST.
        #expect(!everyDay.allows(F.at("2026-03-29T05:59:59Z"), in: F.madrid))  // 07:59:59 CEST
        #expect(everyDay.allows(F.at("2026-03-29T06:00:00Z"), in: F.madrid))  // 08:00 CEST
        #expect(!everyDay.allows(F.at("2026-03-28T06:30:00Z"), in: F.madrid))  // 07:30 CET the day before
        #expect(!hours.allows(F.at("2026-03-29T10:00:00Z"), in: F.madrid))  // a Sunday
        // 2026-10-25: CEST → CET.
        #expect(everyDay.allows(F.at("2026-10-25T19:59:00Z"), in: F.madrid))  // 20:59 CET
        #expect(!everyDay.allows(F.at("2026-10-25T20:00:00Z"), in: F.madrid))  // 21:00 CET
        #expect(everyDay.allows(F.at("2026-10-24T18:59:00Z"), in: F.madrid))  // 20:59 CEST the day before
        #expect(!everyDay.allows(F.at("2026-10-24T19:00:00Z"), in: F.madrid))  // 21:00 CEST
    }

    @Test("Mexico's CONDUSEF window is wider: 07:00 ≤ local time < 22:00")
    func mexicoWindow() {
        let mexico = CallingHours.mexico
        #expect(mexico.allows(F.at("2026-11-23T07:00:00-06:00"), in: F.mexicoCity))
        #expect(!mexico.allows(F.at("2026-11-23T06:59:59-06:00"), in: F.mexicoCity))
        #expect(mexico.allows(F.at("2026-11-23T21:59:00-06:00"), in: F.mexicoCity))
        #expect(!mexico.allows(F.at("2026-11-23T22:00:00-06:00"), in: F.mexicoCity))
        #expect(!hours.allows(F.at("2026-11-23T07:30:00-06:00"), in: F.mexicoCity))
        #expect(!mexico.allows(F.at("2026-11-22T12:00:00-06:00"), in: F.mexicoCity))  // Sunday
    }

    @Test("Mexico's zones get the Mexico window, every other zone the default",
          arguments: ["America/Mexico_City", "America/Monterrey", "America/Tijuana", "America/Cancun", "America/Hermosillo"])
    func mexicoZones(zone: String) {
        #expect(CallingHoursRule.standard.hours(forZone: zone) == .mexico)
    }

    @Test("non-Mexican zones get the default window",
          arguments: ["Europe/Madrid", "America/New_York", "America/Bogota", "America/Santiago", "UTC"])
    func defaultZones(zone: String) {
        #expect(CallingHoursRule.standard.hours(forZone: zone) == .regulationF)
    }

    @Test("the config can override the default window and any zone's")
    func configOverride() throws {
        let office = try #require(CallingHours(parsing: "09:00-20:00 mon-fri"))
        var rule = CallingHoursRule.standard
        rule.defaultHours = office
        #expect(rule.hours(forZone: "Europe/Madrid") == office)
        #expect(rule.hours(forZone: "America/Mexico_City") == .mexico)
        let bogota = try #require(CallingHours(parsing: "07:00-19:00"))
        let zoned = rule.setting(bogota, forZone: "America/Bogota")
        #expect(zoned.hours(forZone: "America/Bogota") == bogota)
        let strict = CallingHoursRule(defaultHours: .regulationF, hoursByZone: [:])
        #expect(strict.hours(forZone: "America/Mexico_City") == .regulationF)
    }

    @Test("the config text names a window and days")
    func configText() throws {
        #expect(CallingHours(parsing: "08:00-21:00") == .regulationF)
        #expect(CallingHours(parsing: "07:00-22:00 mon-sat") == .mexico)
        let some = try #require(CallingHours(parsing: "09:30-18:00 mon-wed,fri,sun"))
        #expect(some.weekdays == [.monday, .tuesday, .wednesday, .friday, .sunday])
        #expect(some.description == "09:30-18:00 mon-wed,fri,sun")
        #expect(CallingHours(parsing: "09:00-20:00 sat-mon")?.weekdays == [.saturday, .sunday, .monday])
        for bad in ["", "8:00-21:00", "21:00-08:00", "08:00-08:00", "08:00-25:00", "08:00-21:00 mon-xyz", "08:00 21:00 mon", "08:00-21:00 mon sat"] {
            #expect(CallingHours(parsing: bad) == nil, "\(bad)")
        }
    }
}
