import ArgumentParser
import CobroApp
import CobroDomain
import CobroStore
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure what users wait for on a database: the aging report, the desk's frames, the call queue.",
        discussion: """
            Run it on a release build (swift build -c release) and a large demo database
            (cobro demo --no-open --customers 100000 --db big.sqlite). The desk is measured without a
            terminal: a frame is the screen's cells plus the changes a terminal would be sent. The queue
            is measured at --at: building it, taking the next account (claim and release), opening an
            account, logging a call (on a temporary copy of the file: the database is not changed).
            """
    )

    @Option(name: .long, help: "How many times to compute the aging report (the median is shown).")
    var repetitions = 5

    @Option(name: .long, help: "How many key presses to time on the aging screen.")
    var keys = 2000

    @Option(name: .long, help: "How many times to time each queue operation (median and p95 are shown).")
    var queueRepetitions = 20

    @Option(name: .long, help: ArgumentHelp("The queue's instant (ISO 8601 with offset). Default: now.", valueName: "timestamp"))
    var at: InstantArgument?

    @Option(name: .long, help: ArgumentHelp("table for people, json for programs.", valueName: "table|json"))
    var format: ReportFormat = .table

    @OptionGroup var options: DeskOptions

    func validate() throws {
        guard repetitions > 0, keys > 0, queueRepetitions > 0 else {
            throw ValidationError("--repetitions, --keys and --queue-repetitions must be at least 1")
        }
        guard format != .csv else { throw ValidationError("--format is table or json") }
    }

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            // The desk first, as a user starting `cobro` meets it: process start to first frame.
            let context = DeskContext(databaseName: database.path, user: settings.user, language: settings.language,
                                      today: settings.today, exportFolder: FileManager.default.temporaryDirectory.path)
            let processAge = ProcessClock.secondsSinceStart()
            let desk = DeskBenchmark(context: context, data: database).run(keys: DeskBenchmark.typicalKeys(count: keys))
            let clock = ContinuousClock()
            var reportTimes: [Duration] = []
            for _ in 0..<repetitions {
                let start = clock.now
                _ = try database.agingReport(asOf: settings.today)
                reportTimes.append(clock.now - start)
            }
            let keyTimes = desk.keyToFrame.map(\.duration).sorted()
            let slowest = desk.keyToFrame.sorted { $0.duration > $1.duration }.prefix(5)
            var rows: [(String, Double)] = [
                ("aging report (median)", milliseconds(reportTimes.sorted()[reportTimes.count / 2])),
                ("desk: first frame", milliseconds(desk.firstFrame)),
                ("desk: process start to first frame", processAge.map { $0 * 1000 + milliseconds(desk.firstFrame) } ?? .nan),
                ("desk: aging figures on screen", milliseconds(desk.agingShown)),
                ("desk: key to frame p50", milliseconds(percentile(keyTimes, 0.50))),
                ("desk: key to frame p99", milliseconds(percentile(keyTimes, 0.99))),
                ("desk: key to frame max", milliseconds(keyTimes.last!)),
            ]
            let queue = try QueueBench(database: database, settings: settings, instant: at?.date ?? Date(),
                                       repetitions: queueRepetitions).run()
            for (name, samples) in queue where !samples.isEmpty {
                let sorted = samples.sorted()
                rows.append(("\(name) p50", milliseconds(percentile(sorted, 0.50))))
                rows.append(("\(name) p95", milliseconds(percentile(sorted, 0.95))))
            }
            switch format {
            case .json:
                let members = rows.map { "\"\($0.0)\": \(String(format: "%.3f", $0.1))" }.joined(separator: ", ")
                print("{\"database\": \"\(database.path)\", \"unit\": \"ms\", \"keys\": \(keys), \(members)}")
            default:
                print("\(database.path): \(keys) keys, aging report \(repetitions)×")
                for (name, value) in rows { print(name.padding(toLength: 36, withPad: " ", startingAt: 0) + String(format: "%9.2f ms", value)) }
                print("slowest keys: " + slowest.map { "\($0.key) \(String(format: "%.1f", milliseconds($0.duration))) ms" }.joined(separator: ", "))
            }
        }
    }

    private func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    private func percentile(_ sorted: [Duration], _ fraction: Double) -> Duration {
        sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
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
