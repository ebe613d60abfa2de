@testable import AgingScreen
import CobroDomain
import CobroTerminal
import Foundation

/// A small portfolio as of 23 Nov 2026, aged through the domain's own rules.
///
/// EUR, by balance:  C003 日本商事 12,345.67 (31-60, 45 days) · C001 Ibáñez Hermanos 1,234.56 (1-30, 10 days)
///                   · C002 Ñandú S.L. 600.00 (500.00 in 120+ at 130 days, 100.00 current) · C004 Zeta Ltd -25.00 unapplied
/// USD:              C001 Ibáñez Hermanos 300.00 (91-120, 100 days)
/// C005 Pagado SA has paid everything and is left out of the report.
enum Fixture {
    static let asOf = CivilDate(iso: "2026-11-23")!

    /// An invoice of `cents` due `daysPastDue` days before the report date (negative: not yet due).
    static func invoice(_ id: Int64, _ number: String, _ cents: Int64, daysPastDue: Int) -> AgingDocument {
        let due = asOf.adding(days: -daysPastDue)
        return AgingDocument(id: id, number: number, issueDate: due.adding(days: -30), dueDate: due, amount: cents)
    }

    static func creditNote(_ id: Int64, _ number: String, _ cents: Int64) -> AgingDocument {
        AgingDocument(id: id, number: number, issueDate: asOf.adding(days: -3), dueDate: asOf.adding(days: -3), amount: -cents)
    }

    static func report(asOf date: CivilDate = asOf, currencies: Set<String> = ["EUR", "USD"]) -> AgingReport {
        var builder = AgingReportBuilder(asOf: date)
        if currencies.contains("EUR") {
            builder.add(code: "C001", name: "Ibáñez Hermanos", currency: .EUR,
                        ledger: AgingLedger(documents: [invoice(1, "F-101", 123_456, daysPastDue: 10)]))
            builder.add(code: "C002", name: "Ñandú S.L.", currency: .EUR,
                        ledger: AgingLedger(documents: [invoice(2, "F-201", 50_000, daysPastDue: 130),
                                                        invoice(3, "F-202", 10_000, daysPastDue: -5)]))
            builder.add(code: "C003", name: "日本商事", currency: .EUR,
                        ledger: AgingLedger(documents: [invoice(4, "F-301", 1_234_567, daysPastDue: 45)]))
            builder.add(code: "C004", name: "Zeta Ltd", currency: .EUR,
                        ledger: AgingLedger(documents: [creditNote(5, "CN-401", 2_500)]))
            builder.add(code: "C005", name: "Pagado SA", currency: .EUR,
                        ledger: AgingLedger(documents: [invoice(6, "F-501", 1_000, daysPastDue: 20)],
                                            payments: [AgingPayment(date: asOf.adding(days: -1), amount: 1_000, invoiceID: 6)]))
        }
        if currencies.contains("USD") {
            builder.add(code: "C001", name: "Ibáñez Hermanos", currency: .USD,
                        ledger: AgingLedger(documents: [invoice(7, "F-102", 30_000, daysPastDue: 100)]))
        }
        return builder.build()
    }

    /// A report in which everyone has paid: nothing is owed.
    static var settledReport: AgingReport {
        var builder = AgingReportBuilder(asOf: asOf)
        builder.add(code: "C005", name: "Pagado SA", currency: .EUR,
                    ledger: AgingLedger(documents: [invoice(6, "F-501", 1_000, daysPastDue: 20)],
                                        payments: [AgingPayment(date: asOf.adding(days: -1), amount: 1_000)]))
        return builder.build()
    }
}

/// The aging screen after its report has arrived.
func loadedState(_ language: Language = .en, report: AgingReport = Fixture.report()) -> AgingState {
    var state = AgingState(language: language, asOf: report.asOf)
    _ = AgingFeature.reduce(&state, .reportLoaded(report))
    return state
}

/// Feeds keys one by one; returns every effect they asked for.
@discardableResult
func press(_ keys: Key..., on state: inout AgingState) -> [AgingEffect] {
    keys.flatMap { AgingFeature.reduce(&state, .key($0)) }
}

/// Types `text` a character at a time.
@discardableResult
func type(_ text: String, on state: inout AgingState) -> [AgingEffect] {
    text.flatMap { AgingFeature.reduce(&state, .key(.character($0))) }
}

/// The codes of the rows the table holds, top to bottom.
func codesListed(_ state: AgingState) -> [String] {
    (0..<state.visibleCount).compactMap { state.customer(at: $0)?.code }
}

/// The screen drawn into a grid of this size, one string per row.
func screenLines(_ state: AgingState, width: Int = 120, height: Int = 40) -> [String] {
    var grid = Grid(width: width, height: height)
    AgingView.render(state, into: &grid, in: grid.bounds)
    return grid.text.components(separatedBy: "\n")
}

/// The codes of the customer rows drawn on screen, top to bottom.
func codesOnScreen(_ lines: [String]) -> [String] {
    lines.filter { $0.hasPrefix("C0") }.map { String($0.prefix(4)) }
}

/// The screen row of the table that shows `code`.
func tableLine(_ code: String, in lines: [String]) -> String? {
    lines.first { $0.hasPrefix(code + " ") }
}

/// The bar line of a bucket: the first line whose label is `label`.
func bucketLine(_ label: String, in lines: [String]) -> String? {
    lines.first { $0.hasPrefix(" " + label + " ") }
}

/// The binding that answers `key` on the screen's keymap.
func binding(for key: Key, in state: AgingState) -> KeyBinding<AgingCommand>? {
    AgingFeature.keymap(state).first { $0.keys.contains(key) }
}

/// Whether the screen is taking filter text.
func isFiltering(_ state: AgingState) -> Bool {
    if case .filtering = state.mode { return true }
    return false
}

/// Whether the screen is taking a date.
func isChoosingDate(_ state: AgingState) -> Bool {
    if case .choosingDate = state.mode { return true }
    return false
}

/// The amount as the screen writes it for `section`.
func shown(_ amount: Int64, _ section: CurrencyAging, _ language: Language) -> String {
    section.money(amount).formattedNumber(in: language)
}
