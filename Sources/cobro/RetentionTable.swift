import CobroDomain
import CobroStore
import CobroTerminal

/// `cobro retention` for people: the rule, the customers it names, what was anonymised.
struct RetentionTable {
    let result: RetentionResult
    let language: Language

    private var es: Bool { language == .es }

    var text: String {
        let period = result.period
        var lines = [es
            ? "Clientes saldados y sin actividad desde hace más de \(period.years) años (al \(period.asOf.formatted(in: language)): última actividad antes del \(period.cutoff.formatted(in: language)))"
            : "Customers settled and inactive for more than \(period.years) years (as of \(period.asOf.formatted(in: language)): last activity before \(period.cutoff.formatted(in: language)))"]
        guard !result.candidates.isEmpty else {
            lines.append(es ? "  Ninguno." : "  None.")
            return lines.joined(separator: "\n") + "\n"
        }
        let header = es ? ["código", "nombre", "última actividad", "anonimizado"] : ["code", "name", "last activity", "anonymised"]
        let rows = result.candidates.map { candidate in
            [candidate.code, candidate.name, candidate.lastActivity.formatted(in: language),
             candidate.anonymisedAt.map { CivilDate(containing: $0, in: .gmt).formatted(in: language) } ?? "—"]
        }
        lines += columns([header] + rows)
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    private var summary: String {
        if let done = result.anonymised {
            return es ? "Anonimizados \(done.customers.count) clientes (\(done.contactTexts) textos de contactos, \(done.auditValues) valores de auditoría)."
                : "Anonymised \(done.customers.count) customers (\(done.contactTexts) contact texts, \(done.auditValues) audit values)."
        }
        let waiting = result.candidates.filter { $0.anonymisedAt == nil }.count
        return es ? "\(waiting) por anonimizar: repita con --anonymise (solo el propietario)."
            : "\(waiting) to anonymise: run again with --anonymise (owner only)."
    }

    private func columns(_ rows: [[String]]) -> [String] {
        let widths = rows[0].indices.map { column in rows.map { TextWidth.of($0[column]) }.max() ?? 0 }
        return rows.map { cells in
            let line = "  " + cells.enumerated().map { TextWidth.pad($1, to: widths[$0], alignment: .left) }.joined(separator: "  ")
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
    }
}
