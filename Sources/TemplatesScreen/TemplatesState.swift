import CobroDomain
import CobroTerminal

/// Everything the templates screen shows: the templates of one language, the one selected
/// filled in for the chosen customer, and the editor or the customer prompt when open.
public struct TemplatesState: Sendable {
    /// The desk's language (the screen's words).
    public var language: Language
    /// The language of the templates listed.
    public internal(set) var templateLanguage: Language
    public var role: Role
    public internal(set) var entries: [TemplateEntry] = []
    public internal(set) var customer: TemplateCustomer?
    public internal(set) var table = TableState()
    public internal(set) var preview: TemplatePreview?
    /// The first preview line shown.
    public internal(set) var previewTop = 0
    var editor: TemplateEditor?
    var customerPrompt: TextPrompt?
    /// The dunning ladder, while it is open (`L`).
    var ladder: LadderEditor?
    /// The late-payment figures shown below the ladder, and the desk's day whose half-year's
    /// rate is in force; read with the ladder.
    var latePayment: LatePaymentRules?
    var today: CivilDate?
    /// config.yaml sets the ladder: the desk shows it read-only.
    public var ladderFromConfig = false
    /// What the last action did, until the next key.
    public internal(set) var message: TemplatesMessage?
    /// Lines the preview and the editor show at once; the desk sets it from the layout.
    public internal(set) var pageSize = 10
    /// Columns of a preview line.
    public internal(set) var previewWidth = 60

    public init(language: Language, role: Role, ladderFromConfig: Bool = false) {
        self.language = language
        self.role = role
        self.ladderFromConfig = ladderFromConfig
        templateLanguage = language
    }

    /// The prompt or the editor has the keys: letters are text, not the desk's shortcuts.
    public var isEditingText: Bool { editor != nil || customerPrompt != nil || ladder?.isTyping == true }

    public var hasUnsavedInput: Bool {
        (editor?.hasChanges ?? false) || (customerPrompt?.hasInput ?? false) || (ladder?.hasChanges ?? false)
    }

    public var isEditing: Bool { editor != nil }

    /// The templates of the chosen language, by stage (the ladder's order) and channel.
    public var visible: [TemplateEntry] {
        entries.filter { $0.key.language == templateLanguage }.sorted { a, b in
            let left = (StageNames.order(a.key.stage), a.key.stage, StageNames.channelOrder.firstIndex(of: a.key.channel) ?? 9)
            let right = (StageNames.order(b.key.stage), b.key.stage, StageNames.channelOrder.firstIndex(of: b.key.channel) ?? 9)
            return left < right
        }
    }

    public var selected: TemplateEntry? {
        let rows = visible
        return table.selection(rowCount: rows.count).map { rows[$0] }
    }

    /// The preview's lines, wrapped to its width: the subject, a blank line, the body.
    var previewLines: [String] {
        guard case .rendered(let subject, let body, _)? = preview else { return [] }
        let text = (subject.map { TemplatesStrings(language).subjectLabel + $0 + "\n\n" } ?? "") + body
        return TextWidth.wrap(text, width: previewWidth)
    }
}

public struct TemplatesMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
}
