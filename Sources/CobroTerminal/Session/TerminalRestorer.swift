import CNcurses
import Glibc

/// Puts the terminal back to normal however the process ends: on exit, and on every signal that
/// ends a process by default and can be caught, so a crash's backtrace prints on the normal
/// screen and the shell is usable. (SIGKILL and SIGSTOP cannot be caught.) ncurses handles
/// SIGWINCH (KEY_RESIZE) and SIGTSTP itself — on Ctrl-Z it restores the terminal, stops, and on
/// SIGCONT takes the screen back and repaints it; those are left alone.
enum TerminalRestorer {
    /// Installs the exit hook and the signal handlers; later calls do nothing.
    static func install() {
        _ = installation
    }

    private static let installation: Void = {
        atexit(restoreTerminal)
        sigemptyset(terminatingSet)
        for signal in terminatingSignals {
            sigaddset(terminatingSet, signal)
            installHandler(for: signal, unlessIgnored: true)
        }
        for signal in fatalSignals { installHandler(for: signal, unlessIgnored: false) }
    }()

    /// Signals that end the process by default (SIGQUIT, SIGXCPU and SIGXFSZ with a core dump):
    /// Ctrl-C and Ctrl-\, the session's end, `kill`, a write to a closed pipe, timers and user
    /// signals nobody handles, CPU and file-size limits. One the process ignores (`nohup`, a
    /// parent ignoring SIGPIPE) stays ignored.
    private static let terminatingSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2,
                                             SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ]
    /// Crashes: Swift's runtime errors (SIGILL, SIGTRAP), abort, bad memory, arithmetic faults,
    /// a bad system call.
    private static let fatalSignals = [SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGSYS]

    private static func installHandler(for signal: Int32, unlessIgnored: Bool) {
        precondition(signal < previousActionSlots, "no slot for the previous action of signal \(signal)")
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = restoreTerminalAndReraise
        sigemptyset(&action.sa_mask)
        // SA_SIGINFO: the handler learns who sent the signal. SA_ONSTACK: it runs on the alternate
        // stack when the runtime set one up, so a stack overflow is handled too.
        action.sa_flags = SA_SIGINFO | SA_ONSTACK
        let previous = previousActions + Int(signal)
        sigaction(signal, nil, previous)
        if unlessIgnored, cn_action_ignores(previous) != 0 { return }
        sigaction(signal, &action, nil)
    }
}

// The handler and what it reads live at file scope as plain C-compatible values: a signal handler
// must not allocate, take locks or touch reference counts.

/// An `SA_SIGINFO` handler: the signal, who sent it and why, and the interrupted context.
private typealias SignalHandler = @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void

/// Slots for the actions replaced, indexed by signal number (all handled signals are below 32).
private let previousActionSlots: Int32 = 32
nonisolated(unsafe) private let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(previousActionSlots))
/// The terminating signals, as a set the handler can test without touching Swift arrays.
nonisolated(unsafe) private let terminatingSet = UnsafeMutablePointer<sigset_t>.allocate(capacity: 1)

/// Leaves curses mode unless it was already left. Also the `atexit` hook.
private func restoreTerminal() {
    if !isendwin() { endwin() }
}

/// Restores the terminal, re-installs the action that was there before and has the signal
/// strike again, so the previous action (the default, or Swift's crash reporter) runs as if
/// Cobro had not been there.
private let restoreTerminalAndReraise: SignalHandler = { signal, info, _ in
    restoreTerminal()
    sigaction(signal, previousActions + Int(signal), nil)
    let code = info?.pointee.si_code ?? Int32(SI_USER)
    // A fault the kernel raised strikes again by itself when its instruction reruns on return:
    // the crash reporter then sees the real faulting address. (A trap does not rerun on x86.)
    if code > 0, signal == SIGSEGV || signal == SIGBUS || signal == SIGILL || signal == SIGFPE {
        return
    }
    // Blocked while its handler runs, the re-raised signal is delivered on return, to the previous
    // action, in the context where it first struck; abort() then insists and the process ends.
    raise(signal)
    // A terminating signal, or a fatal one another process sent (`kill -SEGV`), could be handled
    // and survived: let the previous action run now, then end with the shell's status 128 + signal.
    guard sigismember(terminatingSet, signal) == 1 || code == Int32(SI_USER) else { return }
    var blocked = sigset_t()
    sigemptyset(&blocked)
    sigaddset(&blocked, signal)
    sigprocmask(SIG_UNBLOCK, &blocked, nil)
    _exit(128 + signal)
}
