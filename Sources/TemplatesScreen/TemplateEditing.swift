import CobroDomain
import CobroTerminal

/// The editor's keys: typing into the subject or the body with the problems checked as typed,
/// saving (owners only, never with problems), the preview, and asking before discarding.
enum TemplateEditing {
    static func handle(_ key: Key, _ state: inout TemplatesState, desk: any TemplateDesk) -> [TemplatesEffect] {
        guard var editor = state.editor else { return [] }
        let text = TemplatesStrings(state.language)
        if var dialog = editor.discardDialog {
            switch dialog.handle(key) {
            case .chosen(true)?:
                state.editor = nil
                return []
            case .chosen(false)?, .cancelled?: editor.discardDialog = nil
            case nil: editor.discardDialog = dialog
            }
            state.editor = editor
            return []
        }
        state.message = nil
        let command = keymap(editor, state: state).first { $0.keys.contains(key) }
        switch command?.action {
        case .save?:
            if let reason = command?.disabledReason {
                state.message = TemplatesMessage(text: reason, isError: true)
            } else if !editor.problems.isEmpty {
                state.message = TemplatesMessage(text: text.hasProblems, isError: true)
            } else {
                do {
                    try desk.save(editor.template)
                    state.editor = nil
                    TemplatesFeature.reload(&state, desk: desk)
                    TemplatesFeature.refreshPreview(&state, desk: desk)
                    state.message = TemplatesMessage(text: text.saved, isError: false)
                    return []
                } catch {
                    state.message = TemplatesMessage(text: "\(error)", isError: true)
                }
            }
        case .nextField?:
            if editor.hasSubject { editor.focus = editor.focus == .subject ? .body : .subject }
        case .togglePreview?:
            editor.showsPreview.toggle()
            refreshPreview(&editor, state: state, desk: desk)
        case .close?:
            guard editor.hasChanges else {
                state.editor = nil
                return []
            }
            editor.discardDialog = ConfirmDialog.yesNo(title: text.discardTitle, message: text.discardQuestion,
                                                       yes: DialogButton(text.yes, shortcut: text.yesShortcut),
                                                       no: DialogButton(text.no, shortcut: "n"))
        case .type?, nil:
            let response: FieldResponse
            if editor.focus == .subject {
                // Enter in the subject goes on to the body, as Tab does.
                if key == .enter || key == .down {
                    editor.focus = .body
                    response = .handled
                } else {
                    response = editor.subject.handle(key)
                }
            } else {
                response = editor.body.handle(key, pageSize: bodyLines(state))
            }
            if response == .textChanged {
                editor.problems = desk.problems(in: editor.template, language: state.language)
                refreshPreview(&editor, state: state, desk: desk)
            }
        }
        state.editor = editor
        return []
    }

    private static func refreshPreview(_ editor: inout TemplateEditor, state: TemplatesState, desk: any TemplateDesk) {
        guard editor.showsPreview, let customer = state.customer else {
            editor.preview = nil
            return
        }
        editor.preview = desk.preview(editor.template, customerCode: customer.code, language: state.language)
    }

    /// The body shows what the page has left under the subject line.
    static func bodyLines(_ state: TemplatesState) -> Int { max(1, state.pageSize - TemplatesView.editorRowsBesidesBody + TemplatesView.pickerRowsBesidesPreview) }

    static func keymap(_ editor: TemplateEditor, state: TemplatesState) -> [KeyBinding<EditorCommand>] {
        let text = TemplatesStrings(state.language)
        return [
            KeyBinding([.control("s"), .function(2)], title: text.saveKey, help: text.saveHelp,
                       disabledReason: state.role == .owner ? nil : text.ownerOnly, action: .save),
            KeyBinding([.tab], title: text.nextField, help: text.nextFieldHelp, showsInLegend: editor.hasSubject, action: .nextField),
            KeyBinding([.function(3), .control("p")], title: text.previewKey, help: text.previewHelp, action: .togglePreview),
            KeyBinding([.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter], title: text.editKeys, help: text.editKeysHelp,
                       showsInLegend: false, action: .type),
            KeyBinding([.escape], title: text.close, help: text.closeHelp, action: .close),
        ]
    }
}
