@testable import AccountScreen
import CobroDomain
import CobroTerminal
import Foundation
import Testing

@Suite("Account screen: the contact log, newest first")
struct AccountContactLogTests {
    private static func instant(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    private static func state(_ language: Language) -> AccountState {
        var snapshot = AccountFixture.snapshot
        let promise = PromiseToPay(amount: Money(minorUnits: 20_000, currency: .EUR), date: CivilDate(iso: "2026-11-27")!)
        snapshot.contactLog = [
            (3, ContactLogEntry(customerCode: "C002", user: "ana", at: instant("2026-11-23T09:30:00Z"), channel: .call,
                                outcome: .promise, note: "Paga el viernes", promise: promise)),
            (2, ContactLogEntry(customerCode: "C002", user: "luis", at: instant("2026-11-20T15:00:00Z"), channel: .call,
                                outcome: .voicemail, corrects: 1)),
            (1, ContactLogEntry(customerCode: "C002", user: "luis", at: instant("2026-11-20T15:00:00Z"), channel: .call,
                                outcome: .noAnswer)),
        ]
        var state = AccountState(language: language, code: "C002", asOf: AccountFixture.asOf, timeZone: TimeZone(identifier: "Europe/Madrid")!)
        _ = AccountFeature.reduce(&state, .loaded(snapshot, at: AccountFixture.now))
        return state
    }

    private func lines(_ state: AccountState) -> [String] {
        var grid = Grid(width: 120, height: 40)
        AccountView.render(state, into: &grid, in: grid.bounds)
        return grid.text.components(separatedBy: "\n")
    }

    @Test("entries show newest first, on the desk's clock, with promise, correction and clerk")
    func english() throws {
        let screen = lines(Self.state(.en))
        let title = try #require(screen.firstIndex { $0.contains("[Contact log]") })
        let rows = screen[(title + 2)...].filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(rows.count == 3)
        #expect(rows[0].hasPrefix("23 Nov 2026 10:30"))
        #expect(rows[0].contains("promise") && rows[0].contains("ana") && rows[0].contains("promised €200.00 by 27 Nov 2026"))
        #expect(rows[0].contains("Paga el viernes"))
        #expect(rows[1].contains("voicemail") && rows[1].contains("corrects #1"))
        #expect(rows[2].contains("no answer"))
    }

    @Test("in Spanish, with Spanish dates and amounts")
    func spanish() throws {
        let screen = lines(Self.state(.es))
        #expect(screen.contains { $0.contains("[Contactos]") })
        #expect(screen.contains { $0.hasPrefix("23/11/2026 10:30") && $0.contains("promete 200,00\u{00A0}€ para el 27/11/2026") })
    }
}
