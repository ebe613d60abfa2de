import CobroDomain
import CobroTerminal
import Foundation

/// Draws the audit screen: a title line, then the trail newest first, one entry a row with a
/// one-line summary of what changed; Enter lays the whole entry over the list.
public enum AuditView {
    /// The title line above the list.
    static let titleRows = 1

    /// How many entry rows fit in `area` (the app tells the state on every resize).
    public static func pageSize(in area: Rect) -> Int {
        TableView.pageSize(in: area.splitTop(titleRows).rest)
    }

    public static func render(_ state: AuditState, into grid: inout Grid, in area: Rect) {
        let text = AuditStrings(state.language)
        let (titleLine, listArea) = area.splitTop(titleRows)
        drawTitle(state, text, into: &grid, in: titleLine)
        if let failure = state.failure {
            grid.put(failure, x: area.x + 1, y: listArea.y + 1, style: Style(.error), maxWidth: area.width - 2)
            return
        }
        guard state.loaded else {
            grid.put(text.loading, x: area.x + 1, y: listArea.y + 1, style: Style(.muted))
            return
        }
        let table = TableView(columns: columns(text, width: area.width), emptyMessage: state.filter.isEmpty ? text.empty : text.noMatch)
        table.draw(into: &grid, in: listArea, state: state.table, rowCount: state.entries.count) { position in
            row(state.entries[position], state)
        }
        if case .detail(let scroll) = state.mode, let entry = state.selectedEntry {
            AuditDetailView.render(entry, state: state, scroll: scroll, into: &grid, in: area)
        }
    }

    private static func drawTitle(_ state: AuditState, _ text: AuditStrings, into grid: inout Grid, in line: Rect) {
        var x = line.x + 1
        x += grid.put(state.customer.map(text.customerTitle) ?? text.title, x: x, y: line.y, style: Style(.title, bold: true))
        x += 2
        switch state.mode {
        case .filtering(let field):
            x += grid.put("\(text.filterPrompt) ", x: x, y: line.y, style: Style(.normal))
            field.draw(into: &grid, in: Rect(x: x, y: line.y, width: max(0, min(30, line.maxX - x)), height: 1), focused: true)
        default:
            if !state.filter.isEmpty {
                x += grid.put("\(text.filterPrompt) ", x: x, y: line.y, style: Style(.muted))
                grid.put(state.filter, x: x, y: line.y, style: Style(.warning), maxWidth: max(0, line.maxX - x))
            }
        }
        if !state.reachedEnd, state.loaded, !state.entries.isEmpty {
            grid.put(text.more, x: line.maxX - TextWidth.of(text.more) - 1, y: line.y, style: Style(.muted))
        }
    }

    /// The summary column takes what the others leave; at 120 columns, who and key get room too.
    private static func columns(_ text: AuditStrings, width: Int) -> [TableColumn] {
        let wide = width >= 100
        let titles = text.columns
        return [
            TableColumn(titles[0], width: .fixed(16)),
            TableColumn(titles[1], width: .fixed(wide ? 12 : 8)),
            TableColumn(titles[2], width: .fixed(wide ? 8 : 7)),
            TableColumn(titles[3], width: .fixed(wide ? 10 : 9)),
            TableColumn(titles[4], width: .fixed(wide ? 16 : 10)),
            TableColumn(titles[5], width: .flexible(minimum: 10)),
        ]
    }

    private static func row(_ entry: AuditEntry, _ state: AuditState) -> TableRow {
        TableRow([
            TableCell(AuditTime.text(entry.at, in: state.timeZone)),
            TableCell(entry.user ?? "—", style: entry.user == nil ? Style(.muted) : nil),
            TableCell(entry.action), TableCell(entry.entity), TableCell(entry.key ?? ""),
            TableCell(entry.summary),
        ])
    }
}

/// `2026-11-23 11:30` on the desk's clock: sortable, the same in both languages.
enum AuditTime {
    static func text(_ instant: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        return CivilDate(containing: instant, in: timeZone).iso + " " + String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// With seconds and the zone, for the entry in full.
    static func full(_ instant: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let seconds = calendar.component(.second, from: instant)
        return text(instant, in: timeZone) + String(format: ":%02d ", seconds) + timeZone.identifier
    }
}
