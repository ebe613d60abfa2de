import Foundation

/// One line of the benchmark for one database: a measurement's samples summarised as the median
/// and the slow end (p95, and p99 for key presses), in one unit.
struct BenchFigure {
    /// What is measured, with its stable JSON name and its unit.
    enum Kind: String, CaseIterable {
        case demoCreation = "demo_creation"
        case importInvoices = "import_invoices"
        case agingReport = "aging_report"
        case floor = "floor_group_by"
        case agingFloorRatio = "aging_floor_ratio"
        case queueBuild = "queue_build"
        case queueNext = "queue_next"
        case accountOpen = "account_open"
        case logCall = "log_call"
        case agreementSave = "agreement_save"
        case deskFirstFrame = "desk_first_frame"
        case deskDataShown = "desk_data_shown"
        case agingKeys = "aging_key_to_frame"
        case queueKeys = "queue_key_to_frame"
        case deskPeakMemory = "desk_peak_rss"

        var unit: String {
            switch self {
            case .demoCreation: "s"
            case .importInvoices: "rows/s"
            case .agingFloorRatio: "x"
            case .deskPeakMemory: "MB"
            default: "ms"
            }
        }

        var label: String {
            switch self {
            case .demoCreation: "demo creation"
            case .importInvoices: "import invoices (CSV)"
            case .agingReport: "report aging --format json"
            case .floor: "floor: sqlite3 GROUP BY"
            case .agingFloorRatio: "aging report ÷ floor"
            case .queueBuild: "queue build"
            case .queueNext: "queue next (claim + release)"
            case .accountOpen: "open an account"
            case .logCall: "log a call"
            case .agreementSave: "build + save an agreement"
            case .deskFirstFrame: "desk: process start to first frame"
            case .deskDataShown: "desk: queue and aging loaded"
            case .agingKeys: "desk: aging screen key to frame"
            case .queueKeys: "desk: queue screen key to frame"
            case .deskPeakMemory: "desk: peak memory (max RSS)"
            }
        }

        /// Key presses are many cheap samples: their slow end is the 99th percentile.
        var tailPercentile: Int { self == .agingKeys || self == .queueKeys ? 99 : 95 }
    }

    let kind: Kind
    /// nil when the measurement did not run (demo creation of a reused database).
    let median: Double?
    let p95: Double?
    let p99: Double?
    /// Grows with the work: the median time (or memory) behind the figure, for the growth column.
    let cost: Double?

    /// The figure's slow end as the table shows it.
    var tail: Double? { kind.tailPercentile == 99 ? p99 : p95 }

    init(_ kind: Kind, median: Double?, p95: Double?, p99: Double?, cost: Double?) {
        self.kind = kind
        self.median = median
        self.p95 = p95
        self.p99 = p99
        self.cost = cost
    }

    /// Timings, shown in the kind's unit (ms or s).
    init(_ kind: Kind, durations: [Duration]) {
        let scale = kind.unit == "s" ? 1.0 : 1000.0
        let values = durations.map { $0.seconds * scale }
        self.init(kind, samples: values)
    }

    /// Plain values already in the kind's unit.
    init(_ kind: Kind, samples values: [Double]) {
        let sorted = values.sorted()
        self.init(kind, median: Self.percentile(sorted, 50), p95: Self.percentile(sorted, 95), p99: Self.percentile(sorted, 99),
                  cost: Self.percentile(sorted, 50))
    }

    /// A measurement that did not run this time.
    static func absent(_ kind: Kind) -> BenchFigure {
        BenchFigure(kind, median: nil, p95: nil, p99: nil, cost: nil)
    }

    /// Nearest-rank percentile: the smallest sample with at least `percent` % of them at or below it.
    static func percentile(_ sorted: [Double], _ percent: Int) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((Double(percent) / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(rank, 1)) - 1]
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// Runs a body once to warm caches up, then times it `repetitions` times.
enum BenchTimer {
    static func time(_ body: () throws -> Void) rethrows -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        return clock.now - start
    }

    static func samples(warmUp: Bool = true, repetitions: Int, _ body: () throws -> Void) rethrows -> [Duration] {
        if warmUp { try body() }
        return try (0..<repetitions).map { _ in try time(body) }
    }
}
