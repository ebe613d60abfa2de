import CobroDomain
import Foundation

/// The demo databases the benchmark measures, kept between runs in a cache folder as
/// `demo-<customers>.sqlite`: always the same seed and day, so that figures from different runs
/// and machines are of the same portfolio.
enum BenchDemo {
    static let seed = "1"
    static let today = CivilDate(iso: "2026-11-23")!
    /// Monday 17:00 UTC: inside calling hours in every zone the demo's customers live in.
    static let instant = ISO8601DateFormatter().date(from: "2026-11-23T17:00:00Z")!

    /// $XDG_CACHE_HOME/cobro/bench, else ~/.cache/cobro/bench.
    static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "\(environment["HOME"] ?? NSHomeDirectory())/.cache"
        return "\(cache)/cobro/bench"
    }

    /// The demo of `customers` in `folder`: reused when the file holds a finished demo of that size,
    /// seed and day; else made afresh, and then how long `cobro demo` took.
    static func prepare(customers: Int, folder: String) throws -> (path: String, creation: Duration?) {
        let path = "\(folder)/demo-\(customers).sqlite"
        if isFinished(path: path, customers: customers) { return (path, nil) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        removeDatabase(at: path)
        let creation = try BenchProcess.cobro(["demo", "--no-open", "--customers", String(customers), "--seed", seed,
                                               "--today", today.iso, "--db", path]).timed()
        return (path, creation)
    }

    /// Whether the demo's own audit row is there with this size, seed and day. The demo is one
    /// transaction, so the row is there only if the whole portfolio is.
    static func isFinished(path: String, customers: Int) -> Bool {
        guard FileManager.default.fileExists(atPath: path),
              let printed = try? BenchProcess.sqlite3(["-readonly", path, """
                SELECT after_json FROM audit_trail WHERE action = 'demo' AND entity = 'database' ORDER BY id DESC LIMIT 1
                """]).output(),
              let demo = try? JSONSerialization.jsonObject(with: printed) as? [String: Any]
        else { return false }
        func text(_ key: String) -> String? { demo[key].map { "\($0)" } }
        return text("customers") == String(customers) && text("seed") == seed && text("today") == today.iso
    }

    /// Deletes a database with its WAL and shared-memory files.
    static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
