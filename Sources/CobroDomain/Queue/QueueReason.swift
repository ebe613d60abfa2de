/// The queue's tiers, in the order they are worked. The raw value is the Queue JSON's `reason`.
public enum QueueReason: String, CaseIterable, Comparable, Sendable {
    /// The customer asked to be called back and the time has come.
    case callback
    /// A promise went unpaid past its grace, or an agreement broke; not yet followed up.
    case brokenPromise = "broken_promise"
    /// A promise falls due today (the customer's local date).
    case promiseDue = "promise_due"
    /// Everyone else, by priority score.
    case priority

    /// 0 for the first tier worked, 3 for the last.
    var position: Int {
        switch self {
        case .callback: return 0
        case .brokenPromise: return 1
        case .promiseDue: return 2
        case .priority: return 3
        }
    }

    public static func < (lhs: QueueReason, rhs: QueueReason) -> Bool { lhs.position < rhs.position }
}
