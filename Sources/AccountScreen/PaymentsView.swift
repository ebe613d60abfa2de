import CobroDomain
import CobroTerminal

/// The customer's payments, newest first: what came in, how, and what it named.
struct PaymentsView {
    let payments: [Payment]
    let text: AccountStrings
    let language: Language

    /// `firstRow`: where the clerk has paged to.
    func draw(into grid: inout Grid, in area: Rect, firstRow: Int) {
        let names = text.paymentColumns
        let amounts = payments.map { $0.amount.formatted(in: language) }
        let columns = [
            TableColumn(names[0], width: .fixed(language == .es ? 10 : 11)),
            TableColumn(names[1], width: .fixed(([names[1]] + amounts).map { TextWidth.of($0) }.max() ?? 10), alignment: .right),
            TableColumn(names[2], width: .fixed(13)),
            TableColumn(names[3], width: .flexible(minimum: 10)),
            TableColumn(names[4], width: .flexible(minimum: 8)),
        ]
        TableView(columns: columns, emptyMessage: text.noPayments).draw(into: &grid, in: area, firstRow: firstRow, rowCount: payments.count) { index in
            let payment = payments[index]
            return TableRow([
                TableCell(payment.date.formatted(in: language), style: Style(.muted)),
                TableCell(amounts[index], style: Style(.success)),
                TableCell(text.method(payment.method)),
                TableCell(payment.reference ?? ""),
                TableCell(payment.invoiceNumber ?? ""),
            ])
        }
    }
}
