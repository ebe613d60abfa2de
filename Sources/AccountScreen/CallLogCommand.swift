import CobroDomain
import CobroTerminal

/// What a key does on the call-log form, as data for the legend, the help and the handler.
enum CallLogCommand: Hashable, Sendable {
    case pick(ContactOutcome)
    /// → next channel, ← previous.
    case cycleChannel
    case toggleDirection
    case cancel
    /// Tab and ↓ next field, Shift-Tab and ↑ previous.
    case moveFocus
    case save
    case back
    /// A picker: → and Space next value, ← previous.
    case cycle
    case tickInvoice
    /// ↑/↓ in the invoice checklist.
    case moveInvoice

    /// A stable name for the erased bindings the desk shows.
    var name: String {
        switch self {
        case .pick(let outcome): return "outcome." + outcome.rawValue
        case .cycleChannel: return "channel"
        case .toggleDirection: return "direction"
        case .cancel: return "cancel"
        case .moveFocus: return "field"
        case .save: return "save"
        case .back: return "back"
        case .cycle: return "change"
        case .tickInvoice: return "tick"
        case .moveInvoice: return "move"
        }
    }
}

extension CallLogForm {
    /// The keys of the current step, in legend order. On the second step the focused field
    /// adds its own (a picker's arrows, the checklist's Space); a text field keeps ←/→ and
    /// Space for editing.
    var commands: [KeyBinding<CallLogCommand>] {
        let text = CallLogStrings(language)
        switch step {
        case .outcome:
            return CallLogOutcomeKeys.order.map { outcome in
                KeyBinding([.character(CallLogOutcomeKeys.key(for: outcome))], title: text.outcome(outcome),
                           help: text.outcomeHelp(outcome), showsInLegend: false, action: .pick(outcome))
            } + [
                KeyBinding([.left, .right], title: text.channelKey, help: text.channelHelp, action: .cycleChannel),
                KeyBinding([.character("i")], title: text.directionKey, help: text.directionHelp, action: .toggleDirection),
                KeyBinding([.escape], title: text.cancel, help: text.cancelHelp, action: .cancel),
            ]
        case .details:
            var bindings: [KeyBinding<CallLogCommand>] = [
                KeyBinding([.enter], title: text.save, help: outcome == .callback ? text.callbackSaveHelp : text.saveHelp, action: .save),
                KeyBinding([.tab, .backTab], title: text.field, help: text.fieldHelp, action: .moveFocus),
            ]
            switch focus {
            case .invoices:
                bindings.append(KeyBinding([.character(" ")], title: text.tick, help: text.tickHelp, action: .tickInvoice))
                bindings.append(KeyBinding([.up, .down], title: text.move, help: text.moveHelp, action: .moveInvoice))
            case .currency, .debtorType, .contactPerson:
                let single = choiceCount(focus) > 1 ? nil : text.onlyOneChoice
                bindings.append(KeyBinding([.left, .right, .character(" ")], title: text.change, help: text.changeHelp,
                                           disabledReason: single, action: .cycle))
                bindings.append(KeyBinding([.up, .down], title: text.field, help: text.arrowsFieldHelp, showsInLegend: false, action: .moveFocus))
            case .amount, .promiseDate, .callbackTime, .reason, .note:
                bindings.append(KeyBinding([.up, .down], title: text.field, help: text.arrowsFieldHelp, showsInLegend: false, action: .moveFocus))
            }
            bindings.append(KeyBinding([.escape], title: text.back, help: text.backHelp, action: .back))
            return bindings
        }
    }
}
