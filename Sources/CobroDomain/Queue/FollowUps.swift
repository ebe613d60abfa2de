import Foundation

/// A promise from the contact log, with where it stands today.
public struct PromiseFollowUp: Hashable, Sendable {
    public let promise: PromiseToPay
    /// When the promise was made (the time of its contact).
    public let madeAt: Date
    public let evaluation: PromiseEvaluation

    public init(promise: PromiseToPay, madeAt: Date, evaluation: PromiseEvaluation) {
        self.promise = promise
        self.madeAt = madeAt
        self.evaluation = evaluation
    }
}

/// What is waiting for a call on one account at an instant: a callback the customer asked for,
/// a promise that falls due today, a broken promise or agreement nobody has followed up yet.
/// These make the queue's first three tiers and lift the contact limits.
///
/// Each one is answered by the next contact that follows it up (`ContactEvent.answersFollowUp`):
/// - a callback is due when its time has come and no contact has happened since it was asked for;
/// - a promise falls due on its date (customer's local day) while it is not yet kept and no
///   contact since it was made has happened on or after that day;
/// - a broken promise (or agreement) waits from the day it broke until the next contact on or
///   after that day.
public struct FollowUps: Hashable, Sendable {
    /// When the customer asked to be called back, once that time has come (and not yet answered).
    public let dueCallback: Date?
    /// The earliest-dated broken promise not yet followed up.
    public let brokenPromise: PromiseFollowUp?
    /// The broken agreement, when not yet followed up.
    public let brokenAgreement: BrokenAgreement?
    /// The earliest promise falling due today, not yet kept nor followed up.
    public let promiseDueToday: PromiseFollowUp?
    /// Every promise in the history, evaluated today, oldest first (for the account screen).
    public let promises: [PromiseFollowUp]
    /// The latest contact up to the instant (corrections excluded), if any.
    public let lastContactAt: Date?

    /// Finds the follow-ups of a customer in `zone` at `instant`.
    public init(
        history: ContactHistory, payments: [DatedPayment], brokenAgreement: BrokenAgreement?,
        at instant: Date, in zone: TimeZone, policy: ContactPolicy
    ) {
        self.init(history: history, payments: payments, brokenAgreement: brokenAgreement, at: instant,
                  today: CivilDate(containing: instant, in: zone), days: LocalDays(zone: zone), policy: policy)
    }

    init(
        history: ContactHistory, payments: [DatedPayment], brokenAgreement: BrokenAgreement?,
        at instant: Date, today: CivilDate, days: LocalDays, policy: ContactPolicy
    ) {
        let contacts = history.contacts(through: instant)
        lastContactAt = contacts.last?.at
        // One pass for what the rest needs: the latest contact that follows things up, the
        // latest entry asking for a callback, and whether any promise was made.
        var lastAnswerIndex: Int?
        var requestIndex: Int?
        var anyPromise = false
        for index in contacts.indices {
            if contacts[index].answersFollowUp { lastAnswerIndex = index }
            if contacts[index].callbackAt != nil { requestIndex = index }
            if contacts[index].promise != nil { anyPromise = true }
        }
        // Every follow-up below is answered exactly when this latest answering contact came
        // after it, so one zone conversion suffices.
        let lastAnswerAt = lastAnswerIndex.map { contacts[$0].at }
        let lastAnswerDay = lastAnswerAt.map { days.date(of: $0) }

        func answered(after instant: Date, onOrAfter day: CivilDate) -> Bool {
            guard let answerAt = lastAnswerAt, let answerDay = lastAnswerDay else { return false }
            return answerAt > instant && answerDay >= day
        }

        // The callback of the latest entry asking for one, unless a contact has come since.
        var dueCallback: Date?
        if let requestIndex, let callback = contacts[requestIndex].callbackAt, callback <= instant,
           !(lastAnswerAt.map { $0 > contacts[requestIndex].at } ?? false) {
            dueCallback = callback
        }
        self.dueCallback = dueCallback

        var promises: [PromiseFollowUp] = []
        var broken: PromiseFollowUp?
        var dueToday: PromiseFollowUp?
        for contact in contacts where anyPromise {
            guard let promise = contact.promise else { continue }
            let madeOn = days.date(of: contact.at)
            let evaluation = PromiseEvaluation(
                promise, madeOn: madeOn, payments: payments, today: today, graceDays: policy.promiseGraceDays)
            let followUp = PromiseFollowUp(promise: promise, madeAt: contact.at, evaluation: evaluation)
            promises.append(followUp)
            switch evaluation.status {
            case .broken where !answered(after: contact.at, onOrAfter: evaluation.brokenFrom):
                if broken.map({ promise.date < $0.promise.date }) ?? true { broken = followUp }
            case .pending where promise.date == today && !answered(after: contact.at, onOrAfter: today):
                if dueToday == nil { dueToday = followUp }
            default:
                break
            }
        }
        self.promises = promises
        self.brokenPromise = broken
        self.promiseDueToday = dueToday

        if let agreement = brokenAgreement {
            let from = agreement.brokenFrom(graceDays: policy.agreementGraceDays)
            let followedUp = lastAnswerDay.map { $0 >= from } ?? false
            self.brokenAgreement = today >= from && !followedUp ? agreement : nil
        } else {
            self.brokenAgreement = nil
        }
    }

    /// What lifts the contact limits now, in tier order; nil when nothing does.
    public var lift: LimitLift? {
        if let callback = dueCallback { return .callbackDue(at: callback) }
        if let broken = brokenFollowUpDate { return broken }
        if let due = promiseDueToday { return .promiseDue(date: due.promise.date) }
        return nil
    }

    /// The broken promise or agreement with the earlier date, as a lift.
    private var brokenFollowUpDate: LimitLift? {
        switch (brokenPromise, brokenAgreement) {
        case (let promise?, let agreement?):
            return agreement.installmentDue < promise.promise.date
                ? .agreementBroken(installmentDue: agreement.installmentDue) : .promiseBroken(date: promise.promise.date)
        case (let promise?, nil): return .promiseBroken(date: promise.promise.date)
        case (nil, let agreement?): return .agreementBroken(installmentDue: agreement.installmentDue)
        case (nil, nil): return nil
        }
    }
}
