import Foundation

/// Why the contact limits forbid a call now, and from which local day they allow it again.
public enum ContactLimitBlock: Hashable, Sendable {
    /// `attempts` call attempts already in the window ending today (the limit is reached).
    case attemptLimit(attempts: Int, callableFrom: CivilDate)
    /// A right-party conversation on `conversationOn` holds calls through the day before `callableFrom`.
    case rightPartyHold(conversationOn: CivilDate, callableFrom: CivilDate)

    /// The local day on which this block ends (assuming no new calls).
    public var callableFrom: CivilDate {
        switch self {
        case .attemptLimit(_, let day), .rightPartyHold(_, let day): return day
        }
    }
}

/// What lifts both contact limits: the customer is waiting for the call, or a promise needs it.
public enum LimitLift: Hashable, Sendable {
    /// The customer asked to be called back at this time, which has come.
    case callbackDue(at: Date)
    /// A promise with this date falls due today.
    case promiseDue(date: CivilDate)
    /// A promise with this date is broken and nobody has followed it up since.
    case promiseBroken(date: CivilDate)
    /// An agreement installment due this day went unpaid past the grace and broke the agreement.
    case agreementBroken(installmentDue: CivilDate)
}

/// The outcome of checking the contact limits at one instant.
public struct ContactLimitCheck: Hashable, Sendable {
    /// Every limit reached now (empty when none is).
    public let blocks: [ContactLimitBlock]
    /// What lifts the limits now, if anything does.
    public let lift: LimitLift?

    public init(blocks: [ContactLimitBlock], lift: LimitLift?) {
        self.blocks = blocks
        self.lift = lift
    }

    /// Whether the limits allow a call now.
    public var allowsCall: Bool { blocks.isEmpty || lift != nil }
}

/// US Regulation F §1006.14(b)(2) as configurable limits: at most `maxCallAttempts` call attempts
/// in any `attemptWindowDays` days, and no call in the `rightPartyHoldDays` days that start with a
/// right-party conversation. Days are CALENDAR days on the customer's own clock, the event's day
/// being day 1: an attempt on a local Monday counts through the local Sunday, and a conversation on
/// a local Monday holds calls through the local Sunday. Both limits are lifted while a requested
/// callback is due or a promise falls due or is broken (`LimitLift`).
public enum ContactLimits {
    /// Checks the limits at `instant` for a customer in `zone`. Contacts after `instant` are ignored.
    public static func check(
        _ history: ContactHistory, at instant: Date, in zone: TimeZone, policy: ContactPolicy, lift: LimitLift? = nil
    ) -> ContactLimitCheck {
        check(history, at: instant, today: CivilDate(containing: instant, in: zone), days: LocalDays(zone: zone),
              policy: policy, lift: lift)
    }

    static func check(
        _ history: ContactHistory, at instant: Date, today: CivilDate, days: LocalDays, policy: ContactPolicy, lift: LimitLift?
    ) -> ContactLimitCheck {
        let longest = max(policy.attemptWindowDays, policy.rightPartyHoldDays)
        // Only calls of the last `longest` local days matter. Local days are turned into instants
        // with one day of margin for zone offsets, so that the local date is computed only for the
        // few recent calls and never for a customer's whole history.
        let horizon = instant.addingTimeInterval(-Double(longest + 2) * 86_400)
        var attemptDays: [CivilDate] = []
        var lastConversation: CivilDate?
        for event in history.contacts(through: instant).reversed() {
            guard event.at >= horizon else { break }
            guard event.isCallAttempt else { continue }
            let day = days.date(of: event.at)
            if day.days(since: today) > -policy.attemptWindowDays { attemptDays.append(day) }
            if event.isRightPartyConversation, lastConversation == nil,
               day.days(since: today) > -policy.rightPartyHoldDays {
                lastConversation = day
            }
        }
        var blocks: [ContactLimitBlock] = []
        let maxAttempts = max(1, policy.maxCallAttempts)
        if attemptDays.count >= maxAttempts {
            // Newest first: the window frees up once the (max)th-newest attempt has left it.
            let leaving = attemptDays[maxAttempts - 1]
            blocks.append(.attemptLimit(
                attempts: attemptDays.count, callableFrom: leaving.adding(days: policy.attemptWindowDays)))
        }
        if let day = lastConversation {
            blocks.append(.rightPartyHold(conversationOn: day, callableFrom: day.adding(days: policy.rightPartyHoldDays)))
        }
        return ContactLimitCheck(blocks: blocks, lift: lift)
    }
}
