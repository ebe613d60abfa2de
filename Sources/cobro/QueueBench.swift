import CobroDomain
import CobroStore
import Foundation

/// What a clerk waits for around the call queue, each timed `repetitions` times at one instant:
/// the queue built, the next account taken (claim, then release), an account opened, a call
/// logged. Logging writes, so it runs on a copy of the file, made in the temporary folder and
/// removed after; the database measured is left as it was.
struct QueueBench {
    let database: CobroDatabase
    let settings: DeskSettings
    let instant: Date
    let repetitions: Int

    /// Samples per measurement, in the order the report shows them.
    func run() throws -> [(name: String, samples: [Duration])] {
        let clock = ContinuousClock()
        func time(_ body: () throws -> Void) rethrows -> Duration {
            let start = clock.now
            try body()
            return clock.now - start
        }
        var entries: [QueueEntry] = []
        let build = try (0..<repetitions).map { _ in
            try time {
                entries = try database.callQueue(at: instant, deskTimeZone: settings.timeZone, policy: settings.policy,
                                                 conversionRates: settings.conversionRates, user: nil)
            }
        }
        let next = try (0..<repetitions).map { _ in
            try time {
                guard let entry = try database.takeNextAccount(
                    user: Self.clerk, at: instant, deskTimeZone: settings.timeZone, policy: settings.policy,
                    conversionRates: settings.conversionRates) else { return }
                try database.releaseClaim(code: entry.code, user: Self.clerk)
            }
        }
        // The accounts a clerk opens: the head of the queue.
        let codes = entries.prefix(max(repetitions, 1)).map(\.code)
        let asOf = CivilDate(containing: instant, in: settings.timeZone)
        let open = try codes.map { code in try time { _ = try database.account(code: code, asOf: asOf) } }
        let log = try logCalls(codes: codes, time: time)
        return [("queue: build", build), ("queue: next (claim + release)", next), ("account: open", open), ("log a call", log)]
    }

    private static let clerk = "bench"

    private func logCalls(codes: [String], time: (() throws -> Void) throws -> Duration) throws -> [Duration] {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-bench-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
        }
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: database.path + suffix) {
            try FileManager.default.copyItem(atPath: database.path + suffix, toPath: copy + suffix)
        }
        let scratch = try CobroDatabase.open(path: copy)
        return try codes.map { code in
            try time {
                try scratch.logContact(ContactLogEntry(customerCode: code, user: Self.clerk, at: instant, channel: .call, outcome: .noAnswer,
                                                       note: "Benchmark call"))
            }
        }
    }
}
