import Foundation

/// One contact-log entry as the queue rules read it: only what decides who may be called.
/// The store fills it from one row (id, time, channel, direction, outcome, the id it corrects,
/// callback time, promise).
public struct ContactEvent: Hashable, Sendable {
    /// The log entry's id; needed only so corrections can find the entry they correct.
    public var id: Int64?
    public var at: Date
    public var channel: ContactChannel
    public var direction: ContactDirection
    public var outcome: ContactOutcome
    /// The id of the entry this one corrects; nil for an ordinary contact.
    public var corrects: Int64?
    /// When the customer asked to be called back.
    public var callbackAt: Date?
    /// The promise to pay made on this contact.
    public var promise: PromiseToPay?

    public init(
        id: Int64? = nil, at: Date, channel: ContactChannel, direction: ContactDirection = .outbound,
        outcome: ContactOutcome, corrects: Int64? = nil, callbackAt: Date? = nil, promise: PromiseToPay? = nil
    ) {
        self.id = id
        self.at = at
        self.channel = channel
        self.direction = direction
        self.outcome = outcome
        self.corrects = corrects
        self.callbackAt = callbackAt
        self.promise = promise
    }

    /// The queue's view of a full log entry.
    public init(_ entry: ContactLogEntry, id: Int64? = nil) {
        self.init(
            id: id, at: entry.at, channel: entry.channel, direction: entry.direction, outcome: entry.outcome,
            corrects: entry.corrects, callbackAt: entry.callbackAt, promise: entry.promise)
    }

    /// A correction records no new contact: it amends an earlier entry.
    public var isCorrection: Bool { corrects != nil }

    /// Counts toward the attempt limit: any entry on channel `call` that is not a correction.
    public var isCallAttempt: Bool { channel == .call && !isCorrection }

    /// Starts the hold on calls: a call in which the clerk spoke with the debtor.
    public var isRightPartyConversation: Bool { isCallAttempt && outcome.isRightPartyConversation }

    /// Whether this contact follows up a requested callback or a due or broken promise, taking
    /// it out of the `callback`, `promise_due` and `broken_promise` tiers: a call or a visit
    /// (whatever came of it), or anything the customer sent us. An outbound e-mail, SMS or letter
    /// — usually the dunning run's — does not: the customer who asked to be called back at five
    /// still has to be called at five.
    public var answersFollowUp: Bool {
        guard !isCorrection else { return false }
        return channel == .call || channel == .visit || direction == .inbound
    }
}
