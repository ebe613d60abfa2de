@testable import CobroApp
import CobroDomain
import CobroTerminal
import Foundation
import Testing

/// A few templates as Cobro ships them: the desk seeds them into the store on opening.
private let shipped: [ReminderTemplate] = Language.allCases.flatMap { language in
    [
        ReminderTemplate(key: TemplateKey(stage: "first", language: language, channel: .email), subject: "Aviso {{customer_code}}",
                         body: "{{customer_name}}: {{total_overdue}}\n{{#invoices}}{{number}} {{amount}} {{due_date}}\n{{/invoices}}"),
        ReminderTemplate(key: TemplateKey(stage: "second", language: language, channel: .letter),
                         body: "{{customer_name}}\n{{#invoices}}{{number}} {{amount}}\n{{/invoices}}"),
        ReminderTemplate(key: TemplateKey(stage: "final", language: language, channel: .letter),
                         body: "Attn. {{contact_name}}\n{{total_overdue}}\n"),
    ]
}

private func desk(_ data: FakeDeskData = FakeDeskData(), outbox: String = FileManager.default.temporaryDirectory.path) -> DeskDriver {
    DeskDriver(data: data, configure: {
        $0.shippedTemplates = shipped
        $0.outbox = outbox
    })
}

@Suite("Desk: the templates screen")
struct DeskTemplatesTests {
    @Test("key 3 opens the templates, seeded from the shipped ones; Esc goes back")
    func keyThreeOpensTemplates() {
        let driver = desk()
        driver.start()
        driver.press(.character("3"))
        #expect(driver.desk.state.screen == .templates)
        #expect(driver.desk.state.templates.visible.map(\.key.stage) == ["first", "second", "final"])
        #expect(driver.screen.contains("No customer: press a to choose one"))
        driver.press(.escape)
        #expect(driver.desk.state.screen == .aging)
    }

    @Test("from an account, m opens the templates on it: filled in with its invoices and amounts in the language's format")
    func remindFromAccount() {
        let driver = desk()
        driver.start()
        driver.press(.enter)
        #expect(driver.legend.contains("m Reminder"))
        driver.press(.character("m"))
        #expect(driver.desk.state.screen == .templates)
        #expect(driver.desk.state.templates.customer?.code == "C003")
        #expect(driver.screen.contains("F-301 €12,345.67 9 Oct 2026"))
        driver.press(.character("l"))
        #expect(driver.lines.contains { $0.contains("F-301 12.345,67") && $0.hasSuffix("€ 09/10/2026") })
        driver.press(.escape)
        #expect(driver.desk.state.screen == .account)
    }

    @Test("a template the account lacks a field for shows what is missing")
    func missingField() {
        let driver = desk()
        driver.start()
        driver.press(.enter, .character("m"), .down, .down)
        #expect(driver.desk.state.templates.selected?.key.stage == "final")
        #expect(driver.screen.contains("C003 has no contact person"))
    }

    @Test("s on an e-mail template is refused when the customer has no address; a letter goes to the outbox and is logged")
    func send() throws {
        let outbox = try TemporaryFolder()
        let data = FakeDeskData()
        let driver = desk(data, outbox: outbox.path)
        driver.start()
        driver.press(.enter, .character("m"), .character("s"))
        #expect(driver.screen.contains("C003 has no e-mail address."))
        driver.press(.down, .character("s"))
        let files = outbox.fileNames
        #expect(files == ["2026-11-23_C003_second_letter.txt"])
        #expect(try outbox.contents(files[0]) == "日本商事\nF-301 €12,345.67\n")
        #expect(driver.screen.contains("Sent and logged: \(outbox.path)/2026-11-23_C003_second_letter.txt"))
        #expect(data.writes.all.contains("reminder C003 second letter by ana: second (letter): F-301"))
    }

    @Test("an owner's edit is saved through the store; a clerk's is refused with the reason")
    func saveTemplate() {
        for role in [Role.owner, .clerk] {
            let data = FakeDeskData()
            let driver = DeskDriver(data: data, role: role, configure: { $0.shippedTemplates = shipped })
            driver.start()
            driver.press(.character("3"), .down, .character("e"))
            driver.type("Hola ")
            driver.press(.control("s"))
            let saved = data.writes.all.contains("template second.en.letter by ana")
            #expect(saved == (role == .owner))
            if role == .clerk { #expect(driver.screen.contains("only an owner can save templates")) }
        }
    }
}
