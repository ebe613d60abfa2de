import CobroDomain
import CobroTerminal

/// What a key does in the plan builder, as data for the legend, the help and the handler.
enum PlanCommand: Hashable, Sendable {
    /// Tab (and Enter or ↓ on a term) next field; Shift-Tab (and ↑ on a term) previous.
    case moveFocus
    /// A picker: → and Space next value, ← previous.
    case cycle
    /// ↑/↓, PgUp/PgDn, Home/End in the schedule.
    case moveRow
    /// ←/→ in the schedule: the date or the amount.
    case switchColumn
    case editCell
    case applyCell
    case cancelCell
    case save(activate: Bool)
    case back

    /// A stable name for the erased bindings the desk shows.
    var name: String {
        switch self {
        case .moveFocus: return "field"
        case .cycle: return "change"
        case .moveRow: return "row"
        case .switchColumn: return "column"
        case .editCell: return "edit"
        case .applyCell: return "apply"
        case .cancelCell: return "cancel-edit"
        case .save(let activate): return activate ? "activate" : "draft"
        case .back: return "back"
        }
    }
}

extension PlanBuilder {
    /// What the legend and the help overlay show now.
    public var keymap: [KeyBinding<String>] {
        commands.map { KeyBinding($0.keys, title: $0.title, help: $0.help, showsInLegend: $0.showsInLegend,
                                  disabledReason: $0.disabledReason, action: $0.action.name) }
    }

    /// The keys for where the focus is, in legend order. A text field keeps ←/→, Home/End and
    /// Space for editing; a cell being edited takes every key but Enter and Esc.
    var commands: [KeyBinding<PlanCommand>] {
        let text = PlanStrings(language)
        if cell != nil {
            return [KeyBinding([.enter], title: text.apply, help: text.applyHelp, action: .applyCell),
                    KeyBinding([.escape], title: text.cancelEdit, help: text.cancelEditHelp, action: .cancelCell)]
        }
        let noPlan = plan == nil ? text.fixTermsFirst : nil
        var bindings = [KeyBinding([.tab, .backTab], title: text.field, help: text.fieldHelp, action: PlanCommand.moveFocus)]
        switch focus {
        case .schedule:
            bindings += [
                KeyBinding([.enter], title: text.edit, help: text.editHelp, disabledReason: noPlan, action: .editCell),
                KeyBinding([.left, .right], title: text.column, help: text.columnHelp, action: .switchColumn),
                KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], title: text.row, help: text.rowHelp, showsInLegend: false,
                           action: .moveRow),
            ]
        case .frequency, .currency:
            let single = focus == .currency && currencies.count < 2 ? text.onlyOneCurrency : nil
            bindings += [
                KeyBinding([.left, .right, .character(" ")], title: text.change, help: text.changeHelp, disabledReason: single,
                           action: .cycle),
                KeyBinding([.enter, .down, .up], title: text.field, help: text.arrowsFieldHelp, showsInLegend: false, action: .moveFocus),
            ]
        case .downPayment, .installments, .firstDate, .amount, .discount, .fee:
            bindings.append(KeyBinding([.enter, .down, .up], title: text.field, help: text.arrowsFieldHelp, showsInLegend: false,
                                       action: .moveFocus))
        }
        bindings += [
            KeyBinding([.control("s")], title: text.saveDraft, help: text.saveDraftHelp, disabledReason: noPlan,
                       action: .save(activate: false)),
            KeyBinding([.control("t")], title: text.activate, help: text.activateHelp, disabledReason: noPlan ?? activationRefusal,
                       action: .save(activate: true)),
            KeyBinding([.escape], title: text.back, help: text.backHelp, action: .back),
        ]
        return bindings
    }
}
