import CobroDomain
import CobroTerminal

public enum TemplatesFeature {
    public static func reduce(_ state: inout TemplatesState, _ action: TemplatesAction, desk: any TemplateDesk) -> [TemplatesEffect] {
        switch action {
        case .open(let code):
            state.message = nil
            reload(&state, desk: desk)
            if let code { choose(customer: code, &state, desk: desk) } else { refreshPreview(&state, desk: desk) }
            return []
        case .layoutChanged(let layout):
            state.pageSize = max(1, layout.previewLines)
            state.previewWidth = max(1, layout.previewWidth)
            return []
        case .key(let key):
            if state.editor != nil { return TemplateEditing.handle(key, &state, desk: desk) }
            if state.ladder != nil {
                LadderEditing.handle(key, &state, desk: desk)
                return []
            }
            if state.customerPrompt != nil {
                promptKey(key, &state, desk: desk)
                return []
            }
            state.message = nil
            guard let binding = keymap(state).first(where: { $0.keys.contains(key) }) else { return [] }
            // A key that cannot act now says why instead of doing nothing.
            if let reason = binding.disabledReason {
                state.message = TemplatesMessage(text: reason, isError: true)
                return []
            }
            return perform(binding.action, key: key, &state, desk: desk)
        }
    }

    private static func perform(_ command: TemplatesCommand, key: Key, _ state: inout TemplatesState, desk: any TemplateDesk) -> [TemplatesEffect] {
        let text = TemplatesStrings(state.language)
        switch command {
        case .move:
            state.table.handle(key, rowCount: state.visible.count, pageSize: state.pageSize)
            refreshPreview(&state, desk: desk)
        case .scrollPreview:
            let step = max(1, state.pageSize - 1)
            let last = max(0, state.previewLines.count - state.pageSize)
            state.previewTop = key == .pageUp ? max(0, state.previewTop - step) : min(last, state.previewTop + step)
        case .switchLanguage:
            let selected = state.selected?.key
            state.templateLanguage = state.templateLanguage == .es ? .en : .es
            state.table = TableState()
            if let selected, let row = state.visible.firstIndex(where: { $0.key.stage == selected.stage && $0.key.channel == selected.channel }) {
                state.table.select(row, rowCount: state.visible.count, pageSize: state.pageSize)
            }
            refreshPreview(&state, desk: desk)
        case .chooseCustomer:
            state.customerPrompt = TextPrompt(title: text.customerTitle, question: text.customerQuestion, emptyMessage: text.customerEmpty)
        case .edit:
            guard let entry = state.selected else { return [] }
            var editor = TemplateEditor(entry.template)
            editor.problems = desk.problems(in: entry.template, language: state.language)
            state.editor = editor
        case .send, .fileInOutbox:
            guard let entry = state.selected, let customer = state.customer else { return [] }
            do {
                let whereTo = try desk.send(entry.template, customerCode: customer.code, route: command == .send ? .deliver : .outbox,
                                            language: state.language)
                state.message = TemplatesMessage(text: whereTo, isError: false)
                return [.reminderLogged(customerCode: customer.code)]
            } catch {
                state.message = TemplatesMessage(text: "\(error)", isError: true)
            }
        case .ladder:
            do {
                let ladder = try desk.dunningLadder()
                let texts = LadderStrings(state.language)
                let readOnly = ladder.source == .config || state.ladderFromConfig ? texts.setInConfig
                    : state.role == .owner ? nil : texts.ownerOnly
                state.ladder = LadderEditor(ladder, readOnlyReason: readOnly)
                state.latePayment = ladder.latePayment
                state.today = desk.today
            } catch {
                state.message = TemplatesMessage(text: "\(error)", isError: true)
            }
        case .back:
            return [.back]
        }
        return []
    }

    private static func promptKey(_ key: Key, _ state: inout TemplatesState, desk: any TemplateDesk) {
        guard var prompt = state.customerPrompt else { return }
        switch prompt.handle(key) {
        case nil: state.customerPrompt = prompt
        case .cancelled?: state.customerPrompt = nil
        case .chosen(let code)?:
            state.customerPrompt = nil
            if !choose(customer: code, &state, desk: desk) {
                prompt.error = TemplatesStrings(state.language).unknownCustomer(code)
                state.customerPrompt = prompt
            }
        }
    }

