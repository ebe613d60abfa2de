import CobroDomain
import CobroTerminal

public enum TemplatesAction: Sendable {
    case key(Key)
    /// Open the screen (reading the templates again), on this customer's account when given.
    case open(customerCode: String?)
    /// The terminal's size changed (the desk measures the layout with `TemplatesView.layout`).
    case layoutChanged(TemplatesLayout)
}

/// How much of the preview shows at once: its lines (for PgUp/PgDn) and its width (long lines
/// of a letter wrap to it).
public struct TemplatesLayout: Hashable, Sendable {
    public var previewLines: Int
    public var previewWidth: Int
}

/// What the screen asks the desk to do besides its `TemplateDesk` calls.
public enum TemplatesEffect: Equatable, Sendable {
    /// Leave for the screen the templates were opened from.
    case back
    /// A reminder was logged: the account and the queue show it.
    case reminderLogged(customerCode: String)
}

/// What a key does on the picker, as data for the legend and the help.
public enum TemplatesCommand: Hashable, Sendable {
    case move, scrollPreview, switchLanguage, chooseCustomer, edit, send, fileInOutbox, ladder, back
}

/// What a key does in the editor.
enum EditorCommand: Hashable, Sendable {
    case save, nextField, togglePreview, close, type
}
