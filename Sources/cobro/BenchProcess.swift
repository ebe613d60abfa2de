import Foundation

/// A program the benchmark starts and times from outside, as a user's shell would: `cobro` itself
/// (its reports, imports, the demo, the desk) and the `sqlite3` shell for the floor.
struct BenchProcess {
    let executable: String
    let arguments: [String]
    var input: Data?

    /// This very binary, so that a release bench times release commands.
    static func cobro(_ arguments: [String]) -> BenchProcess {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return BenchProcess(executable: path, arguments: arguments)
    }

    /// The sqlite3 shell found on $PATH.
    static func sqlite3(_ arguments: [String], input: String? = nil) throws -> BenchProcess {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let path = folders.map({ "\($0)/sqlite3" }).first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw Failure("cobro: bench needs the sqlite3 shell for the floor measurement (apt-get install sqlite3)")
        }
        return BenchProcess(executable: path, arguments: arguments, input: input.map { Data($0.utf8) })
    }

    /// Runs to the end and returns what it printed; a failure is an error naming the command.
    @discardableResult
    func output() throws -> Data {
        try run(capturing: true)
    }

    /// How long one run takes, process start to exit, its output going to /dev/null as a timed
    /// shell command's would.
    func timed() throws -> Duration {
        try BenchTimer.time { _ = try run(capturing: false) }
    }

    private func run(capturing: Bool) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), into = Pipe()
        process.standardOutput = capturing ? out : FileHandle.nullDevice
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : into
        try process.run()
        // Stdin is fed and stderr drained on other threads, so that no pipe fills and stalls the child.
        let feeder = input.map { data in
            Thread {
                try? into.fileHandleForWriting.write(contentsOf: data)
                try? into.fileHandleForWriting.close()
            }
        }
        feeder?.start()
        let errors = ErrorText()
        let reader = Thread { errors.data = (try? err.fileHandleForReading.readToEnd()) ?? Data() }
        reader.start()
        let printed = capturing ? (try out.fileHandleForReading.readToEnd()) ?? Data() : Data()
        process.waitUntilExit()
        while !reader.isFinished || feeder.map({ !$0.isFinished }) == true { usleep(1000) }
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure("cobro: bench: \(([executable] + arguments).joined(separator: " ")) failed: \(message)")
        }
        return printed
    }
}

private final class ErrorText: @unchecked Sendable {
    var data = Data()
}
