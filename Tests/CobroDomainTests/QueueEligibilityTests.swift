import CobroDomain
import Foundation
import Testing

private typealias F = QueueFixture

/// SPEC §5 "Call queue", eligibility, one rule at a time. Monday 2026-11-23, 10:00 in New York.
@Suite("Queue eligibility, rule by rule")
struct QueueEligibilityTests {
    private let monday = "2026-11-23T10:00:00-05:00"

    @Test("a customer meeting every rule is in the queue")
    func eligible() {
        #expect(F.assess(F.customer(), at: monday).entry?.reason == .priority)
    }

    @Test("eligible only with an undisputed overdue amount > 0 in some currency")
    func needsOverdue() {
        #expect(F.assess(F.customer(overdue: []), at: monday).exclusion == .nothingOverdue)
        #expect(F.assess(F.customer(overdue: [F.overdue(0), F.overdue(-500, .USD)]), at: monday).exclusion == .nothingOverdue)
        let entry = F.assess(F.customer(overdue: [F.overdue(0), F.overdue(1, .USD, days: 1)]), at: monday).entry
        #expect(entry?.overdue == [F.overdue(1, .USD, days: 1)])
    }

    @Test("a do_not_call customer is never in the queue")
    func doNotCall() {
        #expect(F.assess(F.customer(doNotCall: true), at: monday).exclusion == .doNotCall)
    }

    @Test("legal, agency and written-off accounts are out of the desk's hands",
          arguments: [CustomerStatus.legal, .agency, .writtenOff])
    func statusExcluded(status: CustomerStatus) {
        #expect(F.assess(F.customer(status: status), at: monday).exclusion == .status(status))
    }

    @Test("active and suspended accounts are called", arguments: [CustomerStatus.active, .suspended])
    func statusIncluded(status: CustomerStatus) {
        #expect(F.assess(F.customer(status: status), at: monday).entry != nil)
    }

    @Test("an active agreement that is up to date keeps the customer out")
    func upToDateAgreement() {
        #expect(F.assess(F.customer(upToDateAgreement: true), at: monday).exclusion == .agreementUpToDate)
    }

    @Test("outside calling hours in the customer's own zone: out, though the desk's clock is inside")
    func callingHoursOwnZone() {
        // 07:30 in New York, 13:30 at the Madrid desk.
        let early = F.assess(F.customer(), at: "2026-11-23T07:30:00-05:00", desk: F.madrid)
        #expect(early.exclusion == .outsideCallingHours(
            hours: .regulationF, local: LocalClock(F.at("2026-11-23T07:30:00-05:00"), in: F.newYork)))
        #expect(F.assess(F.customer(zone: "Europe/Madrid"), at: "2026-11-23T07:30:00-05:00").entry != nil)
    }

    @Test("20:59 local is callable, 21:00 is not; Sunday is not")
    func callingHoursEdges() {
        #expect(F.assess(F.customer(), at: "2026-11-23T20:59:00-05:00").entry != nil)
        #expect(F.assess(F.customer(), at: "2026-11-23T21:00:00-05:00").exclusion != nil)
        #expect(F.assess(F.customer(), at: "2026-11-22T12:00:00-05:00").exclusion != nil)
    }

    @Test("a Mexico City customer is callable at 07:30 and 21:30 local")
    func mexicoWiderWindow() {
        let customer = F.customer(zone: "America/Mexico_City")
        #expect(F.assess(customer, at: "2026-11-23T07:30:00-06:00").entry != nil)
        #expect(F.assess(customer, at: "2026-11-23T21:30:00-06:00").entry != nil)
        #expect(F.assess(customer, at: "2026-11-23T22:00:00-06:00").exclusion != nil)
    }

    @Test("a customer without a zone (or with an unknown one) is on the desk's clock")
    func deskZone() {
        let instant = "2026-11-23T07:30:00-05:00"  // 13:30 in Madrid
        #expect(F.assess(F.customer(zone: nil), at: instant, desk: F.madrid).entry?.timeZone == F.madrid)
        #expect(F.assess(F.customer(zone: nil), at: instant, desk: F.newYork).exclusion != nil)
        #expect(F.assess(F.customer(zone: "Mars/Olympus_Mons"), at: instant, desk: F.madrid).entry != nil)
    }

    @Test("contact limits keep the customer out unless lifted")
    func contactLimits() {
        let spoke = F.customer(history: [F.call("2026-11-20T10:00:00-05:00", .rightParty)])
        #expect(F.assess(spoke, at: monday).exclusion == .contactLimit(
            .rightPartyHold(conversationOn: F.day("2026-11-20"), callableFrom: F.day("2026-11-27"))))
        let tried = F.customer(history: (0..<7).map { F.call("2026-11-21T10:0\($0):00-05:00") })
        #expect(F.assess(tried, at: monday).exclusion == .contactLimit(
            .attemptLimit(attempts: 7, callableFrom: F.day("2026-11-28"))))
    }

    @Test("the rules are checked in the SPEC's order")
    func checkOrder() {
        let everything = F.customer(
            overdue: [], doNotCall: true, status: .legal, upToDateAgreement: true)
        #expect(F.assess(everything, at: "2026-11-22T12:00:00-05:00").exclusion == .nothingOverdue)
        let rest = F.customer(doNotCall: true, status: .legal)
        #expect(F.assess(rest, at: monday).exclusion == .doNotCall)
    }

    @Test("rank leaves out every ineligible customer")
    func rankFilters() {
        let queue = F.rank([
            F.customer("A"), F.customer("B", doNotCall: true), F.customer("C", status: .agency),
            F.customer("D", overdue: []), F.customer("E", zone: "Asia/Tokyo"),
        ], at: monday)
        #expect(queue.map(\.code) == ["A"])
    }
}
