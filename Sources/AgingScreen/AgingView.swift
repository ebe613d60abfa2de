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
        let (columns, shown) = layout(state, text, width: tableArea.width)
        let table = TableView(columns: columns, sort: tableSort(state.sort, shown: shown),
                              emptyMessage: state.filter.isEmpty ? text.nothingOwed : text.noMatch)
        table.draw(into: &grid, in: tableArea, state: state.table, rowCount: state.visibleCount) { position in
            row(for: state.customer(at: position)!, in: section, shown: shown, language: state.language)
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

    /// The table's columns, amounts as wide as their widest value. When the window is narrow the
    /// least telling columns go first (unapplied, then the youngest buckets); code, name, balance
    /// and oldest always stay.
    private static func layout(_ state: AgingState, _ text: AgingStrings, width: Int) -> (columns: [TableColumn], shown: [Int]) {
        let names = text.columns
        let widest = state.index?.widestAmounts ?? []
        let section = state.currentSection
        var amountColumns = (0..<AgingRowIndex.amountColumns).map { column -> TableColumn in
            let sample = section.map { $0.money(widest.indices.contains(column) ? widest[column] : 0).formattedNumber(in: state.language) } ?? ""
            return TableColumn(names[column + 2], width: .fixed(max(TextWidth.of(names[column + 2]), TextWidth.of(sample))), alignment: .right)
        }
        let fixed: (TableColumn) -> Int = { if case .fixed(let columns) = $0.width { return columns } else { return 0 } }
        // Room for the sort arrow beside the title.
        let oldest = TableColumn(names[10], width: .fixed(TextWidth.of(names[10]) + 2), alignment: .right)
        var shown = Array(0..<AgingRowIndex.amountColumns)
        let dropOrder = [6, 0, 1, 2, 3, 4]
        for column in dropOrder {
            let needed = 9 + 16 + fixed(oldest) + shown.map { fixed(amountColumns[$0]) }.reduce(0, +) + shown.count + 3
            guard needed > width else { break }
            shown.removeAll { $0 == column }
        }
        amountColumns = shown.map { amountColumns[$0] }
        return ([TableColumn(names[0], width: .fixed(9)), TableColumn(names[1], width: .flexible(minimum: 16))] + amountColumns + [oldest], shown)
    }

    private static func tableSort(_ sort: AgingSort, shown: [Int]) -> TableSort {
        switch sort {
        case .balance: return TableSort(column: 2 + shown.count - 1, ascending: false)
        case .oldest: return TableSort(column: 2 + shown.count, ascending: false)
        case .name: return TableSort(column: 1, ascending: true)
        }
    }

    private static func row(for customer: CustomerAging, in section: CurrencyAging, shown: [Int], language: Language) -> TableRow {
        let figures = customer.figures
        let amounts = AgingRowIndex.amounts(figures)
        let cells = shown.map { column -> TableCell in
            let amount = amounts[column]
            let formatted = section.money(amount).formattedNumber(in: language)
            switch column {
            case 7: return TableCell(formatted, style: Style(.normal, bold: true))
            case 6: return amount == 0 ? TableCell("-", style: Style(.muted)) : TableCell(formatted, style: Style(.success))
            default: return amount == 0 ? TableCell("-", style: Style(.muted)) : TableCell(formatted, style: Style(ThemeRole.agingBuckets[column]))
            }
        }
        let oldest = figures.oldestDaysPastDue.map { TableCell(String($0), style: Style(ThemeRole.agingBuckets[AgingBucket(daysPastDue: $0).index])) }
        return TableRow([TableCell(customer.code), TableCell(customer.name)] + cells + [oldest ?? TableCell("")])
    }
}
