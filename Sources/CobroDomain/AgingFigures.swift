/// The aged amounts of one customer (or of a whole currency) in one currency, in minor units.
public struct AgingFigures: Equatable, Sendable {
    /// Indexed like `AgingBucket.allCases`.
    public private(set) var buckets: [Int64] = Array(repeating: 0, count: AgingBucket.allCases.count)
    /// Credit not applied to any invoice, as a negative number (or zero).
    public var unapplied: Int64 = 0
    /// Days past due of the oldest open invoice that is overdue; nil when nothing is overdue.
    public private(set) var oldestDaysPastDue: Int?

    public init() {}

    public subscript(bucket: AgingBucket) -> Int64 { buckets[bucket.index] }

    /// The six buckets plus unapplied.
    public var balance: Int64 { buckets.reduce(0, +) + unapplied }

    /// Whether the customer neither owes nor holds any credit: such customers leave the report.
    public var isSettled: Bool { balance == 0 && unapplied == 0 }

    public var overdue: Int64 { buckets.dropFirst().reduce(0, +) }

    mutating func add(_ amount: Int64, daysPastDue: Int) {
        buckets[AgingBucket(daysPastDue: daysPastDue).index] += amount
        if daysPastDue > 0 { oldestDaysPastDue = max(oldestDaysPastDue ?? 0, daysPastDue) }
    }

    /// Adds another customer's figures of the same currency (for currency totals).
    public mutating func accumulate(_ other: AgingFigures) {
        for index in buckets.indices { buckets[index] += other.buckets[index] }
        unapplied += other.unapplied
        if let days = other.oldestDaysPastDue { oldestDaysPastDue = max(oldestDaysPastDue ?? 0, days) }
    }
}
