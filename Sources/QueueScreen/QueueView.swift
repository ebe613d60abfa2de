import CobroDomain
import CobroTerminal
import Foundation

/// Draws the call queue: a counts line, the filters line, a notice line, then the accounts in
/// queue order with the tier, what they owe, how old it is, the last contact, the promise and
/// the one-line why, which takes whatever width is left.
public enum QueueView {
    /// Rows above the table: counts, filters (or the field being typed), notice.
    static let headerRows = 3

    /// How many account rows fit in `area` (the desk tells the state on every resize).
    public static func pageSize(_ state: QueueState, in area: Rect) -> Int {
        TableView.pageSize(in: area.splitTop(headerRows).rest)
    }

    public static func render(_ state: QueueState, into grid: inout Grid, in area: Rect) {
        guard !area.isEmpty else { return }
        let text = QueueStrings(state.language)
        let (header, body) = area.splitTop(headerRows)
        guard let snapshot = state.snapshot else {
            if let error = state.loadError {
                grid.put(text.loadFailed, x: area.x + 1, y: area.y + 1, style: Style(.error, bold: true), maxWidth: area.width - 2)
                grid.put(error, x: area.x + 1, y: area.y + 2, style: Style(.error), maxWidth: area.width - 2)
                grid.put(text.retryHint, x: area.x + 1, y: area.y + 4, style: Style(.muted), maxWidth: area.width - 2)
            } else {
                grid.put(text.loading, x: area.x + 1, y: area.y + 1, style: Style(.muted), maxWidth: area.width - 2)
            }
            return
        }
        drawCounts(state, snapshot, text, into: &grid, in: Rect(x: header.x, y: header.y, width: header.width, height: 1))
        drawFilters(state, text, into: &grid, in: Rect(x: header.x, y: header.y + 1, width: header.width, height: 1))
        drawNotice(state, text, into: &grid, in: Rect(x: header.x, y: header.y + 2, width: header.width, height: 1))

        guard !snapshot.entries.isEmpty else {
            grid.put(text.nobodyToCall, x: body.x + 1, y: body.y, style: Style(.success, bold: true), maxWidth: body.width - 2)
            if snapshot.laterToday > 0 {
                grid.put(text.laterTodayHint(snapshot.laterToday), x: body.x + 1, y: body.y + 1, style: Style(.muted),
                         maxWidth: body.width - 2)
            }
            return
        }
        let columns = layout(state, text, width: body.width)
        let table = TableView(columns: columns.map(\.column), emptyMessage: text.filtersHide(snapshot.entries.count))
        table.draw(into: &grid, in: body, state: state.table, rowCount: state.visibleCount) { position in
            row(Int(state.visibleRows[position]), in: snapshot, state: state, shown: columns.map(\.kind), text: text)
        }
        if state.visibleCount == 0, body.height > 2 {
            grid.put(text.clearFiltersHint, x: body.x, y: body.y + 2, style: Style(.muted), maxWidth: body.width)
        }
    }

    // MARK: Header

    private static func drawCounts(_ state: QueueState, _ snapshot: QueueSnapshot, _ text: QueueStrings,
                                   into grid: inout Grid, in line: Rect) {
        var right = text.builtAt(LocalClock(snapshot.at, in: state.timeZone).time.description)
        if state.isLoading { right = text.reloading + "  " + right }
        let rightWidth = TextWidth.of(right)
        let rightX = line.maxX - rightWidth - 1
        var x = line.x + 1
        let room = { rightX - 1 - x }
        x += grid.put(text.toCallNow(state.visibleCount, of: snapshot.entries.count), x: x, y: line.y,
                      style: Style(.title, bold: true), maxWidth: room())
        var rest: [String] = []
        if snapshot.laterToday > 0 { rest.append(text.laterToday(snapshot.laterToday)) }
        rest.append(text.contactedToday(snapshot.contactedToday))
        for part in rest where room() > 3 {
            x += grid.put(" · " + part, x: x, y: line.y, style: Style(.normal), maxWidth: room())
        }
        if rightX > x + 1 {
            grid.put(right, x: rightX, y: line.y, style: Style(.muted))
        }
    }

