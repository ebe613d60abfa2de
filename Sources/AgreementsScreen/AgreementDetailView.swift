import CobroDomain
import CobroTerminal

/// One agreement opened from the list: its terms, where it stands, and its schedule with what
/// was paid toward each installment.
enum AgreementDetailView {
    /// Title, terms, adjustments, where it stands, the message, a blank.
    static let headerRows = 6

    /// The down payment (when there is one) and the installments.
    static func rowCount(_ summary: AgreementSummary) -> Int { summary.progress.items.count }

    static func draw(_ summary: AgreementSummary, state: AgreementsState, text: AgreementsStrings, into grid: inout Grid, in area: Rect) {
        let language = state.language
        let agreement = summary.agreement
        let (header, tableArea) = area.splitTop(headerRows)
        let x = header.x + 1, width = header.width - 2
        var column = x
        column += grid.put(text.detailTitle(summary.id, code: agreement.customerCode, name: summary.customerName), x: x, y: header.y,
                           style: Style(.title, bold: true), maxWidth: width)
        grid.put("  " + AgreementWords.status(summary.status, in: language), x: column, y: header.y,
                 style: Style(summary.status == .broken ? .error : .warning, bold: true), maxWidth: header.maxX - column - 1)
        grid.put(text.terms(debt: agreement.amount.formatted(in: language), installments: agreement.installments.count,
                            frequency: agreement.frequency, since: agreement.agreementDate.formatted(in: language)),
                 x: x, y: header.y + 1, maxWidth: width)
        grid.put(text.adjustments(down: agreement.downPayment.formatted(in: language), discount: agreement.discount.formatted(in: language),
                                  fee: agreement.fee.formatted(in: language), payable: agreement.payable.formatted(in: language)),
                 x: x, y: header.y + 2, maxWidth: width)
        grid.put(standing(summary, text: text), x: x, y: header.y + 3,
                 style: Style(summary.amountLate.isZero ? .normal : .error, bold: true), maxWidth: width)
        AgreementsView.drawMessage(state.message, into: &grid, x: x, y: header.y + 4, width: width)

        let items = summary.progress.items
        let titles = text.detailColumns
        let cells = items.map { row($0, language: language, text: text) }
        let widths = titles.indices.map { index in max(TextWidth.of(titles[index]), cells.map { TextWidth.of($0[index].text) }.max() ?? 0) }
        let columns = titles.indices.map { index in
            TableColumn(titles[index], width: .fixed(widths[index]), alignment: [0, 2, 3].contains(index) ? .right : .left)
        }
        TableView(columns: columns).draw(into: &grid, in: tableArea, state: state.detailTable, rowCount: items.count) { TableRow(cells[$0]) }
    }

    /// The next installment and what is late, for an agreement still followed.
    private static func standing(_ summary: AgreementSummary, text: AgreementsStrings) -> String {
        guard summary.status == .active || summary.status == .broken else { return text.notFollowed }
        let late = summary.amountLate
        let lateText = late.isZero ? text.nothingLate : text.late(late.formatted(in: text.language))
        return [summary.nextDue.map(text.nextDue), lateText].compactMap { $0 }.joined(separator: " · ")
    }

    private static func row(_ item: InstallmentProgress, language: Language, text: AgreementsStrings) -> [TableCell] {
        let style: Style = switch item.status {
        case .paid: Style(.success)
        case .pending: Style(.normal)
        case .late: Style(.warning, bold: true)
        case .missed: Style(.error, bold: true)
        }
        return [
            TableCell(item.isDownPayment ? text.downPaymentRow : "\(item.number)"),
            TableCell(item.dueDate.formatted(in: language)),
            TableCell(item.amount.formatted(in: language)),
            TableCell(item.paid.formatted(in: language)),
            TableCell(AgreementWords.installmentStatus(item.status, in: language), style: style),
            TableCell(item.paidOn?.formatted(in: language) ?? ""),
        ]
    }
}
