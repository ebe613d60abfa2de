import Foundation

/// Drives the real `cobro` binary inside a detached tmux session on a private socket, the way a
/// user at a terminal would: keys in, screen text out.
final class TmuxSession {
    let socket: String
    let statusFile: String
    private let folder: String

    /// Starts `cobro arguments…` in a `width`×`height` window; the exit status lands in a file.
    init(arguments: [String], width: Int, height: Int, folder: String, environment: [String: String]) throws {
        self.folder = folder
        socket = "\(folder)/tmux.sock"
        statusFile = "\(folder)/status-\(UUID().uuidString)"
        let command = ([CobroProcess.binary.path] + arguments).map(TmuxSession.shellQuoted).joined(separator: " ")
            + "; echo $? > \(TmuxSession.shellQuoted(statusFile))"
        var tmuxArguments = ["new-session", "-d", "-x", String(width), "-y", String(height)]
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) { tmuxArguments += ["-e", "\(name)=\(value)"] }
        tmuxArguments.append(command)
        try tmux(tmuxArguments)
    }

    deinit { _ = try? tmux(["kill-server"]) }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "0"] + keys) }

    /// Types `text` literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "0", "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "0"]) }

    /// Polls the screen until `predicate` holds (never a fixed sleep); the last screen on timeout.
    @discardableResult
    func waitFor(timeout: TimeInterval = 15, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            usleep(50_000)
        }
        throw TimedOut(screen: last)
    }

    func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> String {
        try waitFor(timeout: timeout) { $0.contains(text) }
    }

    /// The exit status the wrapper wrote, once the program has ended.
    func exitStatus(timeout: TimeInterval = 10) throws -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8), let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            usleep(50_000)
        }
        return nil
    }

    struct TimedOut: Error, CustomStringConvertible {
        let screen: String
        var description: String { "timed out; the screen was:\n\(screen)" }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-S", socket] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    private static func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
