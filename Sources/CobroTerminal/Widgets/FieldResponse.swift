/// What a text field did with a key, so a form knows whether to revalidate, beep or handle the
/// key itself (Tab, Enter, Esc).
public enum FieldResponse: Hashable, Sendable {
    /// The text changed: revalidate, recompute what depends on it.
    case textChanged
    /// An editing key the field used without changing the text (a cursor move, Backspace at
    /// the start): the form must not act on it too.
    case handled
    /// A character the field does not take (a letter in an amount, one too many): the key is
    /// swallowed so it cannot trigger a screen shortcut, and the screen may beep.
    case refused
    /// Not an editing key: the form's to handle.
    case ignored
}
