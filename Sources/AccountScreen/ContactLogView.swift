import CobroDomain
import CobroTerminal
import Foundation

/// The account's contact log as a table, newest first: when (on the desk's clock), channel,
/// outcome, clerk, and the note with any promise, callback or correction it carries.
struct ContactLogView {
    let log: [(id: Int64, entry: ContactLogEntry)]
    let text: AccountStrings
    let language: Language
    let timeZone: TimeZone

    /// `firstRow`: where the clerk has paged to.
    func draw(into grid: inout Grid, in area: Rect, firstRow: Int) {
        let names = text.logColumns
        let columns = [
            TableColumn(names[0], width: .fixed(language == .es ? 16 : 17)),
            TableColumn(names[1], width: .fixed(8)),
            TableColumn(names[2], width: .fixed(language == .es ? 20 : 12)),
            TableColumn(names[3], width: .fixed(8)),
            TableColumn(names[4], width: .flexible(minimum: 12)),
        ]
        TableView(columns: columns, emptyMessage: text.noContacts).draw(into: &grid, in: area, firstRow: firstRow, rowCount: log.count) { index in
            row(log[index])
        }
    }

    private func row(_ item: (id: Int64, entry: ContactLogEntry)) -> TableRow {
        let entry = item.entry
        var details: [String] = []
        if let corrected = entry.corrects { details.append(text.corrects(corrected)) }
        if let promise = entry.promise {
            details.append(text.promised(promise.amount.formatted(in: language), by: promise.date.formatted(in: language)))
        }
        if let callback = entry.callbackAt { details.append(text.callBack(moment(callback))) }
        if let note = entry.note { details.append(note) }
        let outcomeStyle: Style = entry.outcome == .promise || entry.outcome == .paid ? Style(.success)
            : entry.outcome == .refused || entry.outcome == .dispute ? Style(.warning) : Style(.normal)
        return TableRow([
            TableCell(moment(entry.at), style: Style(.muted)),
            TableCell(text.channel(entry.channel)),
            TableCell(text.outcome(entry.outcome), style: outcomeStyle),
            TableCell(entry.user ?? ""),
            TableCell(details.joined(separator: " · ")),
        ])
    }

    private func moment(_ instant: Date) -> String { LocalTime.moment(instant, in: timeZone, language: language) }
}