    /// Fills the templates in with `code`'s account, in the customer's own language when they
    /// have one; false when there is no such customer.
    @discardableResult
    private static func choose(customer code: String, _ state: inout TemplatesState, desk: any TemplateDesk) -> Bool {
        do {
            guard let customer = try desk.customer(code: code) else { return false }
            state.customer = customer
            if let language = customer.language { state.templateLanguage = language }
        } catch {
            state.message = TemplatesMessage(text: "\(error)", isError: true)
        }
        refreshPreview(&state, desk: desk)
        return true
    }

    static func reload(_ state: inout TemplatesState, desk: any TemplateDesk) {
        do {
            state.entries = try desk.templates()
        } catch {
            state.message = TemplatesMessage(text: "\(error)", isError: true)
        }
    }

    /// Fills the selected template in for the customer (nothing without one).
    static func refreshPreview(_ state: inout TemplatesState, desk: any TemplateDesk) {
        state.previewTop = 0
        guard let entry = state.selected, let customer = state.customer else {
            state.preview = nil
            return
        }
        state.preview = desk.preview(entry.template, customerCode: customer.code, language: state.language)
    }

    /// The picker's keys in legend order; disabled ones say why.
    public static func keymap(_ state: TemplatesState) -> [KeyBinding<TemplatesCommand>] {
        let text = TemplatesStrings(state.language)
        let sendReason: String?
        if state.selected == nil {
            sendReason = text.noTemplate
        } else if state.customer == nil {
            sendReason = text.chooseCustomerFirst
        } else if case .refused? = state.preview {
            sendReason = text.cannotFill
        } else {
            sendReason = nil
        }
        return [
            KeyBinding([.up, .down], title: text.move, help: text.moveHelp, action: .move),
            KeyBinding([.character("k"), .character("j"), .home, .end], title: text.move, help: text.moveHelp, showsInLegend: false,
                       action: .move),
            KeyBinding([.character("s")], title: text.send, help: text.sendHelp, disabledReason: sendReason, action: .send),
            KeyBinding([.character("w")], title: text.file, help: text.fileHelp, disabledReason: sendReason, action: .fileInOutbox),
            KeyBinding([.character("e")], title: text.edit, help: text.editHelp,
                       disabledReason: state.selected == nil ? text.noTemplate : nil, action: .edit),
            KeyBinding([.character("l")], title: text.switchLanguage, help: text.switchLanguageHelp, action: .switchLanguage),
            KeyBinding([.character("a")], title: text.chooseCustomer, help: text.chooseCustomerHelp, action: .chooseCustomer),
            KeyBinding([.pageUp, .pageDown], title: text.scroll, help: text.scrollHelp, action: .scrollPreview),
            KeyBinding([.character("L")], title: LadderStrings(state.language).open, help: LadderStrings(state.language).openHelp,
                       action: .ladder),
            KeyBinding([.escape], title: text.back, help: text.backHelp, action: .back),
        ]
    }

    /// What the legend and the help show now: the editor's keys while it is open, the prompt's
    /// while it is, else the picker's.
    public static func legend(_ state: TemplatesState) -> [KeyBinding<String>] {
        let text = TemplatesStrings(state.language)
        if let editor = state.editor {
            return TemplateEditing.keymap(editor, state: state).map {
                KeyBinding($0.keys, title: $0.title, help: $0.help, showsInLegend: $0.showsInLegend,
                           disabledReason: $0.disabledReason, action: "\($0.action)")
            }
        }
        if let ladder = state.ladder {
            return LadderEditing.keymap(ladder, language: state.language).map {
                KeyBinding($0.keys, title: $0.title, help: $0.help, showsInLegend: $0.showsInLegend,
                           disabledReason: $0.disabledReason, action: "\($0.action)")
            }
        }
        if state.customerPrompt != nil {
            return [KeyBinding([.enter], title: text.confirm, help: text.confirmHelp, action: "confirm"),
                    KeyBinding([.escape], title: text.cancel, help: text.cancelHelp, action: "cancel")]
        }
        return keymap(state).map { KeyBinding($0.keys, title: $0.title, help: $0.help, showsInLegend: $0.showsInLegend,
                                              disabledReason: $0.disabledReason, action: "\($0.action)") }
    }
}
