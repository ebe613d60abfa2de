import CobroDomain
import CobroTemplates
import Foundation
import Testing

@Suite struct TemplateShippedTests {
    private let templates = (try? TemplateFixture.shipped.load()) ?? []

    @Test func everyStageHasItsTemplatesInBothLanguages() {
        let expected: [(String, [ContactChannel])] = [
            ("courtesy", [.email, .sms]), ("first", [.email, .sms]), ("second", [.email, .letter, .sms]),
            ("final", [.email, .letter]), ("demand", [.letter]), ("agreement", [.email, .letter]), ("broken_promise", [.email, .sms]),
        ]
        let keys = Set(templates.map(\.key))
        for (stage, channels) in expected {
            for language in Language.allCases {
                for channel in channels {
                    #expect(keys.contains(TemplateKey(stage: stage, language: language, channel: channel)), "\(stage).\(language).\(channel)")
                }
            }
        }
        #expect(Set(templates.map(\.key.stage)) == Set(TemplateStage.shipped))
        #expect(templates.count == 28)
    }

    @Test(arguments: Language.allCases)
    func everyTemplateRendersWithAFullAccount(language: Language) throws {
        let context = TemplateContext(TemplateFixture.facts(), language: language)
        for template in templates where template.key.language == language {
            #expect(ReminderRenderer.problems(in: template, for: context).isEmpty, "\(template.key)")
            let rendered = try ReminderRenderer.render(template, with: context)
            let text = (rendered.subject ?? "") + "\n" + rendered.body
            #expect(!text.contains("{{") && !text.contains("}}"), "\(template.key)")
            #expect(!text.contains("&amp;") && !text.contains("&lt;"), "\(template.key)")
            #expect(text.contains("Suministros López & Gómez <SL>"), "\(template.key)")
            if template.key.channel == .email { #expect(rendered.subject?.isEmpty == false) }
            if template.key.channel == .sms { #expect(rendered.body.count < 200, "\(template.key) is \(rendered.body.count) characters") }
        }
    }

    @Test(arguments: Language.allCases)
    func amountsAndDatesFollowTheLanguage(language: Language) throws {
        let context = TemplateContext(TemplateFixture.facts(), language: language)
        let first = try #require(templates.first { $0.key == TemplateKey(stage: "first", language: language, channel: .email) })
        let body = try ReminderRenderer.render(first, with: context).body
        if language == .es {
            #expect(body.contains("F-2026/0001 del 01/09/2026, vencida el 01/10/2026: 1.234,56\u{00A0}€ (53 días)"))
            #expect(body.contains("Total vencido: 1.484,56\u{00A0}€"))
            #expect(body.contains("Estimado/a Ana Núñez:"))
        } else {
            #expect(body.contains("F-2026/0001 of 1 Sep 2026, due 1 Oct 2026: €1,234.56 (53 days overdue)"))
            #expect(body.contains("Total overdue: €1,484.56"))
            #expect(body.contains("Dear Ana Núñez,"))
        }
    }

    @Test func theFinalNoticeShowsInterestAndCompensationOnlyWhenGiven() throws {
        let final = try #require(templates.first { $0.key == TemplateKey(stage: "final", language: .es, channel: .letter) })
        let withInterest = try ReminderRenderer.render(final, with: TemplateContext(TemplateFixture.facts(), language: .es)).body
        #expect(withInterest.contains("ascienden a 12,34\u{00A0}€"))
        #expect(withInterest.contains("80,00\u{00A0}€ en total"))
        #expect(withInterest.contains("Importe total reclamado, con intereses y compensación: 1.576,90\u{00A0}€"))
        var facts = TemplateFixture.facts(contact: nil)
        facts.lateInterest = nil
        facts.compensation = nil
        let without = try ReminderRenderer.render(final, with: TemplateContext(facts, language: .es)).body
        #expect(!without.contains("Ley 3/2004") && !without.contains("reclamado"))
        #expect(without.contains("Estimados señores:"))
    }

    @Test func anAccountWithoutAPromiseCannotGetTheBrokenPromiseFollowUp() throws {
        let template = try #require(templates.first { $0.key == TemplateKey(stage: "broken_promise", language: .en, channel: .email) })
        var facts = TemplateFixture.facts()
        facts.promise = nil
        let problems = ReminderRenderer.problems(in: template, for: TemplateContext(facts, language: .en))
        #expect(problems.map { $0.message(in: .en) }.contains("template broken_promise.en.email needs promise_amount; C001 has no promise to pay"))
    }

    @Test func aFileRoundTrips() {
        for template in templates {
            #expect(TemplateFile.template(template.key, text: TemplateFile.text(of: template)) == template)
            #expect(TemplateFile.key(ofRelativePath: TemplateFile.relativePath(of: template.key)) == template.key)
        }
    }
}

@Suite struct TemplateFolderTests {
    /// `make install` puts them in PREFIX/share/cobro/templates, beside PREFIX/bin/cobro.
    @Test func anInstalledCobroFindsItsTemplatesBesideItsBinary() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-prefix-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: prefix) }
        try FileManager.default.createDirectory(atPath: "\(prefix)/share/cobro/templates/es", withIntermediateDirectories: true)
        try "Hola {{customer_name}}\n".write(toFile: "\(prefix)/share/cobro/templates/es/first.sms.mustache", atomically: true, encoding: .utf8)
        let found = try #require(ShippedTemplates.standard(executablePath: "\(prefix)/bin/cobro", currentDirectory: "/"))
        #expect(found.folder == "\(prefix)/share/cobro/templates")
        #expect(try found.load() == [ReminderTemplate(key: TemplateKey(stage: "first", language: .es, channel: .sms), body: "Hola {{customer_name}}\n")])
    }
}
