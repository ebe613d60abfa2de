import CobroDomain
import Foundation

/// Where a PIN comes from: typed on the terminal without echo when there is one (standard input
/// a terminal), else an environment variable (`COBRO_PIN` to act, `COBRO_NEW_PIN` to set one),
/// so that scripts and tests can give it without putting it on the command line.
struct PinPrompt {
    let language: Language
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// A user's PIN, to act as them.
    func pin(of user: String) throws -> String {
        if isatty(STDIN_FILENO) == 1 {
            return try read(prompt: language == .es ? "PIN de \(user): " : "PIN for \(user): ")
        }
        guard let pin = environment["COBRO_PIN"], !pin.isEmpty else {
            throw Failure(language == .es
                ? "cobro: actuar como '\(user)' necesita su PIN: escríbalo en un terminal o páselo en COBRO_PIN"
                : "cobro: acting as '\(user)' needs their PIN: type it on a terminal or pass it in COBRO_PIN")
        }
        return pin
    }

    /// A new PIN for `user`: typed twice on the terminal, or `COBRO_NEW_PIN`; nil when neither
    /// is there.
    func newPin(for user: String) throws -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return environment["COBRO_NEW_PIN"].flatMap { $0.isEmpty ? nil : $0 } }
        let first = try read(prompt: language == .es ? "PIN nuevo de \(user): " : "New PIN for \(user): ")
        let again = try read(prompt: language == .es ? "Repita el PIN: " : "Repeat the PIN: ")
        guard first == again else {
            throw Failure(language == .es ? "cobro: los dos PIN no coinciden: no se ha cambiado nada"
                : "cobro: the two PINs differ: nothing was changed")
        }
        return first
    }

    /// Reads one line from the controlling terminal with echo off, restoring the terminal's
    /// settings however it ends.
    private func read(prompt: String) throws -> String {
        let tty = open("/dev/tty", O_RDWR)
        guard tty >= 0 else {
            throw Failure(language == .es ? "cobro: no se puede abrir el terminal para pedir el PIN" : "cobro: cannot open the terminal to ask for the PIN")
        }
        defer { close(tty) }
        var saved = termios()
        let hasSettings = tcgetattr(tty, &saved) == 0
        if hasSettings {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            quiet.c_lflag |= tcflag_t(ICANON)
            tcsetattr(tty, TCSAFLUSH, &quiet)
        }
        defer {
            if hasSettings { tcsetattr(tty, TCSAFLUSH, &saved) }
            _ = write(tty, "\n", 1)
        }
        _ = prompt.withCString { write(tty, $0, strlen($0)) }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while Foundation.read(tty, &byte, 1) == 1, byte != UInt8(ascii: "\n") {
            line.append(byte)
        }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return String(decoding: line, as: UTF8.self)
    }
}
