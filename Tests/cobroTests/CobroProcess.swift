import Foundation

/// Runs the built `cobro` binary the way a user or a script does.
struct CobroProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The binary built beside this test bundle (or $COBRO_BIN).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["COBRO_BIN"] { return URL(fileURLWithPath: path) }
        let testBundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let beside = testBundle.appendingPathComponent("cobro")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/cobro")
    }()

    /// The environment of a user with no config, language English, time zone UTC, data under `home`.
    static func environment(home: String, extra: [String: String] = [:]) -> [String: String] {
        var environment = ["HOME": home, "XDG_CONFIG_HOME": "\(home)/config", "XDG_DATA_HOME": "\(home)/data",
                           "LANG": "en_US.UTF-8", "TZ": "UTC", "USER": "tester",
                           "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        environment.merge(extra) { $1 }
        return environment
    }

    static func run(_ arguments: [String], home: String, environment extra: [String: String] = [:],
                    in directory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment(home: home, extra: extra)
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Drain stderr on another thread while reading stdout, so neither pipe fills and stalls the child.
        let stderrData = StderrBox()
        let reader = Thread { stderrData.data = (try? err.fileHandleForReading.readToEnd()) ?? nil }
        reader.start()
        let stdout = try out.fileHandleForReading.readToEnd()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        let stderr = stderrData.data
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout ?? Data(), as: UTF8.self),
                      stderr: String(decoding: stderr ?? Data(), as: UTF8.self))
    }
}

private final class StderrBox: @unchecked Sendable {
    var data: Data?
}
