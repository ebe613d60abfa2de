import CobroDomain
import Foundation
import Testing

private typealias F = QueueFixture

/// The contact limits on their own: history, zone and T in, verdict out.
@Suite("Contact limits: 7 call attempts in 7 local days, 7-day hold after a right-party conversation")
struct ContactLimitsTests {
    private let policy = ContactPolicy.standard

    private func check(_ events: [ContactEvent], at text: String, zone: TimeZone = F.newYork, lift: LimitLift? = nil) -> ContactLimitCheck {
        ContactLimits.check(ContactHistory(events), at: F.at(text), in: zone, policy: policy, lift: lift)
    }

    /// `count` no-answer calls on local Monday 2026-11-16 in New York, a minute apart.
    private func mondayAttempts(_ count: Int) -> [ContactEvent] {
        (0..<count).map { F.call("2026-11-16T10:\(10 + $0):00-05:00") }
    }

    @Test("the policy's defaults are the SPEC's")
    func defaults() {
        #expect(policy.maxCallAttempts == 7)
        #expect(policy.attemptWindowDays == 7)
        #expect(policy.rightPartyHoldDays == 7)
        #expect(policy.promiseGraceDays == 2)
        #expect(policy.agreementGraceDays == 5)
        #expect(policy.claimDuration == 15 * 60)
        #expect(policy.callingHours == .standard)
    }

    @Test("six attempts allow the seventh call")
    func seventhAllowed() {
        let result = check(mondayAttempts(6), at: "2026-11-16T15:00:00-05:00")
        #expect(result.allowsCall)
        #expect(result.blocks.isEmpty)
    }

    @Test("seven attempts refuse the eighth, until the attempts leave the window")
    func eighthRefused() {
        let result = check(mondayAttempts(7), at: "2026-11-16T15:00:00-05:00")
        #expect(!result.allowsCall)
        #expect(result.blocks == [.attemptLimit(attempts: 7, callableFrom: F.day("2026-11-23"))])
    }

    @Test("an attempt on local Monday counts through local Sunday")
    func windowByLocalCalendarDays() {
        let attempts = mondayAttempts(7)
        #expect(!check(attempts, at: "2026-11-22T20:59:00-05:00").allowsCall)  // Sunday, day 7
        #expect(check(attempts, at: "2026-11-23T00:00:00-05:00").allowsCall)  // Monday, day 8
    }

