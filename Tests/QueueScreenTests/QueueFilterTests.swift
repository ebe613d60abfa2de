import CobroDomain
import CobroTerminal
import Foundation
@testable import QueueScreen
import Testing

/// The search keeps what each typed filter matched, and the tier, currency and minimum are read
/// from the queue's index instead of its entries; these tests check that every key still lists
/// exactly what filtering the entries the slow, obvious way would.
@Suite("Queue screen: filtering reuses what was typed before and lists what a fresh filter would")
struct QueueFilterTests {
    /// The fixture's six accounts (every tier) and many more whose names share letters, accents
    /// and case in every mix, owing in euros, dollars or both.
    static let crowd: QueueSnapshot = {
        let words = ["Ibáñez", "Ñandú", "Zeta", "árbol", "Arena", "CAÑA", "rémora", "Muñoz", "Éter", "日本商事", "Sánchez", "zar", "SAN"]
        let more = (0..<90).map { number in
            let name = words[number % words.count] + " " + words[(number * 7 + 3) % words.count]
            let euros = QueueFixture.owes(Int64(1_000 + number * 733 % 90_000), days: 5 + number % 80)
            let dollars = QueueFixture.owes(Int64(2_000 + number * 377 % 50_000), .USD, days: 3 + number % 60)
            let owed = number % 3 == 0 ? [euros] : number % 3 == 1 ? [dollars] : [euros, dollars]
            return QueueFixture.candidate(String(format: "K%03d", number), name, owes: owed)
        }
        return QueueFixture.snapshot(QueueFixture.entries(QueueFixture.candidates + more))
    }()

    /// The codes the filters let through, in queue order, worked out from the entries themselves.
    static func expected(_ state: QueueState) -> [String] {
        let fold = { (text: String) in text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        return state.snapshot!.entries.filter { entry in
            if let tier = state.tier, entry.reason != tier { return false }
            if let currency = state.currency {
                guard let owed = entry.overdue.first(where: { $0.currency == currency }) else { return false }
                if let minimum = state.minimum, minimum.currency == currency, owed.amount.minorUnits < minimum.minorUnits { return false }
            }
            return state.search.isEmpty || fold(entry.code + " " + entry.name).contains(fold(state.search))
        }.map(\.code)
    }

    @Test func everyKeyOfTypingErasingAndChangingTierOrCurrencyListsWhatAFreshFilterWould() {
        var state = loadedState(.en, Self.crowd)
        let typed = { (text: String) -> [Key] in text.map { .character($0) } }
        let erased = { (count: Int) -> [Key] in Array(repeating: .backspace, count: count) }
        var search: [Key] = [.character("/")]
        search += typed("are") + erased(2) + typed("ñan") + erased(4) + typed("K01") + erased(3)
        search += typed("日本") + erased(2) + typed("a") + [.enter]
        var keys = search + [.character("c")] + search
        keys += [.character("t"), .character("t"), .character("t")] + search
        keys += [.character("c"), .character("m")] + typed("200.00") + [.enter] + search
        keys += [.escape] + search
        for key in keys {
            press(key, on: &state)
            #expect(codesListed(state) == Self.expected(state),
                    "after \(key): search \"\(state.search)\", tier \(String(describing: state.tier)), currency \(String(describing: state.currency))")
        }
        #expect(state.minimum == nil && state.currency == nil && state.tier == nil, "Esc cleared the filters before the last search")
    }

    @Test func backspaceGivesBackTheShorterSearchsRowsAndKeepsTheSelectedAccount() {
        var state = loadedState(.en, Self.crowd)
        press(.character("/"), on: &state)
        type("n", on: &state)
        let afterN = codesListed(state)
        #expect(afterN.count > 1 && afterN.count < Self.crowd.entries.count)
        type("a", on: &state)
        #expect(codesListed(state).count > 1 && codesListed(state).count < afterN.count)
        press(.down, on: &state)
        let selected = state.selectedEntry?.code
        press(.backspace, on: &state)
        #expect(codesListed(state) == afterN)
        #expect(state.selectedEntry?.code == selected, "a shorter search lists the selected account too")
        press(.backspace, on: &state)
        #expect(codesListed(state).count == Self.crowd.entries.count)
        #expect(state.selectedEntry?.code == selected)
    }

    @Test func aNewLetterThatHidesTheSelectedAccountSelectsTheFirstRow() {
        var state = loadedState()
        press(.down, on: &state)
        #expect(state.selectedEntry?.code == "C002")
        press(.character("/"), on: &state)
        type("zeta", on: &state)
        #expect(codesListed(state) == ["C003"])
        #expect(state.selectedEntry?.code == "C003")
    }

    @Test func aReloadWhileSearchingFiltersTheNewQueueAndTheNextLetterNarrowsIt() {
        var state = loadedState(.en, Self.crowd)
        press(.character("/"), on: &state)
        type("ar", on: &state)
        _ = QueueFeature.reduce(&state, .loaded(QueueFixture.snapshot()))
        #expect(codesListed(state) == Self.expected(state))
        type("e", on: &state)
        #expect(codesListed(state) == Self.expected(state))
        press(.backspace, .backspace, .backspace, on: &state)
        #expect(codesListed(state) == QueueFixture.queueOrder, "the old queue's rows are not given back")
    }

    @Test func theSearchMatchesTheSameAfterTheLanguageChanges() {
        var state = loadedState(.en, Self.crowd)
        press(.character("/"), on: &state)
        type("ib", on: &state)
        let before = codesListed(state)
        state.language = .es
        type("a", on: &state)
        press(.backspace, on: &state)
        #expect(codesListed(state) == before)
        #expect(codesListed(state) == Self.expected(state))
    }
}
