import CobroDomain
import CobroTerminal

/// Draws the account: the customer's particulars, their balance per currency, and the open
/// invoices, oldest due first.
public enum AccountView {
    /// Rows above the invoice table when the customer owes in `currencies` currencies.
    static func headerRows(currencies: Int) -> Int { 4 + max(1, currencies) + 1 }

    public static func pageSize(_ state: AccountState, in area: Rect) -> Int {
        let rest = area.splitTop(headerRows(currencies: state.snapshot?.balances.count ?? 1) + 1).rest
        return TableView.pageSize(in: invoiceArea(state, in: rest))
    }

    /// The invoices take what they need, up to half of what is left; the contact log the rest.
    private static func invoiceArea(_ state: AccountState, in rest: Rect) -> Rect {
        let wanted = (state.snapshot?.openInvoices.count ?? 0) + 1
        let hasLog = !(state.snapshot?.contactLog.isEmpty ?? true)
        return rest.splitTop(hasLog ? min(max(3, wanted), rest.height / 2) : rest.height).top
    }

    public static func render(_ state: AccountState, into grid: inout Grid, in area: Rect) {
        let text = AccountStrings(state.language)
        guard let snapshot = state.snapshot else {
            grid.put(state.notFound ? text.notFound(state.code) : text.loading, x: area.x + 1, y: area.y + 1,
                     style: Style(state.notFound ? .error : .muted))
            return
        }
        let customer = snapshot.customer
        let (header, rest) = area.splitTop(headerRows(currencies: snapshot.balances.count))
        var y = header.y
        var x = header.x + 1
        x += grid.put("\(customer.code)  ", x: x, y: y, style: Style(.muted))
        x += grid.put(customer.name, x: x, y: y, style: Style(.title, bold: true), maxWidth: header.maxX - x - 16)
        if customer.doNotCall { grid.put("  \(text.doNotCall)", x: x, y: y, style: Style(.error, bold: true)) }
        y += 1
        let particulars = [
            "\(text.status): \(text.statusName(customer.status))",
            "\(text.taxID): \(customer.taxID ?? text.none)",
            "\(text.timeZone): \(customer.timeZone ?? text.none)",
        ].joined(separator: "   ")
        grid.put(particulars, x: header.x + 1, y: y, style: Style(customer.status.isWorkedByDesk ? .normal : .warning),
                 maxWidth: header.width - 2)
        y += 1
        grid.put("\(text.phone): \(customer.phone ?? text.none)   \(text.email): \(customer.email ?? text.none)",
                 x: header.x + 1, y: y, maxWidth: header.width - 2)
        y += 2
        for (currency, figures) in snapshot.balances {
            let money = { (amount: Int64) in Money(minorUnits: amount, currency: currency).formatted(in: state.language) }
            var line = text.balanceLine(currency: currency.code, balance: money(figures.balance), overdue: money(figures.overdue),
                                        oldest: figures.oldestDaysPastDue)
            if figures.unapplied != 0 { line += "; " + text.unapplied(money(figures.unapplied)) }
            grid.put(line, x: header.x + 1, y: y, style: Style(figures.overdue > 0 ? .warning : .normal, bold: true),
                     maxWidth: header.width - 2)
            y += 1
        }
        let (titleLine, belowTitle) = rest.splitTop(1)
        grid.put(text.invoicesTitle, x: titleLine.x + 1, y: titleLine.y, style: Style(.header, bold: true))
        let invoices = snapshot.openInvoices
        let tableArea = invoiceArea(state, in: belowTitle)
        let table = TableView(columns: columns(text, invoices: invoices, language: state.language), emptyMessage: text.noOpenInvoices)
        table.draw(into: &grid, in: tableArea, state: state.invoices, rowCount: invoices.count) { index in
            row(invoices[index], text: text, language: state.language)
        }
        let logArea = Rect(x: belowTitle.x, y: tableArea.maxY, width: belowTitle.width, height: belowTitle.maxY - tableArea.maxY)
        guard !snapshot.contactLog.isEmpty, logArea.height >= 3 else { return }
        let (logTitle, logTable) = logArea.splitTop(2)
        grid.put(text.contactLogTitle, x: logTitle.x + 1, y: logTitle.y + 1, style: Style(.header, bold: true))
        ContactLogView(log: snapshot.contactLog, text: text, language: state.language, timeZone: state.timeZone)
            .draw(into: &grid, in: logTable)
    }

    /// Columns as wide as their widest value, so the table fits 80 columns.
    private static func columns(_ text: AccountStrings, invoices: [OpenInvoice], language: Language) -> [TableColumn] {
        let names = text.columns
        func fitted(_ title: String, _ values: [String]) -> Int { ([title] + values).map { TextWidth.of($0) }.max() ?? 0 }
        let dates = invoices.flatMap { [$0.issueDate.formatted(in: language), $0.dueDate.formatted(in: language)] }
        return [
            TableColumn(names[0], width: .flexible(minimum: 10)),
            TableColumn(names[1], width: .fixed(fitted(names[1], dates))),
            TableColumn(names[2], width: .fixed(fitted(names[2], dates))),
            TableColumn(names[3], width: .fixed(fitted(names[3], invoices.map { String($0.daysPastDue) })), alignment: .right),
            TableColumn(names[4], width: .fixed(fitted(names[4], invoices.map { $0.amount.formattedNumber(in: language) })), alignment: .right),
            TableColumn(names[5], width: .fixed(fitted(names[5], invoices.map { $0.open.formattedNumber(in: language) })), alignment: .right),
            TableColumn(names[6], width: .fixed(TextWidth.of(names[6]))),
            TableColumn(names[7], width: .fixed(TextWidth.of(names[7]))),
        ]
    }

    private static func row(_ invoice: OpenInvoice, text: AccountStrings, language: Language) -> TableRow {
        let ageStyle = Style(ThemeRole.agingBuckets[invoice.bucket.index])
        return TableRow([
            TableCell(invoice.number),
            TableCell(invoice.issueDate.formatted(in: language)),
            TableCell(invoice.dueDate.formatted(in: language), style: ageStyle),
            TableCell(invoice.daysPastDue > 0 ? String(invoice.daysPastDue) : "", style: ageStyle),
            TableCell(invoice.amount.formattedNumber(in: language)),
            TableCell(invoice.open.formattedNumber(in: language), style: Style(.normal, bold: true)),
            TableCell(invoice.amount.currency.code),
            TableCell(invoice.disputed ? text.disputed : "", style: Style(.warning)),
        ])
    }
}
