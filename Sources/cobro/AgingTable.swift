import CobroDomain
import CobroTerminal

/// The aging report as aligned columns for people: per currency, the largest balances first,
/// amounts grouped in the reader's language, a totals row and the oldest debt called out.
struct AgingTable {
    let report: AgingReport
    let language: Language

    private static let nameWidth = 28

    var text: String {
        let labels = AgingTableLabels(language)
        guard !report.currencies.isEmpty else { return labels.nothingOwed(report.asOf.formatted(in: language)) + "\n" }
        return report.currencies.map { section(for: $0, labels: labels) }.joined(separator: "\n")
    }

    private func section(for section: CurrencyAging, labels: AgingTableLabels) -> String {
        let customers = section.customers.sorted { lhs, rhs in
            lhs.figures.balance != rhs.figures.balance ? lhs.figures.balance > rhs.figures.balance
                : lhs.code.utf8.lexicographicallyPrecedes(rhs.code.utf8)
        }
        let rows = customers.map { customer in
            [customer.code, TextWidth.truncate(customer.name, to: AgingTable.nameWidth)]
                + amounts(customer.figures, section) + [customer.figures.oldestDaysPastDue.map(String.init) ?? ""]
        }
        let totalRow = ["Total", labels.customerCount(customers.count)] + amounts(section.totals, section)
            + [section.totals.oldestDaysPastDue.map(String.init) ?? ""]
        let header = labels.columns
        let widths = header.indices.map { column in
            (rows + [header, totalRow]).map { TextWidth.of($0[column]) }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                TextWidth.pad(cell, to: widths[column], alignment: column < 2 ? .left : .right)
            }.joined(separator: "  ")
        }
        let rule = String(repeating: "─", count: widths.reduce(0, +) + 2 * (widths.count - 1))
        var lines = [labels.title(section.currency.code, report.asOf.formatted(in: language)), line(header), rule]
        lines += rows.map(line)
        lines += [rule, line(totalRow)]
        if let oldest = customers.filter({ $0.figures.oldestDaysPastDue != nil })
            .max(by: { ($0.figures.oldestDaysPastDue!, $1.figures.balance) < ($1.figures.oldestDaysPastDue!, $0.figures.balance) }) {
            lines.append(labels.oldestDebt(oldest.code, oldest.name, oldest.figures.oldestDaysPastDue!))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Bucket and unapplied zeros show as `-` so that what is owed stands out; the balance always shows.
    private func amounts(_ figures: AgingFigures, _ section: CurrencyAging) -> [String] {
        (AgingBucket.allCases.map { figures[$0] } + [figures.unapplied]).map { $0 == 0 ? "-" : section.money($0).formattedNumber(in: language) }
            + [section.money(figures.balance).formattedNumber(in: language)]
    }
}

/// The table's words in Spanish and English.
struct AgingTableLabels {
    let language: Language
    init(_ language: Language) { self.language = language }

    var columns: [String] {
        switch language {
        case .es: return ["Código", "Cliente", "Corriente", "1-30", "31-60", "61-90", "91-120", "120+", "Sin aplicar", "Saldo", "Días máx."]
        case .en: return ["Code", "Customer", "Current", "1-30", "31-60", "61-90", "91-120", "120+", "Unapplied", "Balance", "Oldest"]
        }
    }

    func title(_ currency: String, _ date: String) -> String {
        language == .es ? "Antigüedad de saldos en \(currency) al \(date)" : "Aging in \(currency) as of \(date)"
    }

    func customerCount(_ count: Int) -> String {
        switch language {
        case .es: return count == 1 ? "1 cliente" : "\(count) clientes"
        case .en: return count == 1 ? "1 customer" : "\(count) customers"
        }
    }

    func oldestDebt(_ code: String, _ name: String, _ days: Int) -> String {
        language == .es ? "Deuda más antigua: \(code) \(name), \(days) días vencida"
            : "Oldest debt: \(code) \(name), \(days) days past due"
    }

    func nothingOwed(_ date: String) -> String {
        language == .es ? "Nadie debe nada al \(date)." : "Nothing is owed as of \(date)."
    }
}
