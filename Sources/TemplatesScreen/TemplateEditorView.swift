import CobroDomain
import CobroTerminal

/// Draws the editor: the subject line (e-mail), the body with line numbers, and under it the
/// problems as typed or, toggled, the preview for the chosen customer.
enum TemplateEditorView {
    /// Rows of the problems or preview panel, its rule included.
    static let panelRows = 6

    static func draw(_ editor: TemplateEditor, state: TemplatesState, text: TemplatesStrings, into grid: inout Grid, in area: Rect) {
        grid.put(text.editorTitle(editor.original.key), x: area.x + 1, y: area.y, style: Style(.title, bold: true), maxWidth: area.width - 2)
        TemplatesView.drawMessage(state.message, into: &grid, x: area.x + 1, y: area.y + 1, width: area.width - 2)
        let label = text.subjectField + ": "
        let subjectRow = area.y + 2
        if editor.hasSubject {
            grid.put(label, x: area.x + 1, y: subjectRow, style: Style(editor.focus == .subject ? .legendKey : .muted, bold: true))
            let fieldX = area.x + 1 + TextWidth.of(label)
            editor.subject.draw(into: &grid, in: Rect(x: fieldX, y: subjectRow, width: max(1, area.maxX - fieldX - 1), height: 1),
                                focused: editor.focus == .subject)
        } else {
            grid.put(text.bodyField, x: area.x + 1, y: subjectRow, style: Style(.muted, bold: true))
        }
        let (middle, panel) = area.splitTop(3).rest.splitBottom(panelRows)
        editor.body.draw(into: &grid, in: middle.inset(dx: 1), focused: editor.focus == .body, problemLines: editor.bodyProblemLines)
        grid.put(String(repeating: "─", count: max(0, panel.width)), x: panel.x, y: panel.y, style: Style(.border))
        let lines = editor.showsPreview ? previewLines(editor, text: text, width: panel.width - 2)
            : problemLines(editor, text: text, width: panel.width - 2)
        for (offset, line) in lines.prefix(panel.height - 1).enumerated() {
            grid.put(line.text, x: panel.x + 1, y: panel.y + 1 + offset, style: line.style, maxWidth: panel.width - 2)
        }
        if let dialog = editor.discardDialog { dialog.draw(into: &grid, in: area) }
    }

    /// Each problem as the renderer words it (it names the part and the line), wrapped.
    private static func problemLines(_ editor: TemplateEditor, text: TemplatesStrings, width: Int) -> [(text: String, style: Style)] {
        guard !editor.problems.isEmpty else { return [(text.noProblems, Style(.success))] }
        return [(text.problemCount(editor.problems.count), Style(.error, bold: true))]
            + editor.problems.flatMap { TextWidth.wrap($0.message, width: width).map { ($0, Style(.error)) } }
    }

    private static func previewLines(_ editor: TemplateEditor, text: TemplatesStrings, width: Int) -> [(text: String, style: Style)] {
        guard let preview = editor.preview else { return [(text.previewNeedsCustomer, Style(.muted))] }
        switch preview {
        case .refused(let reason):
            return [(text.cannotRender, Style(.error, bold: true))] + TextWidth.wrap(reason, width: width).map { ($0, Style(.error)) }
        case .rendered(let subject, let body, _):
            return (subject.map { [(text.subjectLabel + $0, Style(.normal, bold: true))] } ?? [])
                + TextWidth.wrap(body, width: width).map { ($0, Style.normal) }
        }
    }
}
