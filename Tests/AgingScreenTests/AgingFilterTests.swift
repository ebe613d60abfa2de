@testable import AgingScreen
import CobroDomain
import CobroTerminal
import Foundation
import Testing

/// Filtering keeps the result of each typed filter so that Backspace and the next letter do not
/// rescan every customer; these tests check that the kept results are exactly what a fresh scan
/// would give.
@Suite("Aging screen: filtering reuses what was typed before")
struct AgingFilterTests {
    /// Many customers whose names share letters, accents and case in every mix, some plain ASCII.
    static let crowd: AgingReport = {
        let words = ["Ibáñez", "Ñandú", "Zeta", "árbol", "Arena", "CAÑA", "rémora", "Muñoz", "Éter", "日本商事", "Sánchez", "zar", "SAN"]
        return report(names: (0..<130).map { number in words[number % words.count] + " " + words[(number * 7 + 3) % words.count] })
    }()

    /// One EUR customer per name, coded K000, K001…, each owing a different amount.
    static func report(names: [String]) -> AgingReport {
        var builder = AgingReportBuilder(asOf: Fixture.asOf)
        for (number, name) in names.enumerated() {
            builder.add(code: String(format: "K%03d", number), name: name, currency: .EUR,
                        ledger: AgingLedger(documents: [Fixture.invoice(Int64(number), "F-\(number)", Int64(1_000 + number * 37 % 500),
                                                                         daysPastDue: number % 150)]))
        }
        return builder.build()
    }

    /// What the filter must list: the customers in sort order whose code or name contains the
    /// filter, accents and case ignored, worked out the slow, obvious way.
    static func expected(_ state: AgingState, filter: String) -> [String] {
        let fold = { (text: String) in text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        var unfiltered = state
        unfiltered.applyFilter("")
        return codesListed(unfiltered).filter { code in
            let customer = unfiltered.currentSection!.customers.first { $0.code == code }!
            return filter.isEmpty || fold(customer.code + " " + customer.name).contains(fold(filter))
        }
    }

    @Test func everyKeyOfTypingAndErasingListsWhatAFreshScanWould() {
        var state = loadedState(report: Self.crowd)
        press(.character("/"), on: &state)
        let keys: [Key] = "are".map { .character($0) } + [.backspace, .backspace, .backspace, .backspace]
            + "ñan".map { .character($0) } + [.backspace] + "nd".map { .character($0) } + [.backspace, .backspace]
            + "K01".map { .character($0) } + [.backspace, .backspace, .backspace] + "日本".map { .character($0) }
        for key in keys {
            press(key, on: &state)
            #expect(codesListed(state) == Self.expected(state, filter: state.filter), "after \(key), filter \"\(state.filter)\"")
        }
    }

    @Test func backspaceGivesBackExactlyTheRowsTheShorterFilterListed() {
        var state = loadedState(report: Self.crowd)
        press(.character("/"), on: &state)
        type("n", on: &state)
        let afterN = codesListed(state)
        #expect(afterN.count > 1 && afterN.count < 130)
        type("a", on: &state)
        #expect(codesListed(state).count < afterN.count)
        press(.backspace, on: &state)
        #expect(codesListed(state) == afterN)
        press(.backspace, on: &state)
        #expect(codesListed(state).count == 130)
    }

    @Test func aNewSortWhileFilteredKeepsTheFilterAndBackspaceThenWidensInTheNewOrder() {
        var state = loadedState(report: Self.crowd)
        press(.character("/"), on: &state)
        type("ez", on: &state)
        press(.enter, .character("s"), on: &state)
        #expect(state.sort == .oldest)
        #expect(codesListed(state) == Self.expected(state, filter: "ez"))
        press(.character("/"), .backspace, on: &state)
        #expect(state.filter == "e")
        #expect(codesListed(state) == Self.expected(state, filter: "e"))
        press(.backspace, on: &state)
        #expect(codesListed(state) == Self.expected(state, filter: ""))
    }

    @Test func aFilterEditedInTheMiddleIsScannedAfresh() {
        var state = loadedState(report: Self.crowd)
        press(.character("/"), on: &state)
        type("zar", on: &state)
        press(.home, on: &state)
        type("a", on: &state)
        #expect(state.filter == "azar")
        #expect(codesListed(state) == Self.expected(state, filter: "azar"))
    }

    @Test func theNameOrderFoldsAccentsAndCaseOfPlainAndAccentedNamesAlike() {
        let names = ["zar", "Éter", "ARENA", "árbol", "Muñoz", "muñeca", "SAN", "Sánchez"]
        var state = loadedState(report: Self.report(names: names))
        press(.character("s"), .character("s"), on: &state)
        let byName = codesListed(state).map { code in names[Int(code.dropFirst())!] }
        #expect(byName == ["árbol", "ARENA", "Éter", "muñeca", "Muñoz", "SAN", "Sánchez", "zar"])
    }
}