    @Test("the window slides: attempts on two days free up one day at a time")
    func slidingWindow() {
        // 3 on Monday 16th, 4 on Wednesday 18th.
        let attempts = mondayAttempts(3) + (0..<4).map { F.call("2026-11-18T10:\(10 + $0):00-05:00") }
        let saturday = check(attempts, at: "2026-11-21T10:00:00-05:00")
        #expect(saturday.blocks == [.attemptLimit(attempts: 7, callableFrom: F.day("2026-11-23"))])
        #expect(check(attempts, at: "2026-11-23T10:00:00-05:00").allowsCall)  // 4 left in 17th…23rd
        // Ten attempts: 3 on Monday, 7 on Wednesday — Wednesday's seven still fill the window on Monday.
        let more = mondayAttempts(3) + (0..<7).map { F.call("2026-11-18T10:\(10 + $0):00-05:00") }
        #expect(check(more, at: "2026-11-23T10:00:00-05:00").blocks
            == [.attemptLimit(attempts: 7, callableFrom: F.day("2026-11-25"))])
    }

    @Test("days are the customer's: a call at 23:30 Monday in New York is Tuesday in Madrid but counts from Monday")
    func windowInCustomersZone() {
        // Seven attempts late on local Monday evening (Tuesday in UTC and in Madrid).
        let attempts = (0..<7).map { F.call("2026-11-16T23:\(30 + $0):00-05:00") }
        #expect(check(attempts, at: "2026-11-23T08:00:00-05:00").allowsCall)
        // Read in Madrid's calendar the same calls fall on Tuesday and still block Monday.
        #expect(!check(attempts, at: "2026-11-23T14:00:00+01:00", zone: F.madrid).allowsCall)
    }

    @Test("corrections are not call attempts")
    func correctionsNotCounted() {
        var events = (0..<6).map { F.call("2026-11-16T10:\(10 + $0):00-05:00", id: Int64($0 + 1)) }
        events += (0..<3).map { F.call("2026-11-16T11:\(10 + $0):00-05:00", .noAnswer, corrects: Int64($0 + 1)) }
        #expect(check(events, at: "2026-11-16T15:00:00-05:00").allowsCall)
    }

    @Test("e-mails, SMS, letters and visits are not call attempts")
    func otherChannelsNotCounted() {
        let events = (0..<8).map { index in
            ContactEvent(at: F.at("2026-11-16T10:1\(index):00-05:00"),
                         channel: [.email, .sms, .letter, .visit][index % 4], outcome: .rightParty)
        }
        #expect(check(events, at: "2026-11-16T15:00:00-05:00").blocks.isEmpty)
    }

    @Test("a right-party conversation on local Monday holds calls through local Sunday",
          arguments: [ContactOutcome.rightParty, .promise, .dispute, .refused, .paid, .callback])
    func rightPartyHold(outcome: ContactOutcome) {
        let events = [F.call("2026-11-16T10:00:00-05:00", outcome)]
        let hold = ContactLimitBlock.rightPartyHold(conversationOn: F.day("2026-11-16"), callableFrom: F.day("2026-11-23"))
        #expect(check(events, at: "2026-11-16T10:05:00-05:00").blocks == [hold])
        #expect(check(events, at: "2026-11-22T23:59:59-05:00").blocks == [hold])
        #expect(check(events, at: "2026-11-23T00:00:00-05:00").allowsCall)
    }

    @Test("calls that reach nobody start no hold", arguments: [ContactOutcome.noAnswer, .voicemail, .wrongNumber, .other])
    func noHoldWithoutConversation(outcome: ContactOutcome) {
        #expect(check([F.call("2026-11-16T10:00:00-05:00", outcome)], at: "2026-11-16T12:00:00-05:00").allowsCall)
    }

    @Test("the hold counts the customer's calendar days, not the desk's")
    func holdInCustomersZone() {
        // 23:30 Monday in New York = 05:30 Tuesday in Madrid.
        let events = [F.call("2026-11-16T23:30:00-05:00", .rightParty)]
        #expect(check(events, at: "2026-11-23T08:00:00-05:00").allowsCall)
        #expect(check(events, at: "2026-11-22T20:00:00-05:00").blocks
            == [.rightPartyHold(conversationOn: F.day("2026-11-16"), callableFrom: F.day("2026-11-23"))])
        // A customer in Madrid spoke with at 00:30 local Tuesday (18:30 Monday in New York).
        let madrid = [F.call("2026-11-17T00:30:00+01:00", .rightParty)]
        #expect(check(madrid, at: "2026-11-23T10:00:00+01:00", zone: F.madrid).blocks
            == [.rightPartyHold(conversationOn: F.day("2026-11-17"), callableFrom: F.day("2026-11-24"))])
    }

    @Test("the hold spans a daylight-saving change by calendar days")
    func holdAcrossDaylightSaving() {
        // Monday 2026-03-23 in Madrid; clocks go forward on Sunday the 29th.
        let events = [F.call("2026-03-23T10:00:00+01:00", .promise)]
        #expect(!check(events, at: "2026-03-29T21:59:59Z", zone: F.madrid).allowsCall)  // 23:59:59 CEST Sunday
        #expect(check(events, at: "2026-03-29T22:00:00Z", zone: F.madrid).allowsCall)  // 00:00 CEST Monday
    }

    @Test("a correction that turns a no-answer into a conversation starts the hold at the original call")
    func correctionAmendsOriginal() {
        let events = [
            F.call("2026-11-16T10:00:00-05:00", .noAnswer, id: 1),
            F.call("2026-11-18T09:00:00-05:00", .rightParty, id: 2, corrects: 1),
        ]
        #expect(check(events, at: "2026-11-22T10:00:00-05:00").blocks
            == [.rightPartyHold(conversationOn: F.day("2026-11-16"), callableFrom: F.day("2026-11-23"))])
    }

    @Test("contacts after the instant are ignored")
    func futureIgnored() {
        #expect(check(mondayAttempts(7), at: "2026-11-16T10:12:00-05:00").allowsCall)
    }

    @Test("a lift allows the call despite both limits")
    func liftAllows() {
        let events = mondayAttempts(6) + [F.call("2026-11-16T12:00:00-05:00", .rightParty)]
        let lifted = check(events, at: "2026-11-17T10:00:00-05:00", lift: .promiseDue(date: F.day("2026-11-17")))
        #expect(lifted.blocks.count == 2)
        #expect(lifted.allowsCall)
    }

    @Test("a due callback lifts the limits; before it is due they hold")
    func callbackLifts() {
        let events = mondayAttempts(6) + [F.call("2026-11-16T12:00:00-05:00", .callback, callback: "2026-11-18T15:00:00-05:00")]
        let history = ContactHistory(events)
        func lift(_ text: String) -> LimitLift? {
            FollowUps(history: history, payments: [], brokenAgreement: nil, at: F.at(text), in: F.newYork, policy: policy).lift
        }
        #expect(lift("2026-11-18T14:59:00-05:00") == nil)
        #expect(!check(events, at: "2026-11-18T14:59:00-05:00").allowsCall)
        let due = lift("2026-11-18T15:00:00-05:00")
        #expect(due == .callbackDue(at: F.at("2026-11-18T15:00:00-05:00")))
        #expect(check(events, at: "2026-11-18T15:00:00-05:00", lift: due).allowsCall)
    }

    @Test("a promise falling due today lifts the limits; so does a broken one")
    func promiseLifts() {
        let events = [F.call("2026-11-16T12:00:00-05:00", .promise, promise: F.promise(15_000, on: "2026-11-17"))]
        let history = ContactHistory(events)
        func lift(_ text: String) -> LimitLift? {
            FollowUps(history: history, payments: [], brokenAgreement: nil, at: F.at(text), in: F.newYork, policy: policy).lift
        }
        #expect(lift("2026-11-17T10:00:00-05:00") == .promiseDue(date: F.day("2026-11-17")))
        #expect(lift("2026-11-18T10:00:00-05:00") == nil)  // in grace: the hold stands
        #expect(lift("2026-11-19T10:00:00-05:00") == nil)
        #expect(lift("2026-11-20T10:00:00-05:00") == .promiseBroken(date: F.day("2026-11-17")))
    }
}
