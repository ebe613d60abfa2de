import CobroApp
import CobroDomain
import CobroStore
import Foundation

/// The desk measured in a process of its own (`cobro bench --desk-only`), so that its peak memory
/// is the desk's alone and its first frame counts from a real process start: the first frame, the
/// queue and aging report loaded, a run of keys on the aging screen and one on the queue screen.
enum BenchDesk {
    /// What one desk process reports, as JSON on its standard output.
    struct Run: Codable {
        var firstFrameMs: Double
        var dataShownMs: Double
        var agingKeysMs: [Double]
        var queueKeysMs: [Double]
        var maxRSSKilobytes: Int

        enum CodingKeys: String, CodingKey {
            case firstFrameMs = "first_frame_ms", dataShownMs = "data_shown_ms", agingKeysMs = "aging_keys_ms"
            case queueKeysMs = "queue_keys_ms", maxRSSKilobytes = "max_rss_kb"
        }
    }

    /// Starts the desk process once to warm up, then `repetitions` times; key timings are pooled.
    static func measure(path: String, keys: Int, instant: Date, repetitions: Int) throws -> [BenchFigure] {
        let command = BenchProcess.cobro(["bench", "--desk-only", "--db", path, "--keys", String(keys),
                                          "--at", ISO8601DateFormatter().string(from: instant), "--format", "json"])
        try command.output()
        let runs = try (0..<repetitions).map { _ in try JSONDecoder().decode(Run.self, from: command.output()) }
        return [
            BenchFigure(.deskFirstFrame, samples: runs.map(\.firstFrameMs)),
            BenchFigure(.deskDataShown, samples: runs.map(\.dataShownMs)),
            BenchFigure(.agingKeys, samples: runs.flatMap(\.agingKeysMs)),
            BenchFigure(.queueKeys, samples: runs.flatMap(\.queueKeysMs)),
            BenchFigure(.deskPeakMemory, samples: runs.map { Double($0.maxRSSKilobytes) * 1024 / 1_000_000 }),
        ]
    }

    /// The desk process's side: runs the desk once on `database` and prints its `Run`.
    static func runHere(database: CobroDatabase, settings: DeskSettings, instant: Date, keys: Int) throws {
        let processAge = ProcessClock.secondsSinceStart()
        let context = DeskContext(databaseName: database.path, user: settings.user, language: settings.language,
                                  today: CivilDate(containing: instant, in: settings.timeZone),
                                  exportFolder: FileManager.default.temporaryDirectory.path, timeZone: settings.timeZone,
                                  policy: settings.policy, conversionRates: settings.conversionRates, clock: { instant })
        let desk = DeskBenchmark(context: context, data: database)
            .run(agingKeys: DeskBenchmark.agingKeys(count: keys), queueKeys: DeskBenchmark.queueKeys(count: keys))
        // Without /proc the process's start is unknown: the figure is then from the desk's creation.
        let started = (processAge ?? 0) * 1000
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let run = Run(firstFrameMs: started + desk.firstFrame.seconds * 1000, dataShownMs: started + desk.dataShown.seconds * 1000,
                      agingKeysMs: desk.agingKeys.map { $0.duration.seconds * 1000 },
                      queueKeysMs: desk.queueKeys.map { $0.duration.seconds * 1000 }, maxRSSKilobytes: usage.ru_maxrss)
        print(String(decoding: try JSONEncoder().encode(run), as: UTF8.self))
    }
}

/// How long this process has been running, from the kernel's record of its start (10 ms ticks).
enum ProcessClock {
    static func secondsSinceStart() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let uptime = try? String(contentsOfFile: "/proc/uptime", encoding: .utf8),
              let afterName = stat.range(of: ") ", options: .backwards),
              let secondsUp = uptime.split(separator: " ").first.flatMap({ Double($0) })
        else { return nil }
        // Field 22 of /proc/self/stat is the start time in clock ticks; fields after the name start at 3.
        let fields = stat[afterName.upperBound...].split(separator: " ")
        guard fields.count > 19, let ticks = Double(fields[19]) else { return nil }
        return secondsUp - ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
