import CobroDomain
import CobroTerminal
import Foundation

/// Promises (newest first, each judged today: pending, kept, broken, with what was paid) and
/// the agreements with their schedules.
struct PromisesView {
    let promises: [PromiseFollowUp]
    let agreements: [PaymentAgreement]
    let text: AccountStrings
    let language: Language
    let timeZone: TimeZone

    /// `firstRow`: where the clerk has paged to.
    func draw(into grid: inout Grid, in area: Rect, firstRow: Int) {
        let names = text.promiseColumns
        let columns = [
            TableColumn(names[0], width: .fixed(max(TextWidth.of(text.promise), TextWidth.of(text.agreement)))),
            TableColumn(names[1], width: .fixed(language == .es ? 10 : 11)),
            TableColumn(names[2], width: .fixed(14), alignment: .right),
            TableColumn(names[3], width: .fixed(10)),
            TableColumn(names[4], width: .flexible(minimum: 12)),
        ]
        let rows = promises.map(row) + agreements.map(row)
        TableView(columns: columns, emptyMessage: text.noPromises).draw(into: &grid, in: area, firstRow: firstRow, rowCount: rows.count) {
            rows[$0]
        }
    }

    private func row(_ followUp: PromiseFollowUp) -> TableRow {
        let evaluation = followUp.evaluation
        let style: Style
        switch evaluation.status {
        case .kept: style = Style(.success)
        case .broken: style = Style(.error)
        case .pending: style = Style(.warning)
        }
        return TableRow([
            TableCell(text.promise),
            TableCell(followUp.promise.date.formatted(in: language)),
            TableCell(followUp.promise.amount.formatted(in: language)),
            TableCell(text.promiseStatus(evaluation.status), style: style),
            TableCell(text.promiseDetail(made: CivilDate(containing: followUp.madeAt, in: timeZone).formatted(in: language),
                                         paid: evaluation.paid.formatted(in: language), missing: evaluation.missing.formatted(in: language))),
        ])
    }

    private func row(_ agreement: PaymentAgreement) -> TableRow {
        TableRow([
            TableCell(text.agreement),
            TableCell(agreement.agreementDate.formatted(in: language)),
            TableCell(agreement.amount.formatted(in: language)),
            TableCell(text.agreementStatus(agreement.status), style: Style(agreement.status == .broken ? .error : .normal)),
            TableCell(text.agreementDetail(installments: agreement.installments.count, frequency: agreement.frequency,
                                           down: agreement.downPayment.formatted(in: language))),
        ])
    }
}
