import Foundation

/// The numbers of the contact rules, with the SPEC's defaults (US Regulation F §1006.14, the
/// strictest common rule). A plain value so the owner can change any of them in the config file
/// and the rules stay pure functions of it.
public struct ContactPolicy: Hashable, Sendable {
    /// At most this many call attempts…
    public var maxCallAttempts: Int
    /// …in any this many local calendar days (the attempt's day being day 1).
    public var attemptWindowDays: Int
    /// No call in this many local calendar days starting with a right-party conversation.
    public var rightPartyHoldDays: Int
    /// A promise is kept when paid by its date plus this many days; broken after.
    public var promiseGraceDays: Int
    /// An agreement installment unpaid more than this many days after its due date breaks it.
    public var agreementGraceDays: Int
    /// How long taking an account holds it for one clerk (seconds).
    public var claimDuration: TimeInterval
    /// Which local window applies in which time zone.
    public var callingHours: CallingHoursRule

    public init(
        maxCallAttempts: Int = 7, attemptWindowDays: Int = 7, rightPartyHoldDays: Int = 7,
        promiseGraceDays: Int = 2, agreementGraceDays: Int = 5, claimDuration: TimeInterval = 15 * 60,
        callingHours: CallingHoursRule = .standard
    ) {
        self.maxCallAttempts = maxCallAttempts
        self.attemptWindowDays = attemptWindowDays
        self.rightPartyHoldDays = rightPartyHoldDays
        self.promiseGraceDays = promiseGraceDays
        self.agreementGraceDays = agreementGraceDays
        self.claimDuration = claimDuration
        self.callingHours = callingHours
    }

    /// The SPEC's defaults: 7 attempts in 7 days, a 7-day hold, grace 2 days (promises) and
    /// 5 days (agreements), 15-minute claims, Regulation F hours (CONDUSEF's in Mexico).
    public static let standard = ContactPolicy()
}
