/// The aged amounts of one customer (or of a whole currency) in one currency, in minor units.
public struct AgingFigures: Equatable, Sendable {
    // Six stored amounts rather than an array: a report holds one per customer and currency,
    // and an array would cost a heap allocation each.
    private var current: Int64 = 0
    private var days1to30: Int64 = 0
    private var days31to60: Int64 = 0
    private var days61to90: Int64 = 0
    private var days91to120: Int64 = 0
    private var over120: Int64 = 0
    /// Credit not applied to any invoice, as a negative number (or zero).
    public var unapplied: Int64 = 0
    /// Days past due of the oldest open invoice that is overdue; nil when nothing is overdue.
    public private(set) var oldestDaysPastDue: Int?

    public init() {}

    public private(set) subscript(bucket: AgingBucket) -> Int64 {
        get {
            switch bucket {
            case .current: return current
            case .days1to30: return days1to30
            case .days31to60: return days31to60
            case .days61to90: return days61to90
            case .days91to120: return days91to120
            case .over120: return over120
            }
        }
        set {
            switch bucket {
            case .current: current = newValue
            case .days1to30: days1to30 = newValue
            case .days31to60: days31to60 = newValue
            case .days61to90: days61to90 = newValue
            case .days91to120: days91to120 = newValue
            case .over120: over120 = newValue
            }
        }
    }

    /// The six buckets in `AgingBucket.allCases` order.
    public var buckets: [Int64] { AgingBucket.allCases.map { self[$0] } }

    /// The six buckets plus unapplied.
    public var balance: Int64 { overdue + current + unapplied }

    /// Whether the customer neither owes nor holds any credit: such customers leave the report.
    public var isSettled: Bool { balance == 0 && unapplied == 0 }

    /// What is past due: every bucket but `current`.
    public var overdue: Int64 { days1to30 + days31to60 + days61to90 + days91to120 + over120 }

    mutating func add(_ amount: Int64, daysPastDue: Int) {
        self[AgingBucket(daysPastDue: daysPastDue)] += amount
        if daysPastDue > 0 { oldestDaysPastDue = max(oldestDaysPastDue ?? 0, daysPastDue) }
    }

    /// Adds another customer's figures of the same currency (for currency totals).
    public mutating func accumulate(_ other: AgingFigures) {
        for bucket in AgingBucket.allCases { self[bucket] += other[bucket] }
        unapplied += other.unapplied
        if let days = other.oldestDaysPastDue { oldestDaysPastDue = max(oldestDaysPastDue ?? 0, days) }
    }
}
