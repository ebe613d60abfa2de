import CobroDomain
import CobroTerminal
import Foundation

/// Draws the parts of the call-log form into a grid: the header, the outcome list, the fields.
struct CallLogPainter {
    let form: CallLogForm
    let text: CallLogStrings
    var grid: Grid
    let x: Int
    let width: Int
    let maxY: Int

    private var language: Language { form.language }

    /// The widest label of the step, plus the gap after it, so the inputs line up.
    static func labelWidth(_ form: CallLogForm) -> Int {
        let text = CallLogStrings(form.language)
        return (form.currentFields.map { TextWidth.of(text.label($0)) }.max() ?? 0) + 2
    }

    /// How wide a field's input is: short values get a short box, so the message beside it
    /// is close; notes and reasons take the rest of the row.
    static func inputWidth(_ field: CallLogField, form: CallLogForm, available: Int) -> Int {
        switch field {
        case .amount: return min(available, 14)
        case .promiseDate: return min(available, 11)
        case .callbackTime: return min(available, 17)
        case .reason, .note: return max(1, available)
        case .currency, .debtorType, .contactPerson: return min(available, TextWidth.of(choice(field, form: form)))
        case .invoices: return 0
        }
    }

    /// A picker's value as shown: `‹ EUR ›`.
    static func choice(_ field: CallLogField, form: CallLogForm) -> String {
        let text = CallLogStrings(form.language)
        switch field {
        case .currency: return "‹ " + (form.promiseCurrency?.code ?? "—") + " ›"
        case .debtorType: return "‹ " + text.debtorType(form.debtorType) + " ›"
        case .contactPerson: return "‹ " + (form.personIndex.map { form.contactPeople[$0] } ?? text.nobody) + " ›"
        default: return ""
        }
    }

    // MARK: Header

    mutating func header(y: Int) {
        let amounts = form.overdue.sorted { $0.currency < $1.currency }.map { $0.amount.formatted(in: language) }
        put(text.overdue(amounts), x: x, y: y, style: Style(amounts.isEmpty ? .dialog : .warning, bold: true))
        var column = x
        column += put(text.channelLabel + ": ", x: column, y: y + 1)
        switch form.step {
        case .outcome:
            column += put("‹ " + text.channel(form.channel) + " ›", x: column, y: y + 1, style: Style(.input))
            column += put(" ←/→   ", x: column, y: y + 1, style: Style(.muted))
            column += put(text.direction(form.direction), x: column, y: y + 1, style: Style(.dialog, bold: true))
            put(" (i)", x: column, y: y + 1, style: Style(.muted))
        case .details:
            column += put(text.channel(form.channel) + ", " + text.direction(form.direction), x: column, y: y + 1)
            column += put("   " + text.outcomeLabel + ": ", x: column, y: y + 1)
            if let outcome = form.outcome { put(text.outcome(outcome), x: column, y: y + 1, style: Style(.title, bold: true)) }
        }
    }

    // MARK: Step one

    mutating func outcomes(y: Int) {
        put(text.outcomePrompt, x: x, y: y)
        let columnWidth = width / 2
        for (index, outcome) in CallLogOutcomeKeys.order.enumerated() {
            let column = x + (index / 5) * columnWidth
            let row = y + 1 + index % 5
            put(" " + String(CallLogOutcomeKeys.key(for: outcome)) + " ", x: column, y: row, style: Style(.legendKey, bold: true))
            let picked = outcome == form.outcome
            put(" " + text.outcome(outcome), x: column + 3, y: row, style: Style(picked ? .selection : .dialog), maxWidth: columnWidth - 4)
        }
    }

    // MARK: Step two

    mutating func fields(_ rows: [CallLogLayout.Row], top: Int) {
        let labelWidth = Self.labelWidth(form)
        for var row in rows {
            row.y += top
            let focused = form.focus == row.field
            put(text.label(row.field), x: x, y: row.y, style: Style(focused ? .title : .dialog, bold: focused))
            let start = x + labelWidth
            let inputWidth = Self.inputWidth(row.field, form: form, available: width - labelWidth)
            if let path = form.textField(row.field) {
                let problem = form.shownProblem(row.field)
                if row.y < maxY {
                    form[keyPath: path].field.draw(into: &grid, in: Rect(x: start, y: row.y, width: inputWidth, height: 1),
                                                   focused: focused, style: Style(problem == nil ? .input : .inputInvalid))
                }
            } else if row.field != .invoices {
                put(Self.choice(row.field, form: form), x: start, y: row.y, style: Style(focused ? .selection : .input))
            }
            let besideX = start + inputWidth + 1
            if let problem = form.shownProblem(row.field) {
                if row.messageBelow {
                    put("↑ " + problem, x: start, y: row.y + 1, style: Style(.error, bold: true))
                } else {
                    put("← " + problem, x: besideX, y: row.y, style: Style(.error, bold: true))
                }
            } else if let hint = hint(row.field, width: x + width - besideX) {
                put(hint, x: besideX, y: row.y, style: Style(.muted))
            }
            if row.field == .invoices { checklist(row, y: row.y + (row.messageBelow ? 2 : 1), focused: focused) }
        }
    }

