import Foundation
import Testing

/// Issue 8: the desk gives the terminal back on every signal it can catch — each ends it with
/// the shell's status 128 + signal and the terminal in its normal mode, whether sent with kill
/// or typed (Ctrl-C, Ctrl-\) — and Ctrl-Z suspends it with the terminal restored, fg (SIGCONT)
/// taking the screen back. (SIGTERM is in DeskEndToEndTests.)
@Suite("The desk restores the terminal on every signal it can catch (tmux)", .serialized)
struct DeskSignalTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-signals-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// The environment of the desk's terminal. Swift's crash reporter, which takes SIGQUIT after
    /// the desk has restored the terminal, prints its report without waiting for a key.
    private var environment: [String: String] {
        CobroProcess.environment(home: folder, extra: ["LANG": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no"])
    }

    /// The desk on an empty database (its welcome screen), in curses mode.
    private func openDesk() throws -> TmuxSession {
        let tmux = try TmuxSession(arguments: ["--db", "\(folder)/empty-\(UUID().uuidString).sqlite"], width: 100, height: 30,
                                   folder: folder, environment: environment)
        try tmux.waitFor("Welcome to Cobro")
        return tmux
    }

    @Test("a signal sent with kill ends the desk with 128 + signal and the terminal restored",
          arguments: [SIGINT, SIGHUP, SIGQUIT, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGSYS])
    func killed(by signal: Int32) throws {
        let tmux = try openDesk()
        let pid = try #require(try tmux.programPID())
        kill(pid, signal)
        #expect(try tmux.exitStatus() == 128 + signal)
        #expect(try tmux.terminalWasRestored())
    }

    /// Job control needs a shell that has it: `dash -i`, which (unlike bash) leaves the terminal
    /// as the stopped program left it, so what the test reads is the desk's doing.
    static let jobControlShell = ["/usr/bin/dash", "/bin/dash"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// A job-control shell in tmux window 1; window 0 (`cobro --help`) only keeps the server up.
    private func shellWindow() throws -> (server: TmuxSession, window: ShellWindow) {
        let server = try TmuxSession(arguments: ["--help"], width: 100, height: 30, folder: folder, environment: environment)
        let shell = try #require(Self.jobControlShell)
        return (server, try ShellWindow(socket: server.socket, shell: shell, environment: environment))
    }

    @Test("Ctrl-C and Ctrl-\\ typed at the desk end it with 130 and 131 and the terminal restored",
          .enabled(if: jobControlShell != nil, "needs dash for job control"), arguments: zip(["C-c", "C-\\"], [SIGINT, SIGQUIT]))
    func interruptedFromTheKeyboard(key: String, signal: Int32) throws {
        // From a job-control shell the desk has a process group of its own: the keys reach it alone.
        let (server, window) = try shellWindow()
        defer { withExtendedLifetime(server) {} }
        try window.run(ShellWindow.quoted([CobroProcess.binary.path, "--db", "\(folder)/interrupted.sqlite"]))
        try window.waitFor("Welcome to Cobro")
        let pid = try #require(try window.programPID())
        let terminal = try #require(PaneTerminal(pid: pid))
        try window.send(key)
        #expect(PaneTerminal.waitUntil { !FileManager.default.fileExists(atPath: "/proc/\(pid)") })
        #expect(try !terminal.inCursesMode())
        // A separate line: an interactive shell drops the rest of a line whose command Ctrl-C ended.
        try window.run("echo status=$?")
        try window.waitFor("status=\(128 + signal)")
    }

    @Test("Ctrl-Z suspends the desk with the terminal restored; fg (SIGCONT) takes the screen back, and q still quits",
          .enabled(if: jobControlShell != nil, "needs dash for job control"))
    func suspendedAndResumed() throws {
        let (server, window) = try shellWindow()
        defer { withExtendedLifetime(server) {} }
        try window.run(ShellWindow.quoted([CobroProcess.binary.path, "--db", "\(folder)/suspended.sqlite"]))
        try window.waitFor("Welcome to Cobro")
        let pid = try #require(try window.programPID())
        let terminal = try #require(PaneTerminal(pid: pid))
        #expect(try terminal.inCursesMode())

        try window.send("C-z")
        try window.waitFor("Stopped")
        #expect(PaneTerminal.waitUntil { PaneTerminal.isStopped(pid) })
        #expect(try !terminal.inCursesMode(), "a suspended desk leaves the terminal in its normal mode")

        try window.run("fg")
        try window.waitFor("Welcome to Cobro")
        #expect(PaneTerminal.waitUntil { !PaneTerminal.isStopped(pid) && (try? terminal.inCursesMode()) == true },
                "resumed, the desk takes the terminal back")
        try window.send("q")
        #expect(PaneTerminal.waitUntil { !FileManager.default.fileExists(atPath: "/proc/\(pid)") })
        #expect(try !terminal.inCursesMode())
    }
}

/// A second tmux window on a running server, with an interactive shell typed into.
private struct ShellWindow {
    let socket: String

    init(socket: String, shell: String, environment: [String: String]) throws {
        self.socket = socket
        var arguments = ["new-window", "-d", "-t", "1"]
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(name)=\(value)"] }
        arguments += ["-e", "PS1=$ ", "\(shell) -i"]
        try tmux(arguments)
    }

    /// Types a command line and Enter.
    func run(_ line: String) throws {
        try tmux(["send-keys", "-t", "1", "-l", line])
        try send("Enter")
    }

    /// Words quoted for the shell.
    static func quoted(_ words: [String]) -> String {
        words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    }

    func send(_ key: String) throws { try tmux(["send-keys", "-t", "1", key]) }

    func waitFor(_ text: String) throws {
        let deadline = Date().addingTimeInterval(15)
        var screen = ""
        while Date() < deadline {
            screen = try tmux(["capture-pane", "-p", "-t", "1"])
            if screen.contains(text) { return }
            usleep(50_000)
        }
        throw TmuxSession.TimedOut(screen: screen)
    }

    /// The program the shell started.
    func programPID() throws -> Int32? {
        let shell = try tmux(["display-message", "-p", "-t", "1", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// The server is already running, so a plain child process can talk to it.
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
}

/// The terminal of a process in a tmux pane, read with `stty -F` from outside.
private struct PaneTerminal {
    let device: String

    init?(pid: Int32) {
        guard let device = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/0"),
              device.hasPrefix("/dev/") else { return nil }
        self.device = device
    }

    /// Whether line editing and echo are off, as the desk sets them.
    func inCursesMode() throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["stty", "-a", "-F", device]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let flags = Set(String(decoding: data, as: UTF8.self).split(whereSeparator: { " \n;".contains($0) }).map(String.init))
        return flags.contains("-icanon") && flags.contains("-echo")
    }

    /// Whether the process is stopped (state T in /proc).
    static func isStopped(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let afterName = stat.range(of: ") ") else { return false }
        return stat[afterName.upperBound...].first == "T"
    }

    /// Polls `condition` for up to ten seconds.
    static func waitUntil(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return false
    }
}
