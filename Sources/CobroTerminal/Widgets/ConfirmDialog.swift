/// How a dialog was closed: a button chosen (by Enter or its shortcut), or Esc.
public enum DialogResponse<Value: Hashable & Sendable>: Hashable, Sendable {
    case chosen(Value)
    case cancelled
}

/// A dialog that asks a question and waits for the answer. Each button carries the value it
/// answers with, so the screen switches on its own values, not on button positions.
public struct ConfirmDialog<Value: Hashable & Sendable>: Hashable, Sendable {
    public let dialog: Dialog
    private let values: [Value]
    /// The button Enter presses.
    public private(set) var selected: Int

    public init(title: String, message: String, choices: [(button: DialogButton, value: Value)], selected: Int = 0) {
        dialog = Dialog(title: title, message: message, buttons: choices.map(\.button))
        values = choices.map(\.value)
        self.selected = min(max(0, selected), max(0, choices.count - 1))
    }

    /// ←/→ and Tab/Shift-Tab move between buttons, Enter chooses the selected one, a shortcut
    /// letter (any case) chooses its button, Esc cancels. Returns nil while the dialog stays
    /// open; being modal, it takes every key.
    public mutating func handle(_ key: Key) -> DialogResponse<Value>? {
        guard !values.isEmpty else { return key == .escape ? .cancelled : nil }
        switch key {
        case .left: selected = max(0, selected - 1)
        case .right: selected = min(values.count - 1, selected + 1)
        case .tab: selected = (selected + 1) % values.count
        case .backTab: selected = (selected + values.count - 1) % values.count
        case .enter: return .chosen(values[selected])
        case .escape: return .cancelled
        case .character(let letter):
            let pressed = dialog.buttons.firstIndex { $0.shortcut?.lowercased() == letter.lowercased() }
            if let pressed { return .chosen(values[pressed]) }
        default: break
        }
        return nil
    }

    /// Draws the dialog centred in `area` with the selected button highlighted.
    public func draw(into grid: inout Grid, in area: Rect) {
        dialog.draw(into: &grid, in: area, selected: selected)
    }
}

extension ConfirmDialog where Value == Bool {
    /// A yes/no question answering true or false. The selection starts on No, because
    /// confirmations guard what cannot be undone and Enter alone should not do it.
    public static func yesNo(title: String, message: String,
                             yes: DialogButton = DialogButton("Yes", shortcut: "y"),
                             no: DialogButton = DialogButton("No", shortcut: "n")) -> ConfirmDialog<Bool> {
        ConfirmDialog(title: title, message: message, choices: [(yes, true), (no, false)], selected: 1)
    }
}
