import CobroDomain
import CobroTerminal

/// The open invoices, oldest due first: age coloured by bucket, disputed ones flagged.
struct InvoiceTableView {
    let invoices: [OpenInvoice]
    let text: AccountStrings
    let language: Language

    func draw(into grid: inout Grid, in area: Rect, state: TableState) {
        TableView(columns: columns(), emptyMessage: text.noOpenInvoices).draw(into: &grid, in: area, state: state, rowCount: invoices.count) { index in
            row(invoices[index])
        }
    }

    /// Columns as wide as their widest value, so the table fits 80 columns.
    private func columns() -> [TableColumn] {
        let names = text.columns
        func fitted(_ title: String, _ values: [String]) -> Int { ([title] + values).map { TextWidth.of($0) }.max() ?? 0 }
        let dates = invoices.flatMap { [$0.issueDate.formatted(in: language), $0.dueDate.formatted(in: language)] }
        return [
            TableColumn(names[0], width: .fixed(fitted(names[0], invoices.map(\.number)))),
            TableColumn(names[1], width: .fixed(fitted(names[1], dates))),
            TableColumn(names[2], width: .fixed(fitted(names[2], dates))),
            TableColumn(names[3], width: .fixed(fitted(names[3], invoices.map { String($0.daysPastDue) })), alignment: .right),
            TableColumn(names[4], width: .fixed(fitted(names[4], invoices.map { $0.amount.formattedNumber(in: language) })), alignment: .right),
            TableColumn(names[5], width: .fixed(fitted(names[5], invoices.map { $0.open.formattedNumber(in: language) })), alignment: .right),
            TableColumn(names[6], width: .fixed(TextWidth.of(names[6]))),
            // The last column takes the slack, so the figures stay next to the number they belong to.
            TableColumn(names[7], width: .flexible(minimum: TextWidth.of(names[7]))),
        ]
    }

    private func row(_ invoice: OpenInvoice) -> TableRow {
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
