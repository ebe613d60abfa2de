import CobroDomain
import CobroTemplates
import Testing

@Suite struct TemplateCheckTests {
    private func template(_ body: String, subject: String? = nil, channel: ContactChannel = .letter) -> ReminderTemplate {
        ReminderTemplate(key: TemplateKey(stage: "first", language: .en, channel: channel), subject: subject, body: body)
    }

    private func context(contact: String? = nil) -> TemplateContext {
        let customer = Customer(code: "C001", name: "Ferretería Núñez & Hijos <SL>")
        let invoice = OpenInvoice(number: "F-1", issueDate: CivilDate(iso: "2026-10-01")!, dueDate: CivilDate(iso: "2026-10-31")!,
                                  amount: Money(minorUnits: 123_456, currency: .EUR), open: Money(minorUnits: 123_456, currency: .EUR),
                                  daysPastDue: 23, disputed: false)
        let facts = ReminderFacts(customer: customer, contactName: contact, date: CivilDate(iso: "2026-11-23")!, invoices: [invoice],
                                  company: CompanyDetails(name: "Cobros & Co"))
        return TemplateContext(facts, language: .en)
    }

    @Test func anUnknownFieldIsNamedWithTheTemplateAndLine() {
        let problems = ReminderRenderer.problems(in: template("Dear {{customer_name}},\nyou owe {{totl_due}}."))
        #expect(problems == [TemplateError(template: template("").key, part: .body, problem: .unknownField(name: "totl_due", line: 2))])
        #expect(problems[0].message(in: .en) == "template first.en.letter (body, line 2): 'totl_due' is not a template field")
        #expect(problems[0].message(in: .es).contains("«totl_due» no es un campo"))
    }

    @Test func aFieldTheAccountLacksIsNamedWithTheCustomer() {
        let problems = ReminderRenderer.problems(in: template("Dear {{contact_name}},"), for: context())
        #expect(problems.map { $0.message(in: .en) } == ["template first.en.letter needs contact_name; C001 has no contact person"])
        #expect(problems[0].message(in: .es) == "la plantilla first.en.letter necesita contact_name; C001 no tiene persona de contacto")
        #expect(throws: problems[0]) { try ReminderRenderer.render(template("Dear {{contact_name}},"), with: context()) }
    }

    @Test func aSectionOfAnOptionalFieldNeedsNothing() throws {
        let text = "{{#contact_name}}Dear {{contact_name}},{{/contact_name}}{{^contact_name}}Dear Sirs,{{/contact_name}}"
        #expect(try ReminderRenderer.render(template(text), with: context()).body == "Dear Sirs,\n")
        #expect(try ReminderRenderer.render(template(text), with: context(contact: "Ana")).body == "Dear Ana,\n")
    }

    @Test func textIsNotEscaped() throws {
        let rendered = try ReminderRenderer.render(template("{{customer_name}} / {{company_name}}\n{{#invoices}}{{number}} {{amount}} {{due_date}}\n{{/invoices}}"), with: context())
        #expect(rendered.body == "Ferretería Núñez & Hijos <SL> / Cobros & Co\nF-1 €1,234.56 31 Oct 2026\n")
    }

    @Test func itemFieldsOutsideTheirListAndListsAsTextAreErrors() {
        let problems = ReminderRenderer.problems(in: template("{{number}} {{invoices}}"))
        #expect(problems.map(\.problem) == [.unknownField(name: "number", line: 1), .listAsText(field: .invoices, line: 1)])
        #expect(problems[0].message(in: .en).contains("use it inside {{#invoices}}"))
    }

    @Test func syntaxAndUnsupportedTags() {
        #expect(ReminderRenderer.problems(in: template("a\n{{customer_name")).map(\.problem) == [.unclosedTag(line: 2)])
        #expect(ReminderRenderer.problems(in: template("{{#invoices}}x")).map(\.problem) == [.unbalancedSection(name: "invoices", line: 1)])
        #expect(ReminderRenderer.problems(in: template("{{> footer}}")).map(\.problem) == [.unsupportedTag(tag: "{{> footer}}", line: 1)])
        #expect(ReminderRenderer.problems(in: template("x", channel: .email)).map(\.problem) == [.missingSubject])
    }

    @Test func aSubjectIsOneLine() throws {
        let rendered = try ReminderRenderer.render(template("body", subject: "Invoices of {{customer_name}}\n{{customer_code}}", channel: .email), with: context())
        #expect(rendered.subject == "Invoices of Ferretería Núñez & Hijos <SL> C001")
    }
}
