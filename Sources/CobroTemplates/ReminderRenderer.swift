import CobroDomain
import Mustache

/// Checks templates against the field list and the account, and renders them. Rendering is
/// only done once the check passes: swift-mustache would write nothing for a missing name.
public enum ReminderRenderer {
    /// What is wrong with the template's own text (for the editor and before saving): syntax,
    /// names that are no field, unsupported tags, an e-mail without a subject.
    public static func problems(in template: ReminderTemplate) -> [TemplateError] {
        parts(of: template).flatMap { part, text in
            let parsed = ParsedTemplateCache.shared.parsed(text)
            var problems = parsed.check.problems
            if problems.isEmpty, case .failure(let error) = parsed.template {
                problems = [mustacheProblem(error)]
            }
            return problems.map { TemplateError(template: template.key, part: part, problem: $0) }
        } + subjectProblems(template)
    }

    /// Every problem rendering the template for this account would have: the text's own, then
    /// each field the template needs that the context lacks.
    public static func problems(in template: ReminderTemplate, for context: TemplateContext) -> [TemplateError] {
        let own = problems(in: template)
        guard own.isEmpty else { return own }
        return parts(of: template).flatMap { part, text in
            ParsedTemplateCache.shared.parsed(text).check.required.filter { !context.has($0) }.map {
                TemplateError(template: template.key, part: part, problem: .missingField(field: $0, customer: context.customerCode))
            }
        }
    }

    /// The template filled in with the context, or the first problem found.
    public static func render(_ template: ReminderTemplate, with context: TemplateContext) throws(TemplateError) -> RenderedReminder {
        if let problem = problems(in: template, for: context).first { throw problem }
        let values = mustacheValues(context)
        func fill(_ text: String, _ part: TemplatePart) throws(TemplateError) -> String {
            do { return try ParsedTemplateCache.shared.parsed(text).template.get().render(values) } catch {
                throw TemplateError(template: template.key, part: part, problem: mustacheProblem(error))
            }
        }
        let subject = try template.key.channel == .email ? template.subject.map { text throws(TemplateError) in oneLine(try fill(text, .subject)) } : nil
        return RenderedReminder(key: template.key, subject: subject, body: tidy(try fill(template.body, .body)))
    }

    private static func parts(of template: ReminderTemplate) -> [(TemplatePart, String)] {
        let subject = template.key.channel == .email ? template.subject.map { [(TemplatePart.subject, $0)] } ?? [] : []
        return subject + [(.body, template.body)]
    }

    private static func subjectProblems(_ template: ReminderTemplate) -> [TemplateError] {
        guard template.key.channel == .email, template.subject?.contains(where: { !$0.isWhitespace }) != true else { return [] }
        return [TemplateError(template: template.key, part: .subject, problem: .missingSubject)]
    }

    private static func mustacheProblem(_ error: any Error) -> TemplateError.Problem {
        guard let error = error as? MustacheTemplate.ParserError else { return .syntax(line: 1, detail: "\(error)") }
        return .syntax(line: error.context.lineNumber, detail: "\(error.error)")
    }

    private static func mustacheValues(_ context: TemplateContext) -> [String: Any] {
        var values: [String: Any] = [:]
        for (field, value) in context.values {
            switch value {
            case .text(let text): values[field.rawValue] = text
            case .list(let items): values[field.rawValue] = items
            }
        }
        return values
    }

    /// A subject is one line: line breaks a template or a customer name brings become spaces.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// No blank lines at the start or the end, no trailing spaces on lines, one final line break.
    private static func tidy(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
        }
        return lines.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed().joined(separator: "\n") + "\n"
    }
}