    private static func drawFilters(_ state: QueueState, _ text: QueueStrings, into grid: inout Grid, in line: Rect) {
        var x = line.x + 1
        switch state.mode {
        case .browsing:
            guard state.hasFilters else {
                grid.put(text.noFilters, x: x, y: line.y, style: Style(.muted), maxWidth: line.maxX - x)
                return
            }
            var parts: [(String, String)] = []
            if let currency = state.currency { parts.append((text.currencyLabel, currency.code)) }
            if let minimum = state.minimum { parts.append((text.minimumLabel, "≥ " + minimum.formatted(in: state.language))) }
            if let tier = state.tier { parts.append((text.tierLabel, text.tier(tier))) }
            if !state.search.isEmpty { parts.append((text.searchLabel, "“" + state.search + "”")) }
            for (offset, (label, value)) in parts.enumerated() where x < line.maxX - 1 {
                if offset > 0 { x += grid.put("  ", x: x, y: line.y, maxWidth: line.maxX - x) }
                x += grid.put(label + " ", x: x, y: line.y, style: Style(.muted), maxWidth: line.maxX - x)
                x += grid.put(value, x: x, y: line.y, style: Style(.warning, bold: true), maxWidth: line.maxX - x)
            }
        case .searching(let field):
            x += grid.put(text.searchLabel + ": ", x: x, y: line.y, style: Style(.normal, bold: true), maxWidth: line.maxX - x)
            field.draw(into: &grid, in: Rect(x: x, y: line.y, width: min(30, line.maxX - x - 1), height: 1), focused: true)
        case .editingMinimum(let field):
            x += grid.put(text.minimumPrompt(state.currency) + " ", x: x, y: line.y, style: Style(.normal, bold: true),
                          maxWidth: line.maxX - x)
            let fieldWidth = min(18, line.maxX - x - 1)
            field.draw(into: &grid, in: Rect(x: x, y: line.y, width: fieldWidth, height: 1), focused: true)
            x += fieldWidth + 1
            if let message = field.message, !field.text.trimmingCharacters(in: .whitespaces).isEmpty {
                grid.put(message, x: x, y: line.y, style: Style(.error), maxWidth: line.maxX - x - 1)
            }
        }
    }

    /// Another clerk took the account, or the last reload failed while the old queue still shows.
    private static func drawNotice(_ state: QueueState, _ text: QueueStrings, into grid: inout Grid, in line: Rect) {
        if let message = state.message {
            grid.put(message, x: line.x + 1, y: line.y, style: Style(.warning, bold: true), maxWidth: line.width - 2)
        } else if let error = state.loadError {
            grid.put(text.loadFailed + " " + error, x: line.x + 1, y: line.y, style: Style(.error), maxWidth: line.width - 2)
        }
    }

    // MARK: Table

    enum ColumnKind: Sendable { case tier, customer, overdue, days, lastContact, promise, why }

