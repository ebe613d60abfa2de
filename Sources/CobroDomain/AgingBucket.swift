/// The six aging buckets, by days past due as of the report date.
public enum AgingBucket: String, CaseIterable, Sendable {
    case current = "current"
    case days1to30 = "1-30"
    case days31to60 = "31-60"
    case days61to90 = "61-90"
    case days91to120 = "91-120"
    case over120 = "120+"

    /// `current` for 0 days or fewer (not yet due), then 1-30, 31-60, 61-90, 91-120, 120+ (> 120).
    public init(daysPastDue days: Int) {
        switch days {
        case ...0: self = .current
        case 1...30: self = .days1to30
        case 31...60: self = .days31to60
        case 61...90: self = .days61to90
        case 91...120: self = .days91to120
        default: self = .over120
        }
    }

    public var index: Int { AgingBucket.allCases.firstIndex(of: self)! }
}
