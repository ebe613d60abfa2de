import Foundation

/// One `cobro` command cut short the hardest way: started, left to work for a while, then sent
/// SIGKILL, which no program can catch or clean up after — as a power cut or the OOM killer would.
struct KilledRun {
    /// Where in the command's life the kill landed, as far as can be told from outside.
    enum Moment: String, CaseIterable {
        /// Before the write transaction began (starting up, opening the file, reading input).
        case before
        /// While the process held SQLite's write lock: inside the transaction or committing it.
        case during
        /// After the commit (printing, closing, checkpointing), or the command had already ended.
        case after
    }

    /// Whether the process still ran when the signal went, and held the write lock then.
    let wasRunning: Bool
    let heldWriteLock: Bool

    /// Runs `cobro arguments…` and kills it `delay` seconds after starting it (if it still runs).
    static func run(_ arguments: [String], home: String, database: String, killAfter delay: TimeInterval) throws -> KilledRun {
        let process = Process()
        process.executableURL = CobroProcess.binary
        process.arguments = arguments
        process.environment = CobroProcess.environment(home: home)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(useconds_t(max(0, delay) * 1_000_000))
        let wasRunning = process.isRunning
        let heldWriteLock = wasRunning && WriteLockProbe.holds(pid: process.processIdentifier, database: database)
        if wasRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return KilledRun(wasRunning: wasRunning, heldWriteLock: heldWriteLock)
    }

    /// The moment, given whether the change was found in the database afterwards.
    func moment(changeStored: Bool) -> Moment {
        if !wasRunning { return .after }
        if heldWriteLock { return .during }
        return changeStored ? .after : .before
    }
}

/// Whether a process holds SQLite's write lock on a database in WAL mode: an exclusive POSIX lock
/// on byte 120 of the `-shm` file (WAL_WRITE_LOCK), listed in Linux's /proc/locks. Elsewhere, or
/// when the file cannot be read, the answer is false and kills are told apart by their outcome.
enum WriteLockProbe {
    private static let writeLockByte = "120"

    static func holds(pid: Int32, database: String) -> Bool {
        var info = stat()
        guard stat(database + "-shm", &info) == 0,
              let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return false }
        let inode = String(info.st_ino)
        return locks.split(separator: "\n").contains { line in
            // "1: POSIX  ADVISORY  WRITE 4242 fd:01:1234567 120 120"; a waiter's line has "->".
            let fields = line.split(separator: " ")
            guard fields.count >= 8, !fields.contains("->"), fields[1] == "POSIX", fields[3] == "WRITE",
                  fields[4] == Substring(String(pid)) else { return false }
            return fields[5].split(separator: ":").last == Substring(inode) && fields[6] == Substring(writeLockByte)
        }
    }
}

/// Kills spread at random over a command's run, reproducible from the seed the test prints.
/// `COBRO_KILLS` and `COBRO_KILL_SEED` run more, or one run again, by hand.
struct KillPlan {
    let kills: Int
    let seed: UInt64
    /// How long the command was measured to run; shortened when a run ends before its kill
    /// (the machine got less busy), so the kills keep landing inside the run.
    private(set) var duration: TimeInterval
    private var generator: SplitMix64

    init(defaultKills: Int, duration: TimeInterval) {
        let environment = ProcessInfo.processInfo.environment
        kills = environment["COBRO_KILLS"].flatMap(Int.init) ?? defaultKills
        seed = environment["COBRO_KILL_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...999_999)
        self.duration = duration
        generator = SplitMix64(seed: seed)
    }

    /// Runs `arguments` and kills it after a delay between none and a little past the run's
    /// duration, so the last moments are hit too.
    mutating func kill(_ arguments: [String], home: String, database: String) throws -> KilledRun {
        let delay = Double.random(in: 0...(duration * 1.1), using: &generator)
        let run = try KilledRun.run(arguments, home: home, database: database, killAfter: delay)
        if !run.wasRunning { duration = min(duration, delay) }
        return run
    }
}

/// A small seeded generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// How many kills landed at each moment, for the test's report line.
struct KillTally: CustomStringConvertible {
    private(set) var counts: [KilledRun.Moment: Int] = [:]

    mutating func add(_ moment: KilledRun.Moment) { counts[moment, default: 0] += 1 }

    var description: String {
        KilledRun.Moment.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
    }
}
