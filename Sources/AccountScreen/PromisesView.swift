import CobroDomain
import CobroTerminal
import Foundation

/// Promises (newest first, each judged today: pending, kept, broken, with what was paid) and
/// the agreements with their schedules.
struct PromisesView {
    let promises: [PromiseFollowUp]
    let agreements: [(agreement: PaymentAgreement, progress: AgreementProgress)]
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

    private func row(_ item: (agreement: PaymentAgreement, progress: AgreementProgress)) -> TableRow {
        let (agreement, progress) = item
        // A stored active agreement is what its payments make it; the others keep their status.
        let status = agreement.status == .active ? progress.status : agreement.status
        var details = [text.agreementDetail(installments: agreement.installments.count, frequency: agreement.frequency,
                                            down: agreement.downPayment.formatted(in: language))]
        if status == .active, let next = progress.nextDue {
            details.append(text.nextInstallment(next.unpaid.formatted(in: language), due: next.dueDate.formatted(in: language)))
        }
        if progress.amountLate.minorUnits > 0, status == .active || status == .broken {
            details.append(text.lateAmount(progress.amountLate.formatted(in: language)))
        }
        return TableRow([
            TableCell(text.agreement),
            TableCell(agreement.agreementDate.formatted(in: language)),
            TableCell(agreement.amount.formatted(in: language)),
            TableCell(text.agreementStatus(status), style: Style(status == .broken ? .error : status == .completed ? .success : .normal)),
            TableCell(details.joined(separator: " · ")),
        ])
    }
}
