import CobroDomain
import CobroTerminal
import Foundation
@testable import QueueScreen

/// A queue built the public way, by ranking candidates at Monday 23 Nov 2026 10:00 in New York
/// (16:00 on the desk's clock in Madrid). In queue order:
///
/// | code | tier           | owes                   | last contact                       |
/// |------|----------------|------------------------|------------------------------------|
/// | C001 | callback       | 250.00 EUR, 40 days    | 20 Nov, asked for a call today 09:00 |
/// | C002 | broken_promise | 1,000.00 EUR, 75 days  | 10 Nov, promised 100.00 by 18 Nov, 30.00 paid |
/// | C003 | promise_due    | 300.00 USD, 20 days    | 12 Nov, promised 300.00 USD for today |
/// | C005 | priority       | 2,000.00 USD + 50.00 EUR | never                            |
/// | C004 | priority       | 500.00 EUR, 30 days    | today 04:00 New York (10:00 Madrid), no answer |
/// | C006 | priority       | 120.00 EUR, 10 days    | never                              |
enum QueueFixture {
    static let newYork = TimeZone(identifier: "America/New_York")!
    static let madrid = TimeZone(identifier: "Europe/Madrid")!
    static let now = at("2026-11-23T10:00:00-05:00")

    static func at(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: text) else { fatalError("bad instant \(text)") }
        return date
    }

    static func money(_ minorUnits: Int64, _ currency: Currency = .EUR) -> Money {
        Money(minorUnits: minorUnits, currency: currency)
    }

    static func owes(_ minorUnits: Int64, _ currency: Currency = .EUR, days: Int) -> OverdueAmount {
        OverdueAmount(amount: money(minorUnits, currency), oldestDays: days)
    }

    static func call(_ text: String, _ outcome: ContactOutcome, callback: String? = nil, promise: PromiseToPay? = nil) -> ContactEvent {
        ContactEvent(at: at(text), channel: .call, outcome: outcome, callbackAt: callback.map(at), promise: promise)
    }

    static func candidate(_ code: String, _ name: String, owes overdue: [OverdueAmount], history: [ContactEvent] = [],
                          payments: [DatedPayment] = []) -> QueueCandidate {
        QueueCandidate(code: code, name: name, timeZoneIdentifier: "America/New_York", overdue: overdue,
                       history: history, payments: payments)
    }

    static var candidates: [QueueCandidate] {
        [
            candidate("C004", "Alfa Corp", owes: [owes(50_000, days: 30)],
                      history: [call("2026-11-23T04:00:00-05:00", .noAnswer)]),
            candidate("C001", "Ibáñez y Cía", owes: [owes(25_000, days: 40)],
                      history: [call("2026-11-20T11:00:00-05:00", .callback, callback: "2026-11-23T09:00:00-05:00")]),
            candidate("C002", "Ñandú S.L.", owes: [owes(100_000, days: 75)],
                      history: [call("2026-11-10T11:00:00-05:00", .promise,
                                     promise: PromiseToPay(amount: money(10_000), date: CivilDate(iso: "2026-11-18")!))],
                      payments: [DatedPayment(date: CivilDate(iso: "2026-11-15")!, amount: money(3_000))]),
            candidate("C003", "Zeta Hermanos", owes: [owes(30_000, .USD, days: 20)],
                      history: [call("2026-11-12T11:00:00-05:00", .promise,
                                     promise: PromiseToPay(amount: money(30_000, .USD), date: CivilDate(iso: "2026-11-23")!))]),
            candidate("C005", "Beta Trading Ltd", owes: [owes(5_000, days: 12), owes(200_000, .USD, days: 90)]),
            candidate("C006", "Gamma Servicios", owes: [owes(12_000, days: 10)]),
        ]
    }

    static func entries(_ candidates: [QueueCandidate] = candidates, at instant: Date = now) -> [QueueEntry] {
        CallQueue.rank(candidates, at: instant, deskTimeZone: madrid)
    }

    static func snapshot(_ entries: [QueueEntry] = entries(), laterToday: Int = 2, contactedToday: Int = 5) -> QueueSnapshot {
        QueueSnapshot(at: now, entries: entries, laterToday: laterToday, contactedToday: contactedToday)
    }

    static let queueOrder = ["C001", "C002", "C003", "C005", "C004", "C006"]
}

/// A queue screen with the fixture's queue loaded.
func loadedState(_ language: Language = .en, _ snapshot: QueueSnapshot = QueueFixture.snapshot()) -> QueueState {
    var state = QueueState(language: language, timeZone: QueueFixture.madrid)
    _ = QueueFeature.reduce(&state, .loaded(snapshot))
    return state
}

/// Feeds keys one by one; returns every effect they asked for.
@discardableResult
func press(_ keys: Key..., on state: inout QueueState) -> [QueueEffect] {
    keys.flatMap { QueueFeature.reduce(&state, .key($0)) }
}

/// Types `text` a character at a time.
@discardableResult
func type(_ text: String, on state: inout QueueState) -> [QueueEffect] {
    text.flatMap { QueueFeature.reduce(&state, .key(.character($0))) }
}

/// The codes of the rows the table holds, top to bottom.
func codesListed(_ state: QueueState) -> [String] {
    state.visibleEntries.map(\.code)
}

/// The screen drawn into a grid of this size.
func render(_ state: QueueState, width: Int = 120, height: Int = 40) -> Grid {
    var grid = Grid(width: width, height: height)
    QueueView.render(state, into: &grid, in: grid.bounds)
    return grid
}

/// The screen as text, one string per row.
func screenLines(_ state: QueueState, width: Int = 120, height: Int = 40) -> [String] {
    render(state, width: width, height: height).text.components(separatedBy: "\n")
}

/// The screen as one string, non-breaking spaces (Spanish amounts) made plain.
func screenText(_ state: QueueState, width: Int = 120, height: Int = 40) -> String {
    screenLines(state, width: width, height: height).joined(separator: "\n").replacingOccurrences(of: "\u{00A0}", with: " ")
}

/// The table row that shows `code`, non-breaking spaces made plain.
func tableLine(_ code: String, in lines: [String]) -> String? {
    lines.first { $0.contains(" \(code)  ") }?.replacingOccurrences(of: "\u{00A0}", with: " ")
}

/// The codes of the rows drawn, top to bottom.
func codesOnScreen(_ lines: [String]) -> [String] {
    lines.compactMap { line in
        QueueFixture.queueOrder.first { line.contains(" \($0)  ") }
    }
}

/// The binding that answers `key` on the screen's keymap.
func binding(for key: Key, in state: QueueState) -> KeyBinding<QueueCommand>? {
    QueueFeature.keymap(state).first { $0.keys.contains(key) }
}

/// An amount as the screen writes it, non-breaking spaces made plain.
func shown(_ minorUnits: Int64, _ currency: Currency = .EUR, _ language: Language = .en) -> String {
    Money(minorUnits: minorUnits, currency: currency).formatted(in: language).replacingOccurrences(of: "\u{00A0}", with: " ")
}
