import CobroDomain
import CobroTerminal

/// One entry in full, in a box over the list: when, who, what, and every field's value before
/// and after, long values (a template's text) wrapped over as many lines as they need.
enum AuditDetailView {
    static func render(_ entry: AuditEntry, state: AuditState, scroll: Int, into grid: inout Grid, in area: Rect) {
        let text = AuditStrings(state.language)
        let box = area.inset(dx: 2, dy: 1)
        grid.fill(box, style: Style(.dialog))
        let inner = Box.draw(into: &grid, in: box, title: text.entryTitle(entry)).inset(dx: 1)
        guard inner.width > 4 else { return }
        let lines = lines(entry, text, state, width: inner.width)
        let first = min(scroll, max(0, lines.count - inner.height))
        for (offset, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            grid.put(line.text, x: inner.x, y: inner.y + offset, style: line.style, maxWidth: inner.width)
        }
    }

    private struct Line {
        var text: String
        var style: Style
    }

    private static func lines(_ entry: AuditEntry, _ text: AuditStrings, _ state: AuditState, width: Int) -> [Line] {
        var lines = [
            Line(text: "\(text.when): \(AuditTime.full(entry.at, in: state.timeZone))", style: Style(.dialog)),
            Line(text: "\(text.who): \(entry.user ?? text.nobody)", style: Style(.dialog)),
        ]
        if let customer = entry.customer { lines.append(Line(text: "\(text.customer): \(customer)", style: Style(.dialog))) }
        lines.append(Line(text: "", style: Style(.dialog)))
        // Field names take the widest name's room; before and after share the rest.
        let nameWidth = min(20, max(TextWidth.of(text.field), entry.changes.map { TextWidth.of($0.field) }.max() ?? 0))
        let valueWidth = max(4, (width - nameWidth - 2) / 2)
        func cells(_ name: String, _ before: String, _ after: String) -> String {
            TextWidth.pad(TextWidth.truncate(name, to: nameWidth), to: nameWidth, alignment: .left) + " "
                + TextWidth.pad(before, to: valueWidth, alignment: .left) + " " + after
        }
        lines.append(Line(text: cells(text.field, text.before, text.after), style: Style(.header)))
        for change in entry.changes {
            let before = TextWidth.wrap(change.before?.display ?? "", width: valueWidth)
            let after = TextWidth.wrap(change.after?.display ?? "", width: valueWidth)
            for index in 0..<max(1, before.count, after.count) {
                let old = index < before.count ? before[index] : ""
                let new = index < after.count ? after[index] : ""
                let changed = change.before != change.after
                lines.append(Line(text: cells(index == 0 ? change.field : "", old, new), style: Style(changed ? .dialog : .muted)))
            }
        }
        return lines
    }
}
