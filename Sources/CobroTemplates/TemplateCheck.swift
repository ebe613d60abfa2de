import CobroDomain

/// Reads a template's tags against the field list: what is wrong with its text, and which
/// fields it needs an account to have.
struct TemplateCheck {
    /// Problems in the text itself, in the order they appear.
    private(set) var problems: [TemplateError.Problem] = []
    /// Fields named outside a section of their own, so the account must have them; with the
    /// line of their first use.
    private(set) var required: [TemplateField] = []

    init(_ text: String) {
        let tags: [TemplateTag]
        do {
            tags = try TemplateTagReader.tags(in: text)
        } catch {
            switch error {
            case .unclosedTag(let line): problems = [.unclosedTag(line: line)]
            case .emptyTag(let line): problems = [.emptyTag(line: line)]
            }
            return
        }
        // A list needs items unless the template says what to write without them ({{^list}}).
        let handledEmpty = Set(tags.filter { $0.kind == .invertedSection }.compactMap { TemplateField(rawValue: $0.name) })
        var open: [TemplateTag] = []
        for tag in tags {
            switch tag.kind {
            case .comment: continue
            case .pragma:
                if !TemplateCheck.isPlainTextPragma(tag.name) { problems.append(.unsupportedTag(tag: "{{%\(tag.name)}}", line: tag.line)) }
            case .unsupported:
                problems.append(.unsupportedTag(tag: tag.name, line: tag.line))
            case .close:
                if open.last?.name == tag.name { open.removeLast() } else { problems.append(.unbalancedSection(name: tag.name, line: tag.line)) }
            case .variable, .section, .invertedSection:
                check(tag, inside: open, handledEmpty: handledEmpty)
                if tag.kind != .variable { open.append(tag) }
            }
        }
        problems += open.map { .unbalancedSection(name: $0.name, line: $0.line) }
    }

    private mutating func check(_ tag: TemplateTag, inside open: [TemplateTag], handledEmpty: Set<TemplateField>) {
        // Mustache looks a name up in the innermost list's item first, as it renders.
        let lists = open.filter { $0.kind == .section }.compactMap { TemplateField(rawValue: $0.name)?.itemFields }
        if lists.contains(where: { $0.contains(tag.name) }) { return }
        guard let field = TemplateField(rawValue: tag.name) else {
            problems.append(.unknownField(name: tag.name, line: tag.line))
            return
        }
        let isList = field.itemFields != nil
        switch tag.kind {
        case .variable:
            if isList { problems.append(.listAsText(field: field, line: tag.line)); return }
            // Inside {{#field}}…{{/field}} the field is there by construction.
            if !open.contains(where: { $0.kind == .section && $0.name == tag.name }) { need(field) }
        case .section:
            if isList, !handledEmpty.contains(field) { need(field) }
        default:
            break
        }
    }

    private mutating func need(_ field: TemplateField) {
        if !required.contains(field) { required.append(field) }
    }

    /// The one pragma reminders use: plain text, no HTML escaping.
    static func isPlainTextPragma(_ text: String) -> Bool {
        text.filter { !$0.isWhitespace } == "CONTENT_TYPE:TEXT"
    }
}
