import CobroDomain
import CobroStore
import Foundation
import Testing

@Suite struct MailMessageTests {
    private func message() throws -> String {
        let delivery = ReminderDelivery(mail: MailSettings(command: nil, from: MailFixture.from), outbox: "/nonexistent", timeZone: MailFixture.madrid)
        return try delivery.mailMessage(MailFixture.reminder, to: MailFixture.customer, at: MailFixture.at).rendered(timeZone: MailFixture.madrid)
    }

    private func headers(_ text: String) -> [String] {
        String(text[..<text.range(of: "\r\n\r\n")!.lowerBound]).components(separatedBy: "\r\n")
    }

    @Test func headersAreOneLineEachAndEncodeAccents() throws {
        let text = try message()
        let lines = headers(text)
        let names = lines.filter { !$0.hasPrefix(" ") }.map { String($0.prefix { $0 != ":" }) }
        #expect(names == ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"])
        #expect(!text.contains("\nBcc") && !text.contains("Bcc:  "))
        #expect(lines.contains("Date: Mon, 23 Nov 2026 09:00:00 +0100"))
        #expect(lines.contains("Content-Type: text/plain; charset=UTF-8"))
        #expect(lines.first { $0.hasPrefix("From: ") } == "From: Cobranza =?UTF-8?B?R8OzbWV6?= & =?UTF-8?B?Q8OtYQ==?=")
        #expect(lines.contains(" <cobros@example.com>"))
        // The name's "Bcc:" stays a quoted word of the To header's display name.
        #expect(lines.first { $0.hasPrefix("To: ") } == "To: =?UTF-8?B?RmVycmV0ZXLDrWEgTsO6w7Fleg==?= \"Bcc:\" \"victim@example.com\"")
        #expect(lines.allSatisfy { $0.utf8.count <= 78 && $0.allSatisfy(\.isASCII) })
        #expect(lines.first { $0.hasPrefix("To: ") }!.hasPrefix("To: =?UTF-8?B?"))
    }

    @Test func everyLineEndsInCRLFAndTheBodyIsQuotedPrintable() throws {
        let text = try message()
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == 10 { #expect(index > 0 && bytes[index - 1] == 13) }
        let body = text[text.range(of: "\r\n\r\n")!.upperBound...]
        #expect(body.components(separatedBy: "\r\n").allSatisfy { $0.count <= 76 && $0.allSatisfy(\.isASCII) })
        #expect(body.contains("1.234,56=C2=A0=E2=82=AC <pendiente> & vencida"))
        #expect(body.contains("\r\n=2E\r\n") && body.contains("\r\n=46rom here"))
        #expect(body.contains("trailing space=20\r\n"))
    }

    @Test func aCustomerWithoutAValidAddressIsRefused() {
        let delivery = ReminderDelivery(mail: MailSettings(command: nil, from: MailFixture.from), outbox: "/nonexistent", timeZone: MailFixture.madrid)
        var customer = MailFixture.customer
        customer.email = "ana@example.com\r\nBcc: x@example.com"
        #expect(throws: DeliveryError.noEmailAddress(customer: "C001", address: customer.email)) {
            try delivery.mailMessage(MailFixture.reminder, to: customer, at: MailFixture.at)
        }
        customer.email = nil
        #expect(throws: DeliveryError.noEmailAddress(customer: "C001", address: nil)) {
            try delivery.mailMessage(MailFixture.reminder, to: customer, at: MailFixture.at)
        }
        #expect(DeliveryError.noEmailAddress(customer: "C001", address: nil).message(in: .es) == "C001 no tiene dirección de correo")
    }

    @Test func addressesParseAsTheConfigWritesThem() {
        #expect(MailAddress(parsing: "Cobranza <cobros@example.com>") == MailAddress(name: "Cobranza", address: "cobros@example.com"))
        #expect(MailAddress(parsing: "\"Cobros, S.L.\" <c@example.com>")?.name == "Cobros, S.L.")
        #expect(MailAddress(parsing: "c@example.com")?.name == nil)
        #expect(MailAddress(parsing: "not an address") == nil)
        #expect(MailAddress(parsing: "a@b@example.com") == nil)
    }

    /// End to end: the `.eml` the outbox gets, read back by Python's `email` package.
    @Test func pythonReadsTheOutboxMessageBackIntact() throws {
        let folder = try TemporaryFolder()
        let delivery = ReminderDelivery(mail: MailSettings(command: nil, from: MailFixture.from), outbox: folder.path("outbox"), timeZone: MailFixture.madrid)
        let receipt = try delivery.deliver(MailFixture.reminder, to: MailFixture.customer, at: MailFixture.at)
        let file = try #require(receipt.file)
        #expect(file == folder.path("outbox") + "/2026-11-23_C001_first_email.eml")
        let parsed = try PythonEmail.parse(file: file)
        #expect(parsed["subject"] as? String == MailFixture.reminder.subject)
        #expect(parsed["to_name"] as? String == "Ferretería Núñez Bcc: victim@example.com")
        #expect(parsed["to"] as? String == "ana@example.com")
        #expect(parsed["from_name"] as? String == "Cobranza Gómez & Cía")
        #expect(parsed["from"] as? String == "cobros@example.com")
        #expect(parsed["header_names"] as? [String] == ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"])
        #expect(parsed["message_id"] as? String == "<\(receipt.messageID!)>")
        #expect(parsed["date"] as? String == "Mon, 23 Nov 2026 09:00:00 +0100")
        #expect(parsed["charset"] as? String == "utf-8")
        #expect(parsed["body"] as? String == MailFixture.reminder.body)
        #expect((parsed["defects"] as? [String]) == [])
    }

    @Test func lettersAndTextsAreFilesWithStableUniqueNames() throws {
        let folder = try TemporaryFolder()
        let delivery = ReminderDelivery(mail: MailSettings(command: nil, from: MailFixture.from), outbox: folder.path("out"), timeZone: MailFixture.madrid)
        let letter = RenderedReminder(key: TemplateKey(stage: "demand", language: .es, channel: .letter), subject: nil, body: "Carta & <texto>\n")
        let customer = Customer(code: "C/0 1", name: "X")
        let first = try delivery.deliver(letter, to: customer, at: MailFixture.at)
        let second = try delivery.deliver(letter, to: customer, at: MailFixture.at)
        #expect(first.file == folder.path("out") + "/2026-11-23_C_0_1_demand_letter.txt")
        #expect(second.file == folder.path("out") + "/2026-11-23_C_0_1_demand_letter-2.txt")
        #expect(try String(contentsOfFile: first.file!, encoding: .utf8) == "Carta & <texto>\n")
        #expect(first.messageID == nil && first.text == "Carta & <texto>\n")
    }
}
