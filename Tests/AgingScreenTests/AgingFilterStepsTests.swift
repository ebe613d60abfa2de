@testable import AgingScreen
import CobroDomain
import CobroTerminal
import Foundation
import Testing

/// Filtering keeps the result of each typed filter so that Backspace and the next letter do not
/// rescan every customer; these tests check that the kept results are exactly what a fresh scan
/// would give.
@Suite("Aging screen: filtering reuses what was typed before")
struct AgingFilterStepsTests {
    /// Many customers whose names share letters, accents and case in every mix.
    static let crowd: AgingReport = {
        let words = ["Ibáñez", "Ñandú", "Zeta", "árbol", "Arena", "CAÑA", "rémora", "Muñoz", "Éter", "日本商事", "Sánchez", "zar"]
        var builder = AgingReportBuilder(asOf: Fixture.asOf)
        for number in 0..<120 {
            let name = words[number % words.count] + " " + words[(number * 7 + 3) % words.count]
            builder.add(code: String(format: "K%03d", number), name: name, currency: .EUR,
                        ledger: AgingLedger(documents: [Fixture.invoice(Int64(number), "F-\(number)", Int64(1_000 + number * 37 % 500),
                                                                         daysPastDue: number % 150)]))
        }
        return builder.build()
    }()

    /// What the filter must list: the customers in sort order whose code or name contains the
    /// filter, accents and case ignored, worked out the slow, obvious way.
    static func expected(_ state: AgingState, filter: String) -> [String] {
        let fold = { (text: String) in text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        var unfiltered = state
        unfiltered.narrow(to: "")
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
        #expect(afterN.count > 1 && afterN.count < 120)
        type("a", on: &state)
        #expect(codesListed(state).count < afterN.count)
        press(.backspace, on: &state)
        #expect(codesListed(state) == afterN)
        press(.backspace, on: &state)
        #expect(codesListed(state).count == 120)
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

    @Test func searchKeysMatchAnywhereInACodeOrNameAndNothingLongerThanTheKey() {
        let keys = AgingSearchKeys(["C001 Ibáñez Hermanos", "C002 Ñandú S.L.", "C003 日本商事"])
        let all: [Int32] = [0, 1, 2]
        func rows(_ filter: String) -> [Int32] { keys.rows(of: all, containing: Array(AgingSearchKeys.fold(filter).utf8)) }
        #expect(rows("") == all)
        #expect(rows("c00") == all)
        #expect(rows("IBANEZ") == [0])
        #expect(rows("s.l.") == [1])
        #expect(rows("商事") == [2])
        #expect(rows("hermanos") == [0], "the very end of a key")
        #expect(rows("c002 ñandú s.l. and more").isEmpty)
        #expect(keys.rows(of: [2, 0], containing: Array("c00".utf8)) == [2, 0], "the candidates' order is kept")
    }
}
