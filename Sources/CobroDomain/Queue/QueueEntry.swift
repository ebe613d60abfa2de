import Foundation

/// One account in the call queue. Maps one-to-one onto an entry of the Queue JSON (SPEC §4):
/// `code`, `name`, `reason.rawValue`, `why(in:)`, and `overdue` (currency code, `amount.decimalString`,
/// `oldestDays`); the other fields are for the screens.
public struct QueueEntry: Hashable, Sendable {
    public let code: String
    public let name: String
    public let reason: QueueReason
    /// The structured *why*.
    public let detail: QueueWhy
    /// Each currency with an undisputed overdue amount > 0, sorted by code.
    public let overdue: [OverdueAmount]
    /// The priority score (every entry has one; only the `priority` tier is ordered by it).
    public let score: Double
    /// The customer's zone as used by the rules (the desk's when the customer has none).
    public let timeZone: TimeZone
    /// The latest contact before the queue's instant, corrections excluded.
    public let lastContactAt: Date?

    init(
        code: String, name: String, reason: QueueReason, detail: QueueWhy, overdue: [OverdueAmount], score: Double,
        timeZone: TimeZone, lastContactAt: Date?
    ) {
        self.code = code
        self.name = name
        self.reason = reason
        self.detail = detail
        self.overdue = overdue
        self.score = score
        self.timeZone = timeZone
        self.lastContactAt = lastContactAt
    }

    /// The one-line *why* in `language`.
    public func why(in language: Language) -> String { detail.text(in: language) }

    /// The due callback's time (`callback` tier): that tier is ordered by it.
    public var callbackAt: Date? { detail.callbackAt }

    /// The promise's date, or the broken installment's due date (`broken_promise` and
    /// `promise_due` tiers): those tiers are ordered by it.
    public var promiseDate: CivilDate? { detail.promiseDate }

    /// Queue order: tier; then callback time (`callback`), promise date (`broken_promise`,
    /// `promise_due`) or score, highest first (`priority`); then code, byte-wise.
    public static func precedes(_ lhs: QueueEntry, _ rhs: QueueEntry) -> Bool {
        QueueOrderKey(lhs.reason, detail: lhs.detail, score: lhs.score)
            .precedes(QueueOrderKey(rhs.reason, detail: rhs.detail, score: rhs.score), lhs.code, rhs.code)
    }
}

/// The part of the queue order that is not the code, as two plain numbers: cheap to sort.
struct QueueOrderKey {
    let tier: Int
    /// Callback time, promise day, or minus the score: smaller comes first.
    let primary: Double

    init(_ reason: QueueReason, detail: QueueWhy, score: Double) {
        tier = reason.position
        switch reason {
        case .callback: primary = detail.callbackAt?.timeIntervalSinceReferenceDate ?? 0
        case .brokenPromise, .promiseDue: primary = Double(detail.promiseDate?.daysSinceEpoch ?? 0)
        case .priority: primary = -score
        }
    }

    /// Whether this key comes first; nil on a tie (then the codes decide).
    func order(_ other: QueueOrderKey) -> Bool? {
        if tier != other.tier { return tier < other.tier }
        if primary != other.primary { return primary < other.primary }
        return nil
    }

    func precedes(_ other: QueueOrderKey, _ code: String, _ otherCode: String) -> Bool {
        order(other) ?? code.utf8.lexicographicallyPrecedes(otherCode.utf8)
    }
}
