import Foundation
import Testing

/// A clerk's turn in the real binary, in tmux: the desk opens on the queue, Enter takes the
/// first account, `c` `p` Enter logs a promise with its defaults, and both the database and the
/// queue show it.
@Suite("The call queue end to end in tmux", .serialized)
struct QueueEndToEndTests {
    let folder: String
    let db: String
    /// Monday 23 Nov 2026 at 15:00 UTC: inside calling hours in Madrid, Mexico City, Bogotá,
    /// Santiago and New York alike.
    let at = "2026-11-23T15:00:00Z"

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-queue-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        db = "\(folder)/demo.sqlite"
        let demo = try CobroProcess.run(["demo", "--no-open", "--customers", "300", "--seed", "5", "--today", "2026-11-23", "--db", db],
                                        home: folder)
        #expect(demo.status == 0, "\(demo.stderr)")
    }

    private func queueCodes(at instant: String) throws -> [String] {
        let result = try CobroProcess.run(["queue", "--at", instant, "--format", "json", "--db", db], home: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        return (json["entries"] as! [[String: Any]]).map { $0["code"] as! String }
    }

    @Test("a clerk takes the first account, logs a promise, and the queue and the database show it")
    func takeAndLogAPromise() throws {
        let first = try #require(try queueCodes(at: at).first)
        let tmux = try TmuxSession(arguments: ["--db", db, "--at", at], width: 120, height: 40, folder: folder,
                                   environment: CobroProcess.environment(home: folder, extra: ["LANG": "C.UTF-8", "USER": "zoe-e2e"]))
        try tmux.waitFor(first, timeout: 60)
        try tmux.send("Enter")
        let account = try tmux.waitFor("Open invoices", timeout: 60)
        #expect(account.contains(first))
        #expect(account.contains("held by zoe-e2e"))
        try tmux.send("c")
        // The call-log form's own text: the account's lower half may still be loading.
        try tmux.waitFor("promise to pay", timeout: 60)
        try tmux.send("p")
        try tmux.send("Enter")
        try tmux.waitFor("Saved: promise.", timeout: 60)
        try tmux.send("Escape")
        try tmux.send("q")
        #expect(try tmux.exitStatus() == 0)

        let contacts = try CobroProcess.run(["export", "contacts", "-", "--db", db], home: folder).stdout
        let logged = contacts.split(separator: "\n").filter { $0.contains(",\(first),") && $0.contains(",promise,") && $0.contains(",zoe-e2e,") }
        #expect(logged.count == 1, "\(logged)")
        // A promise is a conversation: the account rests in the queue for the hold's seven days.
        #expect(!(try queueCodes(at: "2026-11-23T16:00:00Z")).contains(first))
    }
}