    /// The columns for `width`. The why takes what is left; when that is too little the least
    /// telling columns give way first: the promise status (the tier and the why say it too), the
    /// age (the why gives it for the priority tier), the overdue column narrows (several
    /// currencies end in …), the last contact goes, and last the customer narrows.
    static func layout(_ state: QueueState, _ text: QueueStrings, width: Int) -> [(kind: ColumnKind, column: TableColumn)] {
        let names = text.columns
        let index = state.index
        let wide = width >= 120
        let tierWidth = QueueReason.allCases.map { TextWidth.of(text.tier($0)) }.max() ?? 0
        func fitted(_ title: String, _ widest: Int, cap: Int) -> Int { min(max(TextWidth.of(title), widest), max(cap, TextWidth.of(title))) }
        var customerWidth = fitted(names[1], index.widestCustomer, cap: wide ? 28 : 22)
        var overdueWidth = fitted(names[2], index.widestOverdue, cap: wide ? 26 : 18)
        // The widest date there is: two-digit day, the longest month name.
        let lastContactWidth = max(TextWidth.of(names[4]), TextWidth.of(CivilDate(iso: "2026-11-23")!.formatted(in: state.language)))
        var kinds: [ColumnKind] = [.tier, .customer, .overdue, .days, .lastContact]
        if index.widestPromise > 0 { kinds.append(.promise) }
        kinds.append(.why)
        let whyMinimum = 24
        func fixedWidth(_ kind: ColumnKind) -> Int {
            switch kind {
            case .tier: return max(tierWidth, TextWidth.of(names[0]))
            case .customer: return customerWidth
            case .overdue: return overdueWidth
            case .days: return max(4, TextWidth.of(names[3]))
            case .lastContact: return lastContactWidth
            case .promise: return max(TextWidth.of(names[5]), index.widestPromise)
            case .why: return whyMinimum
            }
        }
        func needed() -> Int { kinds.map(fixedWidth).reduce(0, +) + kinds.count - 1 }
        func narrow(customer: Int, overdue: Int) {
            customerWidth = min(customerWidth, max(customer, TextWidth.of(names[1])))
            overdueWidth = min(overdueWidth, max(overdue, TextWidth.of(names[2])))
        }
        let steps: [() -> Void] = [
            { kinds.removeAll { $0 == .promise } },
            { kinds.removeAll { $0 == .days } },
            { narrow(customer: customerWidth, overdue: 14) },
            { kinds.removeAll { $0 == .lastContact } },
            { narrow(customer: 16, overdue: 10) },
        ]
        for step in steps where needed() > width { step() }
        return kinds.map { kind in
            switch kind {
            case .tier: return (kind, TableColumn(names[0], width: .fixed(fixedWidth(kind))))
            case .customer: return (kind, TableColumn(names[1], width: .fixed(fixedWidth(kind))))
            case .overdue: return (kind, TableColumn(names[2], width: .fixed(fixedWidth(kind)), alignment: .right))
            case .days: return (kind, TableColumn(names[3], width: .fixed(fixedWidth(kind)), alignment: .right))
            case .lastContact: return (kind, TableColumn(names[4], width: .fixed(fixedWidth(kind))))
            case .promise: return (kind, TableColumn(names[5], width: .fixed(fixedWidth(kind))))
            case .why: return (kind, TableColumn(names[6], width: .flexible(minimum: whyMinimum)))
            }
        }
    }

    private static func row(_ entryIndex: Int, in snapshot: QueueSnapshot, state: QueueState, shown: [ColumnKind],
                            text: QueueStrings) -> TableRow {
        let entry = snapshot.entries[entryIndex]
        return TableRow(shown.map { kind -> TableCell in
            switch kind {
            case .tier:
                return TableCell(text.tier(entry.reason), style: tierStyle(entry.reason))
            case .customer:
                return TableCell(QueueIndex.customerText(entry))
            case .overdue:
                return TableCell(QueueIndex.overdueText(entry, language: state.language), style: Style(.normal, bold: true))
            case .days:
                guard let days = entry.overdue.map(\.oldestDays).max() else { return TableCell("") }
                return TableCell(String(days), style: Style(ThemeRole.agingBuckets[AgingBucket(daysPastDue: days).index]))
            case .lastContact:
                return TableCell(lastContact(entry.lastContactAt, queueAt: snapshot.at, state: state, text: text), style: Style(.muted))
            case .promise:
                let status = text.promiseStatus(entry.detail)
                return TableCell(status, style: Style(entry.reason == .brokenPromise ? .error : .warning))
            case .why:
                return TableCell(entry.why(in: state.language))
            }
        })
    }

    /// The tier's colour: callbacks are appointments, broken promises the most urgent, promises
    /// due today next; the priority tier is plain.
    static func tierStyle(_ reason: QueueReason) -> Style {
        switch reason {
        case .callback: return Style(.title, bold: true)
        case .brokenPromise: return Style(.error, bold: true)
        case .promiseDue: return Style(.warning, bold: true)
        case .priority: return Style(.normal)
        }
    }

    /// On the desk's clock: the time when it was the queue's day there, else the date.
    static func lastContact(_ instant: Date?, queueAt: Date, state: QueueState, text: QueueStrings) -> String {
        guard let instant else { return text.never }
        let clock = LocalClock(instant, in: state.timeZone)
        return clock.date == LocalClock(queueAt, in: state.timeZone).date ? clock.time.description : clock.date.formatted(in: state.language)
    }
}
