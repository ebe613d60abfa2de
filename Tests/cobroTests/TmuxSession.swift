import Foundation

/// Drives the real `cobro` binary inside a detached tmux session on a private socket, the way a
/// user at a terminal would: keys in, screen text out.
final class TmuxSession {
    let socket: String
    let statusFile: String
    /// `stty -a` as the shell saw the terminal after the program ended.
    let terminalSettingsFile: String
    private let folder: String

    /// Starts `cobro arguments…` in a `width`×`height` window; the exit status lands in a file.
    init(arguments: [String], width: Int, height: Int, folder: String, environment: [String: String]) throws {
        self.folder = folder
        socket = "\(folder)/tmux.sock"
        let run = UUID().uuidString
        statusFile = "\(folder)/status-\(run)"
        terminalSettingsFile = "\(folder)/stty-\(run)"
        // The status is written last, so once it exists the terminal settings are there too.
        let command = ([CobroProcess.binary.path] + arguments).map(TmuxSession.shellQuoted).joined(separator: " ")
            + "; status=$?; stty -a > \(TmuxSession.shellQuoted(terminalSettingsFile)); echo $status > \(TmuxSession.shellQuoted(statusFile)); sleep 30"
        var tmuxArguments = ["new-session", "-d", "-x", String(width), "-y", String(height)]
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) { tmuxArguments += ["-e", "\(name)=\(value)"] }
        tmuxArguments.append(command)
        try tmux(tmuxArguments, readsOutput: false)
    }

    deinit { _ = try? tmux(["kill-server"], readsOutput: false) }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "0"] + keys) }

    /// Types `text` literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "0", "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "0"]) }

    /// The pid of the program running in the pane (a child of the pane's shell).
    func programPID() throws -> Int32? {
        let shell = try tmux(["display-message", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pgrep", "-P", shell]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// Whether the terminal was left in its normal cooked mode (line editing and echo back on).
    func terminalWasRestored() throws -> Bool {
        let settings = try String(contentsOfFile: terminalSettingsFile, encoding: .utf8)
        let flags = Set(settings.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        return flags.contains("icanon") && flags.contains("echo") && !flags.contains("-icanon") && !flags.contains("-echo")
    }

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

    @discardableResult
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

    /// Runs a tmux command and returns what it printed. A command that starts the tmux server
    /// (`readsOutput: false`) is spawned directly: the server is forked from the client and keeps
    /// every descriptor the client had, so Foundation's `Process` (which watches a pipe of its
    /// own) would wait until the server exits.
    @discardableResult
    private func tmux(_ arguments: [String], readsOutput: Bool = true) throws -> String {
        guard readsOutput else {
            try TmuxSession.spawnAndWait(["tmux", "-S", socket] + arguments)
            return ""
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-S", socket] + arguments
        process.standardError = FileHandle.nullDevice
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    private static func spawnAndWait(_ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
        }
        // The test runner's threads block some signals; the tmux server (and so the desk) must
        // start with none blocked and default actions, as from a login shell.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw SpawnFailed(command: arguments[0], code: spawned) }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    struct SpawnFailed: Error {
        let command: String
        let code: Int32
    }

    private static func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
