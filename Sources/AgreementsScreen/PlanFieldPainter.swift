import CobroDomain
import CobroTerminal

/// Draws the builder's terms in two columns: label, input and a muted remark on what the term
/// comes to in the plan.
struct PlanFieldPainter {
    let builder: PlanBuilder
    let text: PlanStrings
    var grid: Grid

    private var language: Language { builder.language }

    mutating func fields(in area: Rect) {
        let labelWidth = (PlanField.leftColumn + PlanField.rightColumn).map { TextWidth.of(text.label($0)) }.reduce(0, max) + 1
        let columnWidth = (area.width - 3) / 2
        for (index, columnFields) in [PlanField.leftColumn, PlanField.rightColumn].enumerated() {
            let x = area.x + 1 + index * (columnWidth + 1)
            for (row, field) in columnFields.enumerated() where row < area.height {
                draw(field, in: Rect(x: x, y: area.y + row, width: columnWidth, height: 1), labelWidth: labelWidth)
            }
        }
    }

    private mutating func draw(_ field: PlanField, in line: Rect, labelWidth: Int) {
        let focused = builder.focus == field
        let problem = builder.problems[field] != nil
        grid.put(text.label(field), x: line.x, y: line.y, style: Style(problem ? .error : focused ? .title : .normal, bold: focused),
                 maxWidth: line.width)
        let start = line.x + labelWidth
        let room = line.maxX - start
        guard room > 0 else { return }
        let inputWidth: Int
        if let path = builder.textField(field) {
            inputWidth = min(room, field == .installments ? 6 : field == .firstDate ? 11 : 12)
            builder[keyPath: path].field.draw(into: &grid, in: Rect(x: start, y: line.y, width: inputWidth, height: 1),
                                              focused: focused && builder.cell == nil && builder.discardDialog == nil,
                                              style: Style(problem ? .inputInvalid : .input))
        } else {
            inputWidth = grid.put(choice(field), x: start, y: line.y, style: Style(focused ? .selection : .input), maxWidth: room)
        }
        if let remark = remark(field), room > inputWidth + 2 {
            grid.put(remark, x: start + inputWidth + 1, y: line.y, style: Style(.muted), maxWidth: room - inputWidth - 1)
        }
    }

    /// A picker's value as shown: `‹ monthly ›`.
    private func choice(_ field: PlanField) -> String {
        switch field {
        case .frequency: return "‹ " + AgreementWords.frequency(builder.frequency, in: language) + " ›"
        case .currency: return "‹ " + (builder.currency?.code ?? "—") + " ›"
        default: return ""
        }
    }

    /// What a term comes to in the plan: the down payment is due today, each installment's
    /// amount, the last due date (what the month limit looks at).
    private func remark(_ field: PlanField) -> String? {
        guard let plan = builder.plan else { return nil }
        switch field {
        case .downPayment:
            return plan.downPayment.isZero ? nil : text.dueToday
        case .installments:
            return plan.installments.first.map { "× " + $0.amount.formatted(in: language) }
        case .firstDate:
            return plan.installments.last.map { "→ " + $0.dueDate.formatted(in: language) }
        case .frequency, .currency, .amount, .discount, .fee, .schedule:
            return nil
        }
    }
}
