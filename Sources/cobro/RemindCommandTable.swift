import CobroDomain
import CobroTerminal

/// `cobro remind` for people: what went out, then what was left out and why, in es or en.
struct RemindTable {
    let report: RemindReport
    let language: Language

    var text: String {
        let words = RemindWords(language)
        var lines = [words.title(report.asOf.formatted(in: language), sent: report.sent.count, skipped: report.skipped.count, dryRun: report.dryRun)]
        if !report.sent.isEmpty {
            lines += ["", words.sentHeading]
            lines += columns(report.sent.map { [$0.customer, $0.stage, words.channel($0.channel), $0.invoices.joined(separator: ", "), $0.file ?? ""] })
        }
        if !report.skipped.isEmpty {
            lines += ["", words.skippedHeading]
            lines += columns(report.skipped.map { [$0.customerCode, $0.invoiceNumber, words.reason($0.reason)] })
        }
        lines += report.problems.map { "  ! " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    private func columns(_ rows: [[String]]) -> [String] {
        let widths = rows[0].indices.map { column in rows.map { TextWidth.of($0[column]) }.max() ?? 0 }
        return rows.map { cells in
            let line = "  " + cells.enumerated().map { TextWidth.pad($1, to: widths[$0], alignment: .left) }.joined(separator: "  ")
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
    }
}

/// The run's words in Spanish and English; each reason with its code, which scripts match.
struct RemindWords {
    let es: Bool
    init(_ language: Language) { es = language == .es }

    var sentHeading: String { es ? "Enviados" : "Sent" }
    var skippedHeading: String { es ? "Omitidos" : "Skipped" }

    func title(_ day: String, sent: Int, skipped: Int, dryRun: Bool) -> String {
        let counts = es ? "Recordatorios al \(day): \(sent) enviados, \(skipped) facturas omitidas"
            : "Reminders as of \(day): \(sent) sent, \(skipped) invoices skipped"
        guard dryRun else { return counts }
        return counts + (es ? " (simulación: no se ha enviado ni escrito nada)" : " (dry run: nothing sent or written)")
    }

    func channel(_ channel: ContactChannel) -> String {
        switch channel {
        case .email: return es ? "correo" : "e-mail"
        case .letter: return es ? "carta" : "letter"
        case .sms: return "SMS"
        case .call: return es ? "llamada" : "call"
        case .visit: return es ? "visita" : "visit"
        }
    }

    func reason(_ reason: DunningSkipReason) -> String {
        let text: String
        switch reason {
        case .disputed: text = es ? "factura en disputa" : "disputed invoice"
        case .status: text = es ? "cliente en vía legal, agencia o fallido" : "customer in legal, agency or written-off status"
        case .agreement: text = es ? "acuerdo de pago al día" : "payment agreement up to date"
        case .noEmail: text = es ? "sin dirección de correo válida" : "no usable e-mail address"
        case .noPhone: text = es ? "sin teléfono" : "no phone number"
        case .template: text = es ? "la plantilla no se pudo completar" : "the template could not be filled in"
        case .delivery: text = es ? "no se pudo entregar; se reintentará" : "could not be delivered; tried again next run"
        }
        return "\(reason.rawValue): \(text)"
    }
}
