import CobroDomain
import CobroTerminal

/// The ladder's keys: ↑/↓ a stage, ←/→ a column, Space or Enter changes the cell (types the
/// days, toggles a channel or late payment), `d` restores the SPEC's ladder, ^S/F2 saves.
enum LadderEditing {
    enum Command: Hashable, Sendable { case move, change, restore, save, close }

    static func handle(_ key: Key, _ state: inout TemplatesState, desk: any TemplateDesk) {
        guard var ladder = state.ladder else { return }
        let text = LadderStrings(state.language)
        if var dialog = ladder.discardDialog {
            switch dialog.handle(key) {
            case .chosen(true)?:
                state.ladder = nil
                return
            case .chosen(false)?, .cancelled?: ladder.discardDialog = nil
            case nil: ladder.discardDialog = dialog
            }
            state.ladder = ladder
            return
        }
        if var field = ladder.daysField {
            switch key {
            case .enter:
                guard let days = Int(field.text.trimmingCharacters(in: .whitespaces)) else {
                    state.message = TemplatesMessage(text: text.daysNotANumber, isError: true)
                    break
                }
                ladder.daysField = nil
                ladder.setDays(days)
            case .escape:
                ladder.daysField = nil
            default:
                _ = field.handle(key)
                ladder.daysField = field
            }
            state.ladder = ladder
            return
        }
        state.message = nil
        guard let binding = keymap(ladder, language: state.language).first(where: { $0.keys.contains(key) }) else { return }
        if let reason = binding.disabledReason {
            state.message = TemplatesMessage(text: reason, isError: true)
            return
        }
        switch binding.action {
        case .move:
            switch key {
            case .up: ladder.row = max(0, ladder.row - 1)
            case .down: ladder.row = min(ladder.stages.count - 1, ladder.row + 1)
            case .left: ladder.column = LadderEditor.Column(rawValue: max(0, ladder.column.rawValue - 1))!
            default: ladder.column = LadderEditor.Column(rawValue: min(LadderEditor.Column.allCases.count - 1, ladder.column.rawValue + 1))!
            }
        case .change:
            if let channel = ladder.column.channel {
                ladder.toggle(channel)
            } else if ladder.column == .latePayment {
                ladder.toggleLatePayment()
            } else {
                ladder.daysField = TextField(text: String(ladder.stages[ladder.row].days))
            }
        case .restore:
            ladder.restoreStandard()
        case .save:
            guard let policy = ladder.policy else {
                state.message = TemplatesMessage(text: text.notSaved(ladder.problem ?? ""), isError: true)
                break
            }
            do {
                try desk.saveLadder(policy)
                state.ladder = nil
                state.message = TemplatesMessage(text: text.saved, isError: false)
                return
            } catch {
                state.message = TemplatesMessage(text: "\(error)", isError: true)
            }
        case .close:
            guard ladder.hasChanges else {
                state.ladder = nil
                return
            }
            ladder.discardDialog = ConfirmDialog.yesNo(title: text.discardTitle, message: text.discardQuestion,
                                                       yes: DialogButton(text.yes, shortcut: text.yesShortcut),
                                                       no: DialogButton(text.no, shortcut: "n"))
        }
        state.ladder = ladder
    }

    static func keymap(_ ladder: LadderEditor, language: Language) -> [KeyBinding<Command>] {
        let text = LadderStrings(language)
        let readOnly = ladder.readOnlyReason
        return [
            KeyBinding([.character(" "), .enter], title: text.change, help: text.changeHelp, disabledReason: readOnly, action: .change),
            KeyBinding([.character("d")], title: text.restore, help: text.restoreHelp, disabledReason: readOnly, action: .restore),
            KeyBinding([.control("s"), .function(2)], title: text.save, help: text.saveHelp,
                       disabledReason: readOnly ?? (ladder.hasChanges ? nil : text.nothingChanged), action: .save),
            KeyBinding([.escape], title: text.close, help: text.closeHelp, action: .close),
            // Last: the arrows are what anyone tries first, so the legend keeps its room for the rest.
            KeyBinding([.up, .down, .left, .right], title: text.move, help: text.moveHelp, action: .move),
        ]
    }
}