    /// The muted remark beside a field without a problem: what the value means.
    private func hint(_ field: CallLogField, width: Int) -> String? {
        switch field {
        case .amount:
            guard let currency = form.promiseCurrency else { return nil }
            let overdue = form.overdue.first { $0.currency == currency }?.amount
            let open = form.openInvoices.filter { $0.open.currency == currency }.reduce(Money.zero(currency)) { $0 + $1.open }
            let owed = overdue.map { text.owed($0.formatted(in: language)) } ?? text.open(open.formatted(in: language))
            return currency.code + "   " + owed
        case .promiseDate:
            guard let date = CivilDate(iso: form.promiseDate.text), date >= form.today else { return nil }
            return text.promiseDay(Self.weekday(date).name(in: language), date.formatted(in: language), inDays: date.days(since: form.today))
        case .callbackTime:
            guard case .success(let instant) = CallLogCallbackTime.parse(form.callbackTime.text, now: form.now, timeZone: form.timeZone)
            else { return nil }
            let clock = LocalClock(instant, in: form.timeZone)
            let moment = text.callbackMoment(clock.weekday.name(in: language), clock.date.formatted(in: language), clock.time.description)
            let withFormats = moment + "   " + text.timeFormats
            return form.focus == .callbackTime && TextWidth.of(withFormats) <= width ? withFormats : moment
        case .invoices:
            return text.chosenInvoices(form.disputed.count, of: form.openInvoices.count)
        case .debtorType:
            return form.debtorType == form.currentDebtorType ? text.unchanged : nil
        case .note:
            return form.outcome == .other ? text.requiredNote : nil
        case .currency, .reason, .contactPerson:
            return nil
        }
    }

    /// `[x] F-201  €1,500.00  due 16 Jul 2026  130 d late`, in columns, the cursor's row
    /// highlighted.
    private mutating func checklist(_ row: CallLogLayout.Row, y: Int, focused: Bool) {
        let invoices = form.openInvoices
        let cells = invoices.map { invoice in
            [(form.disputed.contains(invoice.number) ? "[x] " : "[ ] ") + invoice.number,
             invoice.open.formatted(in: language),
             text.due(invoice.dueDate.formatted(in: language)),
             invoice.daysPastDue > 0 ? text.daysLate(invoice.daysPastDue) : "",
             invoice.disputed ? text.alreadyDisputed : ""]
        }
        let widths = (0..<5).map { column in cells.map { TextWidth.of($0[column]) }.max() ?? 0 }
        for offset in 0..<row.listShown {
            let index = row.listStart + offset
            let line = cells[index].enumerated().map { column, cell in
                TextWidth.pad(cell, to: widths[column], alignment: column == 1 || column == 3 ? .right : .left)
            }.joined(separator: "  ")
            let rect = Rect(x: x + 2, y: y + offset, width: width - 2, height: 1)
            let selected = focused && index == form.invoiceCursor
            if selected, rect.maxY <= maxY { grid.fill(rect, style: Style(.selection)) }
            put(line, x: rect.x, y: rect.y, style: Style(selected ? .selection : .dialog), maxWidth: rect.width)
        }
        if row.listShown < invoices.count {
            put(text.moreInvoices(invoices.count - row.listShown), x: x + 2, y: y + row.listShown, style: Style(.muted))
        }
    }

    /// 1970-01-01 was a Thursday.
    private static func weekday(_ date: CivilDate) -> Weekday {
        Weekday.allCases[((date.daysSinceEpoch + 4) % 7 + 7) % 7]
    }

    /// Writes on the form's rows only, so a short area clips the form instead of overwriting
    /// whatever is below it.
    @discardableResult
    private mutating func put(_ string: String, x: Int, y: Int, style: Style = Style(.dialog), maxWidth: Int? = nil) -> Int {
        guard y < maxY else { return 0 }
        let limit = self.x + width - x
        return grid.put(string, x: x, y: y, style: style, maxWidth: min(limit, maxWidth ?? limit))
    }
}
