import Foundation

/// One `cobro` command a worker ran, with when it started and ended by the test's clock.
struct TimedRun: Sendable {
    let worker: String
    let arguments: [String]
    let start: Date
    let end: Date
    let status: Int32
    let stdout: String
    let stderr: String

    var seconds: TimeInterval { end.timeIntervalSince(start) }
}

/// Workers, each a thread running `cobro` commands one after another until a deadline, so that
/// as many `cobro` processes as workers run at once on one database. Every run is recorded.
final class ConcurrentWorkers: @unchecked Sendable {
    let home: String
    let database: String
    let deadline: Date
    private let lock = NSLock()
    private var recorded: [TimedRun] = []
    private let finished = DispatchGroup()

    init(home: String, database: String, seconds: TimeInterval) {
        self.home = home
        self.database = database
        deadline = Date().addingTimeInterval(seconds)
    }

    var timeLeft: Bool { Date() < deadline }

    /// Every run so far, in the order they ended.
    var runs: [TimedRun] { lock.withLock { recorded } }

    /// Runs `cobro arguments… --db DATABASE` for `worker` and records it.
    @discardableResult
    func cobro(_ worker: String, _ arguments: [String]) -> TimedRun {
        let start = Date()
        let result = try? CobroProcess.run(arguments + ["--db", database], home: home)
        let run = TimedRun(worker: worker, arguments: arguments, start: start, end: Date(), status: result?.status ?? -1,
                           stdout: result?.stdout ?? "", stderr: result?.stderr ?? "could not start cobro")
        lock.withLock { recorded.append(run) }
        return run
    }

    /// Starts a worker: `body` runs on a thread of its own (it loops while `timeLeft`).
    func start(_ body: @escaping @Sendable (ConcurrentWorkers) -> Void) {
        finished.enter()
        let thread = Thread { [self] in
            body(self)
            finished.leave()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Waits for every worker to end its last command.
    func wait() { finished.wait() }
}
