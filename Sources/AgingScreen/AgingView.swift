import CobroDomain
import CobroTerminal

/// Draws the aging screen: the currency's bucket totals as bars, then its customers.
public enum AgingView {
    /// Rows above the table: title, six bucket bars, the totals line and a blank.
    static let summaryRows = 9

    /// How many customer rows fit in `area` (the app tells the state on every resize).
    public static func pageSize(in area: Rect) -> Int {
        TableView.pageSize(in: area.splitTop(summaryRows).rest)
    }

    public static func render(_ state: AgingState, into grid: inout Grid, in area: Rect) {
        let text = AgingStrings(state.language)
        let (summary, tableArea) = area.splitTop(summaryRows)
        drawTitle(state, text, into: &grid, in: summary.splitTop(1).top)
        guard state.report != nil else {
            grid.put(text.loading, x: area.x + 1, y: area.y + 2, style: Style(.muted))
            return
        }
        guard let section = state.currentSection else {
            grid.put(text.nothingOwed, x: area.x + 1, y: area.y + 2, style: Style(.muted))
            return
        }
        drawBuckets(section, state, text, into: &grid, in: summary.splitTop(1).rest)
        let table = TableView(columns: columns(text), sort: tableSort(state.sort),
                              emptyMessage: state.filter.isEmpty ? text.nothingOwed : text.noMatch)
        table.draw(into: &grid, in: tableArea, state: state.table, rowCount: state.visibleCount) { position in
            row(for: state.customer(at: position)!, in: section, language: state.language)
        }
    }

    private static func drawTitle(_ state: AgingState, _ text: AgingStrings, into grid: inout Grid, in line: Rect) {
        var x = line.x + 1
        x += grid.put(text.title(asOf: state.asOf), x: x, y: line.y, style: Style(.title, bold: true))
        if let report = state.report, !report.currencies.isEmpty {
            x += 2
            for (index, section) in report.currencies.enumerated() {
                let active = index == state.currencyIndex
                x += grid.put(" \(section.currency.code) ", x: x, y: line.y, style: Style(active ? .tabActive : .tabInactive, bold: active))
            }
        }
        x += 2
        switch state.mode {
        case .browsing:
            if !state.filter.isEmpty {
                x += grid.put("\(text.filterPrompt) ", x: x, y: line.y, style: Style(.muted))
                grid.put(state.filter, x: x, y: line.y, style: Style(.warning), maxWidth: line.maxX - x)
            }
        case .filtering(let field):
            x += grid.put("\(text.filterPrompt) ", x: x, y: line.y, style: Style(.normal))
            field.draw(into: &grid, in: Rect(x: x, y: line.y, width: min(30, line.maxX - x), height: 1), focused: true)
        case .choosingDate(let field):
            x += grid.put("\(text.datePrompt) ", x: x, y: line.y, style: Style(.normal))
            field.draw(into: &grid, in: Rect(x: x, y: line.y, width: 11, height: 1), focused: true)
            if let message = field.message, !field.text.isEmpty {
                grid.put(message, x: x + 12, y: line.y, style: Style(.error), maxWidth: line.maxX - x - 12)
            }
        }
        if let message = state.message {
            grid.put(message, x: max(x + 2, line.maxX - TextWidth.of(message) - 1), y: line.y, style: Style(.success))
        }
    }

    /// One bar per bucket, scaled to the largest, coloured deeper as debt ages.
    private static func drawBuckets(_ section: CurrencyAging, _ state: AgingState, _ text: AgingStrings,
                                    into grid: inout Grid, in area: Rect) {
        let totals = section.totals
        let amounts = AgingBucket.allCases.map { section.money(totals[$0]).formattedNumber(in: state.language) }
        let amountWidth = max(14, amounts.map { TextWidth.of($0) }.max() ?? 0)
        let labelWidth = 10
        let barWidth = max(0, area.width - labelWidth - amountWidth - 4)
        let largest = AgingBucket.allCases.map { totals[$0] }.max() ?? 0
        for (row, bucket) in AgingBucket.allCases.enumerated() {
            let y = area.y + row
            grid.put(text.bucketLabels[row], x: area.x + 1, y: y, style: Style(.header))
            grid.put(TextWidth.pad(amounts[row], to: amountWidth, alignment: .right), x: area.x + 1 + labelWidth, y: y,
                     style: Style(ThemeRole.agingBuckets[bucket.index]))
            let fraction = largest > 0 ? Double(max(0, totals[bucket])) / Double(largest) : 0
            HorizontalBar(fraction: fraction, style: Style(ThemeRole.agingBuckets[bucket.index]))
                .draw(into: &grid, in: Rect(x: area.x + 3 + labelWidth + amountWidth, y: y, width: barWidth, height: 1))
        }
        let y = area.y + AgingBucket.allCases.count
        let unapplied = section.money(totals.unapplied).formattedNumber(in: state.language)
        let balance = section.money(totals.balance).formattedNumber(in: state.language)
        let line = "\(text.unapplied) \(unapplied)   \(text.balance) \(balance)   "
            + text.customers(state.visibleCount, of: section.customers.count)
        grid.put(line, x: area.x + 1, y: y, style: Style(.normal, bold: true), maxWidth: area.width - 2)
    }

    private static func columns(_ text: AgingStrings) -> [TableColumn] {
        let names = text.columns
        return [TableColumn(names[0], width: .fixed(9)), TableColumn(names[1], width: .flexible(minimum: 16))]
            + names[2..<10].map { TableColumn($0, width: .fixed(12), alignment: .right) }
            + [TableColumn(names[10], width: .fixed(10), alignment: .right)]
    }

    private static func tableSort(_ sort: AgingSort) -> TableSort {
        switch sort {
        case .balance: return TableSort(column: 9, ascending: false)
        case .oldest: return TableSort(column: 10, ascending: false)
        case .name: return TableSort(column: 1, ascending: true)
        }
    }

    private static func row(for customer: CustomerAging, in section: CurrencyAging, language: Language) -> TableRow {
        let figures = customer.figures
        var cells: [TableCell] = [TableCell(customer.code), TableCell(customer.name)]
        for bucket in AgingBucket.allCases {
            let amount = figures[bucket]
            cells.append(amount == 0 ? TableCell("-", style: Style(.muted))
                         : TableCell(section.money(amount).formattedNumber(in: language), style: Style(ThemeRole.agingBuckets[bucket.index])))
        }
        cells.append(figures.unapplied == 0 ? TableCell("-", style: Style(.muted))
                     : TableCell(section.money(figures.unapplied).formattedNumber(in: language), style: Style(.success)))
        cells.append(TableCell(section.money(figures.balance).formattedNumber(in: language), style: Style(.normal, bold: true)))
        cells.append(figures.oldestDaysPastDue.map { TableCell(String($0), style: Style(ThemeRole.agingBuckets[AgingBucket(daysPastDue: $0).index])) }
                     ?? TableCell(""))
        return TableRow(cells)
    }
}
