import CobroDomain
import CobroStore
import Foundation
import Testing

/// A real SMTP server on 127.0.0.1 (Python's aiosmtpd) that keeps every message it receives. It
/// stops when its stdin closes, so it never outlives the test process, even one that crashes.
private final class LocalSMTPServer {
    static let script = """
        import os, socket, sys
        from aiosmtpd.controller import Controller
        out = sys.argv[1]
        class Keep:
            async def handle_DATA(self, server, session, envelope):
                name = os.path.join(out, "%d.eml" % len(os.listdir(out)))
                with open(name + ".part", "wb") as f: f.write(envelope.original_content or envelope.content)
                os.rename(name + ".part", name)
                return "250 OK"
        probe = socket.socket(); probe.bind(("127.0.0.1", 0)); port = probe.getsockname()[1]; probe.close()
        Controller(Keep(), hostname="127.0.0.1", port=port).start()
        print(port, flush=True)
        sys.stdin.read()
        os._exit(0)
        """

    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/msmtp") && runProgram("/usr/bin/env", ["python3", "-c", "import aiosmtpd"]) != nil
    }

    let process = Process()
    let stdin = Pipe()
    let port: Int
    let inbox: String

    init(inbox: String) throws {
        self.inbox = inbox
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script, inbox]
        process.standardOutput = output
        process.standardInput = stdin
        try process.run()
        // The server prints its port once it listens.
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) { line += byte }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else { throw Failure.noPort }
        self.port = port
    }

    /// The messages received so far, waiting up to `seconds` for the first.
    func messages(waiting seconds: Double) -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: inbox)) ?? []).filter { $0.hasSuffix(".eml") }.sorted()
            if !files.isEmpty || Date() > deadline { return files.map { "\(inbox)/\($0)" } }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    deinit {
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    enum Failure: Error { case noPort }
}

@Suite struct DeliverySMTPTests {
    @Test(.enabled(if: LocalSMTPServer.available, "needs msmtp and Python's aiosmtpd (.ci/run installs both)"))
    func aReminderSentThroughMsmtpArrivesIntact() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("inbox"), withIntermediateDirectories: true)
        let server = try LocalSMTPServer(inbox: folder.path("inbox"))
        let command = "msmtp -C /dev/null --host=127.0.0.1 --port=\(server.port) --tls=off --auth=off --from=cobros@example.com -t"
        let delivery = ReminderDelivery(mail: MailSettings(command: command, from: MailFixture.from), outbox: folder.path("outbox"), timeZone: MailFixture.madrid)

        let receipt = try delivery.deliver(MailFixture.reminder, to: MailFixture.customer, at: MailFixture.at)

        #expect(receipt.file == nil)
        #expect(!FileManager.default.fileExists(atPath: folder.path("outbox")))
        let received = server.messages(waiting: 10)
        #expect(received.count == 1)
        let parsed = try PythonEmail.parse(file: try #require(received.first))
        #expect(parsed["subject"] as? String == MailFixture.reminder.subject)
        #expect(parsed["to"] as? String == "ana@example.com")
        #expect(parsed["to_name"] as? String == "Ferretería Núñez Bcc: victim@example.com")
        #expect(parsed["message_id"] as? String == "<\(receipt.messageID!)>")
        #expect(parsed["body"] as? String == MailFixture.reminder.body)
        #expect((parsed["defects"] as? [String]) == [])
    }

    @Test func aFailingCommandIsReportedWithItsStatusAndMessage() throws {
        let folder = try TemporaryFolder()
        let delivery = ReminderDelivery(mail: MailSettings(command: "echo 'relay refused' >&2; exit 75", from: MailFixture.from),
                                        outbox: folder.path("outbox"), timeZone: MailFixture.madrid)
        #expect(throws: DeliveryError.commandFailed(command: "echo 'relay refused' >&2; exit 75", status: 75, output: "relay refused")) {
            try delivery.deliver(MailFixture.reminder, to: MailFixture.customer, at: MailFixture.at)
        }
    }
}
