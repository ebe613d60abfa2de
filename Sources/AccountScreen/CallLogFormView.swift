import CobroDomain
import CobroTerminal
import Foundation

extension CallLogForm {
    /// Draws the form as a box centred in `area`, as wide as reads well (at most 100 columns)
    /// and as tall as the step needs. On a short area the invoice checklist scrolls first.
    public func draw(into grid: inout Grid, in area: Rect) {
        let text = CallLogStrings(language)
        grid.cursor = nil
        let width = min(area.width, 100)
        let layout = CallLogLayout(self, width: width - 4, maxHeight: area.height - 2)
        let box = area.centered(width: width, height: layout.height + 2)
        grid.fill(box, style: Style(.dialog))
        let inside = Box.draw(into: &grid, in: box, title: text.title).inset(dx: 1)
        guard inside.width > 0 else { return }
        var painter = CallLogPainter(form: self, text: text, grid: grid, x: inside.x, width: inside.width, maxY: inside.maxY)
        painter.header(y: inside.y)
        switch step {
        case .outcome: painter.outcomes(y: inside.y + 3)
        case .details: painter.fields(layout.rows, top: inside.y)
        }
        grid = painter.grid
        discardDialog?.draw(into: &grid, in: area)
    }
}

/// Where each row of the second step goes, worked out once for drawing and sizing. A message
/// too wide to sit beside its field goes on the row below it.
struct CallLogLayout {
    struct Row {
        var field: CallLogField
        /// From the top of the inside of the box.
        var y: Int
        var messageBelow: Bool
        /// Invoices only: how many checklist lines show and the first one; when some are left
        /// out a line below says how many.
        var listShown = 0
        var listStart = 0
    }

    static let headerRows = 3
    private(set) var rows: [Row] = []
    private(set) var height: Int

    init(_ form: CallLogForm, width: Int, maxHeight: Int) {
        guard form.step == .details, let outcome = form.outcome else {
            height = Self.headerRows + 1 + 5
            return
        }
        let fields = form.fields(for: outcome)
        let labelWidth = CallLogPainter.labelWidth(form)
        var y = Self.headerRows
        for field in fields {
            let message = form.shownProblem(field) ?? ""
            let besideWidth = width - labelWidth - CallLogPainter.inputWidth(field, form: form, available: width - labelWidth) - 1
            var row = Row(field: field, y: y, messageBelow: !message.isEmpty && TextWidth.of(message) + 2 > besideWidth)
            y += row.messageBelow ? 2 : 1
            if field == .invoices {
                row.listShown = form.openInvoices.count
                y += row.listShown
            }
            rows.append(row)
        }
        height = y
        // Too tall: the checklist gives up rows (keeping the cursor's in view), down to one.
        if let index = rows.firstIndex(where: { $0.field == .invoices }), height > maxHeight {
            let total = rows[index].listShown
            let shown = max(1, total - (height - maxHeight) - 1)
            if shown < total {
                rows[index].listShown = shown
                rows[index].listStart = min(max(0, form.invoiceCursor - shown / 2), total - shown)
                let saved = total - shown - 1
                for later in rows.indices where later > index { rows[later].y -= saved }
                height -= saved
            }
        }
    }
}
