import Foundation
import Testing

/// `cobro --user NAME` in a real terminal (tmux): the PIN is asked before the desk takes the
/// screen, without echo, and the header then says who acts and as what.
@Suite("The desk with roles on, end to end in tmux", .serialized)
struct DeskUserEndToEndTests {
    let folder: String
    let db: String
    let environment: [String: String]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-e2e-user-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        db = "\(folder)/cobro.sqlite"
        environment = CobroProcess.environment(home: folder, extra: ["LANG": "C.UTF-8"])
        let login = String(cString: getpwuid(getuid())!.pointee.pw_name)
        for (name, role, pin) in [(login, "owner", "2468"), ("ana", "clerk", "1357")] {
            let added = try CobroProcess.run(["user", "add", name, "--role", role, "--db", db], home: folder, environment: ["COBRO_NEW_PIN": pin])
            #expect(added.status == 0, "\(added.stderr)")
        }
    }

    private func openDesk() throws -> TmuxSession {
        try TmuxSession(arguments: ["--db", db, "--user", "ana"], width: 100, height: 30, folder: folder, environment: environment)
    }

    @Test("the PIN is asked on the terminal without echo before the desk starts; the header shows ana (clerk)")
    func pinThenDesk() throws {
        let tmux = try openDesk()
        try tmux.waitFor("PIN for ana:")
        try tmux.type("1357")
        #expect(!(try tmux.screen()).contains("1357"), "the PIN is not echoed")
        try tmux.send("Enter")
        let desk = try tmux.waitFor("user ana (clerk)")
        #expect(!desk.contains("1357"))
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)
        #expect(try tmux.terminalWasRestored())
    }

    @Test("a wrong PIN ends with one line and exit 1; the desk never opens")
    func wrongPin() throws {
        let tmux = try openDesk()
        try tmux.waitFor("PIN for ana:")
        try tmux.type("9999")
        try tmux.send("Enter")
        let screen = try tmux.waitFor("wrong PIN for 'ana'")
        #expect(!screen.contains("Cobro ·"))
        #expect(try tmux.exitStatus() == 1)
        #expect(try tmux.terminalWasRestored(), "echo is back on after the prompt")
    }
}
