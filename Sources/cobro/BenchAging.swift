import CobroDomain
import Foundation

/// The aging report as a user runs it (`cobro report aging --format json`, a process of its own)
/// against the storage engine's floor: the same file summed by the `sqlite3` shell in one plain
/// GROUP BY, with no payment allocation at all. Cobro's report does strictly more work than
/// the floor, so their ratio says how close to the engine it gets.
struct BenchAging {
    let path: String
    let asOf: CivilDate
    let repetitions: Int

    /// The aging report, the floor, and the report's time over the floor's.
    func run() throws -> [BenchFigure] {
        let report = BenchProcess.cobro(["report", "aging", "--as-of", asOf.iso, "--format", "json", "--db", path])
        let floor = try BenchProcess.sqlite3([path], input: floorSQL)
        let aging = BenchFigure(.agingReport, durations: try BenchTimer.samples(repetitions: repetitions) { _ = try report.timed() })
        let engine = BenchFigure(.floor, durations: try BenchTimer.samples(repetitions: repetitions) { _ = try floor.timed() })
        let ratio = BenchFigure(.agingFloorRatio, median: quotient(aging.median, engine.median), p95: quotient(aging.p95, engine.p95),
                                p99: nil, cost: nil)
        return [aging, engine, ratio]
    }

    /// The floor: invoice amounts by currency, customer and the report's buckets of days past due
    /// (julianday arithmetic), as of the report's day — what any aging report must at least read.
    var floorSQL: String {
        """
        SELECT currency, customer_id,
               CASE WHEN d <= 0 THEN 0 WHEN d <= 30 THEN 1 WHEN d <= 60 THEN 2
                    WHEN d <= 90 THEN 3 WHEN d <= 120 THEN 4 ELSE 5 END AS bucket,
               sum(amount)
        FROM (SELECT currency, customer_id, amount,
                     julianday('\(asOf.iso)') - julianday(due_date) AS d
              FROM invoice WHERE issue_date <= '\(asOf.iso)')
        GROUP BY currency, customer_id, bucket;
        """
    }

    private func quotient(_ numerator: Double?, _ denominator: Double?) -> Double? {
        guard let numerator, let denominator, denominator > 0 else { return nil }
        return numerator / denominator
    }
}
