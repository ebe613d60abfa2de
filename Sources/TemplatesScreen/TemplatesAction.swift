import CobroDomain
import CobroTerminal

public enum TemplatesAction: Sendable {
    case key(Key)
    /// Open the screen (reading the templates again), on this customer's account when given.
    case open(customerCode: String?)
    /// The preview and the editor show this many lines (the desk measures the layout).
    case pageSizeChanged(Int)
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
    case move, scrollPreview, switchLanguage, chooseCustomer, edit, send, fileInOutbox, back
}

/// What a key does in the editor.
enum EditorCommand: Hashable, Sendable {
    case save, nextField, togglePreview, close, type
}
