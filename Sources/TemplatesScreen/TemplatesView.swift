import CobroDomain
import CobroTerminal

/// Draws the templates screen: the picker (list on the left, the selected template filled in on
/// the right) or the editor; the customer prompt over either.
public enum TemplatesView {
    /// Rows of the screen that are not preview lines: title, message, and the preview's four
    /// header lines (name, history, customer, invoices).
    static let pickerRowsBesidesPreview = 6
    /// Rows of the editor that are not body lines: title, message, subject, and the panel.
    static let editorRowsBesidesBody = 3 + TemplateEditorView.panelRows

    /// How much of the preview shows at once in `area`.
    public static func layout(in area: Rect) -> TemplatesLayout {
        TemplatesLayout(previewLines: max(1, area.height - pickerRowsBesidesPreview), previewWidth: max(1, previewArea(in: area).width - 2))
    }

    /// The list on the left of the picker, below the title and the message.
    private static func listArea(in area: Rect) -> Rect {
        let body = area.splitTop(2).rest
        return Rect(x: body.x, y: body.y, width: min(44, body.width * 45 / 100), height: body.height)
    }

    /// The preview on the right of the list.
    private static func previewArea(in area: Rect) -> Rect {
        let list = listArea(in: area)
        return Rect(x: list.maxX + 1, y: list.y, width: max(0, area.maxX - list.maxX - 1), height: list.height)
    }

    public static func render(_ state: TemplatesState, into grid: inout Grid, in area: Rect) {
        let text = TemplatesStrings(state.language)
        if let ladder = state.ladder {
            LadderView.draw(ladder, state: state, into: &grid, in: area)
        } else if let editor = state.editor {
            TemplateEditorView.draw(editor, state: state, text: text, into: &grid, in: area)
        } else {
            drawPicker(state, text: text, into: &grid, in: area)
        }
        state.customerPrompt?.draw(into: &grid, in: area)
    }

    private static func drawPicker(_ state: TemplatesState, text: TemplatesStrings, into grid: inout Grid, in area: Rect) {
        grid.put(text.title(state.templateLanguage), x: area.x + 1, y: area.y, style: Style(.title, bold: true), maxWidth: area.width - 2)
        drawMessage(state.message, into: &grid, x: area.x + 1, y: area.y + 1, width: area.width - 2)
        let list = listArea(in: area)
        let rows = state.visible
        let table = TableView(columns: [TableColumn(text.columns[0], width: .flexible(minimum: 12)),
                                        TableColumn(text.columns[1], width: .fixed(7)),
                                        TableColumn(text.columns[2], width: .fixed(8))], emptyMessage: text.noTemplates)
        table.draw(into: &grid, in: list, state: state.table, rowCount: rows.count) { index in
            let entry = rows[index]
            return TableRow(texts: [StageNames.name(entry.key.stage, in: state.language), StageNames.channel(entry.key.channel, in: state.language),
                                    entry.editedBy ?? text.shipped])
        }
        drawPreview(state, text: text, into: &grid, in: previewArea(in: area))
    }

    private static func drawPreview(_ state: TemplatesState, text: TemplatesStrings, into grid: inout Grid, in area: Rect) {
        guard let entry = state.selected, area.width > 2 else { return }
        let x = area.x + 1, width = area.width - 2
        var y = area.y
        func line(_ value: String, _ style: Style = .normal) {
            guard y < area.maxY else { return }
            grid.put(value, x: x, y: y, style: style, maxWidth: width)
            y += 1
        }
        line("\(StageNames.name(entry.key.stage, in: state.language)) · \(StageNames.channel(entry.key.channel, in: state.language))",
             Style(.header, bold: true))
        if let user = entry.editedBy, let at = entry.editedAt {
            line(text.edited(by: user, on: text.day(at)), Style(.warning))
        } else {
            line(text.shippedText, Style(.muted))
        }
        guard let customer = state.customer else {
            line(text.noCustomer, Style(.muted))
            return
        }
        line(text.forCustomer(customer))
        switch state.preview {
        case .refused(let reason)?:
            line(text.cannotRender, Style(.error, bold: true))
            for part in TextWidth.wrap(reason, width: width) { line(part, Style(.error)) }
            return
        case .rendered(_, _, let invoices)?:
            line(text.invoicesLine(invoices), Style(.muted))
        case nil:
            return
        }
        let lines = state.previewLines
        for index in state.previewTop..<min(lines.count, state.previewTop + max(0, area.maxY - y)) {
            line(lines[index])
        }
    }

    /// The last action's message on `y`, in green or red.
    static func drawMessage(_ message: TemplatesMessage?, into grid: inout Grid, x: Int, y: Int, width: Int) {
        guard let message else { return }
        grid.put(message.text, x: x, y: y, style: Style(message.isError ? .error : .success, bold: true), maxWidth: width)
    }
}
