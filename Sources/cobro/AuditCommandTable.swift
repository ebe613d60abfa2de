import CobroDomain
import CobroTerminal
import Foundation

/// `cobro audit` for people, readable at 80 columns: one line per entry (when in the desk's zone,
/// who, what, which entity), and under it what changed, before → after.
struct AuditTable {
    let entries: [AuditEntry]
    let language: Language
    let timeZone: TimeZone

    static let width = 80
    /// Caps so that one long user name or key does not push the others off the line: with the
    /// gaps, 80 columns.
    private static let caps = [16, 12, 8, 14, 22]

    var text: String {
        let labels = AuditTableLabels(language)
        guard !entries.isEmpty else { return labels.empty + "\n" }
        let rows = entries.map { entry in
            [AuditTable.when(entry.at, in: timeZone), entry.user ?? "—", entry.action, entry.entity, entry.key ?? ""]
        }
        let widths = labels.columns.indices.map { column in
            min(AuditTable.caps[column], (rows + [labels.columns]).map { TextWidth.of($0[column]) }.max() ?? 0)
        }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { TextWidth.pad(TextWidth.truncate($0, to: $1), to: $1, alignment: .left) }
                .joined(separator: "  ").trimmingTrailingSpaces
        }
        var lines = [line(labels.columns), String(repeating: "─", count: min(AuditTable.width, widths.reduce(0, +) + 2 * (widths.count - 1)))]
        for (entry, row) in zip(entries, rows) {
            lines.append(line(row))
            let change = entry.summary
            if !change.isEmpty { lines.append("  " + TextWidth.truncate(change, to: AuditTable.width - 2)) }
        }
        lines.append(labels.count(entries.count))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2026-11-23 11:30` on the desk's clock.
    static func when(_ instant: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        let day = CivilDate(containing: instant, in: timeZone)
        return day.iso + " " + String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// The table's words in Spanish and English.
struct AuditTableLabels {
    let language: Language
    init(_ language: Language) { self.language = language }

    var columns: [String] {
        switch language {
        case .es: return ["Cuándo", "Quién", "Acción", "Entidad", "Clave"]
        case .en: return ["When", "Who", "Action", "Entity", "Key"]
        }
    }

    var empty: String {
        language == .es ? "El registro de auditoría no tiene entradas para esta consulta." : "The audit trail has no entries for this query."
    }

    func count(_ count: Int) -> String {
        switch language {
        case .es: return count == 1 ? "1 entrada" : "\(count) entradas"
        case .en: return count == 1 ? "1 entry" : "\(count) entries"
        }
    }
}
