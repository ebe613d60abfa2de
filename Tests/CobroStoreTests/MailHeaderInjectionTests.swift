import CobroDomain
import CobroStore
import Foundation
import Testing

@Suite("Reminder e-mail headers: no customer name, address or subject adds a header or breaks a line limit")
struct MailHeaderInjectionTests {
    private static let headerNames = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                                      "Content-Transfer-Encoding"]

    /// Names and subjects that try to end the header early, start one of their own, or smuggle one in encoded.
    private static let hostile = [
        "Evil\r\nBcc: victim@example.com", "Evil\nBcc: victim@example.com", "Evil\rBcc: victim@example.com",
        "Evil\r\n\r\nInjected body", "Evil\u{85}Bcc: x@example.com", "Evil\u{2028}Bcc: x@example.com",
        "Evil\u{0}Bcc: x@example.com", "Evil\u{1B}[2J", "=?UTF-8?Q?Evil=0D=0ABcc:_x@example.com?=",
        "=?UTF-8?B?RXZpbA0KQmNjOiB4QGV4YW1wbGUuY29t?=", "\"Quoted\" <other@example.com>", "Ibáñez\r\n Bcc: x",
        "شركة الأمل", "\u{202E}lanigiro\u{202C}", "", " ", "\t", String(repeating: "x", count: 10_000),
        String(repeating: "ñ", count: 3_000), String(repeating: "ab ", count: 500), "e\u{301}\u{301}\u{301}",
    ]

    private func rendered(name: String, subject: String) throws -> String {
        let delivery = ReminderDelivery(mail: MailSettings(command: nil, from: MailFixture.from), outbox: "/nonexistent",
                                        timeZone: MailFixture.madrid)
        let customer = Customer(code: "C001", name: name, email: "ana@example.com")
        let reminder = RenderedReminder(key: TemplateKey(stage: "first", language: .es, channel: .email), subject: subject,
                                        body: "Hola \(name)\n")
        return try delivery.mailMessage(reminder, to: customer, at: MailFixture.at).rendered(timeZone: MailFixture.madrid)
    }

    /// The header block's lines, up to the first empty line.
    private func headerLines(_ message: String) -> [String] {
        String(message[..<message.range(of: "\r\n\r\n")!.lowerBound]).components(separatedBy: "\r\n")
    }

    @Test("a hostile customer name or subject leaves the same eight headers, each line ASCII within 78 characters")
    func hostileTextAddsNoHeader() throws {
        for text in Self.hostile {
            for message in [try rendered(name: text, subject: "Recordatorio"), try rendered(name: "Ana", subject: "Re: \(text)")] {
                let lines = headerLines(message)
                let names = lines.filter { !$0.hasPrefix(" ") }.map { String($0.prefix { $0 != ":" }) }
                #expect(names == Self.headerNames, "\(text.debugDescription.prefix(80))")
                #expect(lines.allSatisfy { $0.utf8.count <= 78 && $0.allSatisfy(\.isASCII) && !$0.isEmpty },
                        "\(text.debugDescription.prefix(80)): \(lines.map(\.utf8.count).max() ?? 0)")
                let bytes = Array(message.utf8)
                for (index, byte) in bytes.enumerated() where byte == 10 { #expect(index > 0 && bytes[index - 1] == 13) }
                for (index, byte) in bytes.enumerated() where byte == 13 { #expect(index + 1 < bytes.count && bytes[index + 1] == 10) }
            }
        }
    }

    @Test("an encoded-word typed into a name or subject is itself encoded, so readers show it as typed")
    func encodedWordsInNamesStayLiteral() throws {
        let typed = "=?UTF-8?B?QmNjOiB4QGV4YW1wbGUuY29t?="
        let folder = try TemporaryFolder()
        let path = folder.path("typed.eml")
        try Data(try rendered(name: "Ana \(typed)", subject: "Re: \(typed)").utf8).write(to: URL(fileURLWithPath: path))
        let parsed = try PythonEmail.parse(file: path)
        #expect(parsed["to_name"] as? String == "Ana \(typed)")
        #expect(parsed["subject"] as? String == "Re: \(typed)")
    }

    @Test("an address with a line break, a second address or a display name of its own is refused")
    func hostileAddressesAreRefused() {
        for address in ["a@example.com\r\nBcc: x@example.com", "a@example.com\nBcc: x@example.com", "a@example.com, x@example.com",
                        "Evil <a@example.com>", "a@example.com\u{0}", "a@exa mple.com", "a@ex\u{85}ample.com", ""] {
            #expect(MailAddress(address: address) == nil, "\(address.debugDescription)")
        }
    }

    /// Python's `email` package reads the hostile messages back: the name as one display name, no defects.
    @Test("Python's email parser reads each hostile message as the same eight headers without defects")
    func pythonSeesNoExtraHeader() throws {
        let folder = try TemporaryFolder()
        for (index, name) in Self.hostile.enumerated() {
            let path = folder.path("\(index).eml")
            try Data(try rendered(name: name, subject: "Re: \(name)").utf8).write(to: URL(fileURLWithPath: path))
            guard let parsed = try? PythonEmail.parse(file: path) else {
                Issue.record("Python could not read the message for \(name.debugDescription.prefix(80))")
                continue
            }
            #expect(parsed["header_names"] as? [String] == Self.headerNames, "\(name.debugDescription.prefix(80))")
            #expect(parsed["to"] as? String == "ana@example.com")
            #expect((parsed["defects"] as? [String]) == [], "\(name.debugDescription.prefix(80))")
        }
    }
}
