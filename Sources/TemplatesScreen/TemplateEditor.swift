import CobroDomain
import CobroTerminal

/// One template being edited: the subject (e-mail only) and the body, which of them has the
/// keys, the problems of the text as typed, and whether the preview replaces the problems.
struct TemplateEditor: Sendable {
    enum Focus: Hashable, Sendable { case subject, body }

    let original: ReminderTemplate
    var subject: TextField
    var body: TextArea
    var focus: Focus
    var problems: [TemplateProblem] = []
    var showsPreview = false
    /// The text as typed filled in for the chosen customer, while the preview shows.
    var preview: TemplatePreview?
    /// Asks before throwing away unsaved edits.
    var discardDialog: ConfirmDialog<Bool>?

    init(_ template: ReminderTemplate) {
        original = template
        subject = TextField(text: template.subject ?? "")
        body = TextArea(text: template.body)
        focus = template.key.channel == .email ? .subject : .body
    }

    var hasSubject: Bool { original.key.channel == .email }

    /// The template as typed.
    var template: ReminderTemplate {
        ReminderTemplate(key: original.key, subject: hasSubject ? subject.text : nil, body: body.text)
    }

    var hasChanges: Bool {
        let edited = template
        return edited.body != TextArea(text: original.body).text || (hasSubject && edited.subject != (original.subject ?? ""))
    }

    /// Lines of the body with a problem, for the gutter.
    var bodyProblemLines: Set<Int> { Set(problems.filter { !$0.isSubject }.compactMap(\.line)) }
}
