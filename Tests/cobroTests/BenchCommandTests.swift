import Foundation
import Testing

/// `cobro bench` end to end on a small demo: every measurement runs and is reported, the demo
/// database is made once and then reused, and the table has a column per size.
@Suite("cobro bench: every measurement, demo reuse, table and JSON")
struct BenchCommandTests {
    let home: String
    let folder: String

    static let measurements = [
        "demo_creation", "import_invoices", "aging_report", "floor_group_by", "aging_floor_ratio", "queue_build", "queue_next",
        "account_open", "log_call", "agreement_save", "desk_first_frame", "desk_data_shown", "aging_key_to_frame",
        "queue_key_to_frame", "desk_peak_rss",
    ]

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-bench-\(UUID().uuidString)").path
        folder = "\(home)/bench"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    private func bench(_ extra: [String] = []) throws -> CobroProcess.Result {
        let result = try CobroProcess.run(["bench", "--customers", "300", "--repetitions", "1", "--keys", "20", "--folder", folder] + extra,
                                          home: home)
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    private func measurements(_ result: CobroProcess.Result) throws -> [String: [String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["build"] as? String != nil)
        #expect((document["machine"] as? [String: Any])?["cores"] as? Int != nil)
        let databases = try #require(document["databases"] as? [[String: Any]])
        #expect(databases.count == 1)
        #expect(databases.first?["customers"] as? Int == 300)
        return try #require(databases.first?["measurements"] as? [String: [String: Any]])
    }

    @Test("A first run makes the demo and reports every measurement with a number; a second reuses the demo")
    func everyMeasurementThenReuse() throws {
        let first = try measurements(try bench(["--format", "json"]))
        #expect(Set(first.keys) == Set(Self.measurements))
        for name in Self.measurements {
            #expect(first[name]?["median"] as? Double != nil, "\(name) has no median")
            #expect(first[name]?["p95"] as? Double != nil, "\(name) has no p95")
            #expect(first[name]?["unit"] as? String != nil, "\(name) has no unit")
        }
        #expect(first["aging_key_to_frame"]?["p99"] as? Double != nil)
        #expect(first["import_invoices"]?["unit"] as? String == "rows/s")

        let second = try measurements(try bench(["--format", "json"]))
        #expect(second["demo_creation"]?["median"] is NSNull)
        #expect(second["aging_report"]?["median"] as? Double != nil)
    }

    @Test("The table names each size, each measurement, the machine and the build")
    func tableMentionsEachSize() throws {
        let result = try CobroProcess.run(["bench", "--customers", "300", "--customers", "200", "--repetitions", "1", "--keys", "20",
                                           "--folder", folder], home: home)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("200 customers"))
        #expect(result.stdout.contains("300 customers"))
        #expect(result.stdout.contains("growth ÷ size"))
        #expect(result.stdout.contains("floor: sqlite3 GROUP BY"))
        #expect(result.stdout.contains("desk: peak memory"))
        #expect(result.stdout.contains("cores"))
        #expect(result.stdout.contains("debug build") || result.stdout.contains("release build"))
    }
}
