import CobroDomain
import CobroTerminal
import Testing
@testable import QueueScreen

@Suite("Queue screen: what the keys do")
struct QueueKeyTests {
    // MARK: Taking accounts

    @Test func enterTakesTheSelectedAccount() {
        var state = loadedState()
        #expect(press(.enter, on: &state) == [.take(codes: ["C001"])])
        press(.down, .down, on: &state)
        #expect(press(.enter, on: &state) == [.take(codes: ["C003"])])
    }

    @Test func nTakesTheNextAccountOfferingTheWholeQueueInOrder() {
        var state = loadedState()
        press(.end, on: &state)
        #expect(press(.character("n"), on: &state) == [.take(codes: QueueFixture.queueOrder)],
                "the first one nobody holds, whatever is selected")
    }

    @Test func nOffersOnlyWhatTheFiltersLetThroughInQueueOrder() {
        var state = loadedState()
        press(.character("c"), on: &state) // EUR
        #expect(press(.character("n"), on: &state) == [.take(codes: ["C001", "C002", "C005", "C004", "C006"])])
        press(.character("t"), .character("t"), .character("t"), .character("t"), on: &state) // priority
        #expect(press(.character("n"), on: &state) == [.take(codes: ["C005", "C004", "C006"])])
    }

    @Test func withNobodyListedEnterAndNDoNothingAndSayWhy() {
        var state = loadedState(.en, QueueFixture.snapshot([]))
        #expect(press(.enter, on: &state).isEmpty)
        #expect(press(.character("n"), on: &state).isEmpty)
        #expect(binding(for: .enter, in: state)?.disabledReason == "there is no account in the list")
        #expect(binding(for: .character("n"), in: state)?.disabledReason == "there is no account in the list")
    }

    @Test func rReloadsAndTheScreenStartsByLoading() {
        var state = loadedState()
        #expect(QueueFeature.start(state) == [.load])
        #expect(press(.character("r"), on: &state) == [.load])
        #expect(state.isLoading)
        _ = QueueFeature.reduce(&state, .loaded(QueueFixture.snapshot()))
        #expect(!state.isLoading)
    }

    @Test func aRefusedTakeOnlyShowsTheMessageTheDeskReloads() {
        var state = loadedState()
        #expect(QueueFeature.reduce(&state, .takeRefused("C001 was just taken by ana")).isEmpty)
        #expect(state.message == "C001 was just taken by ana")
    }

    // MARK: Moving

    @Test func arrowsJKPagesHomeAndEndMoveTheSelection() {
        var state = loadedState()
        _ = QueueFeature.reduce(&state, .pageSizeChanged(2))
        press(.down, on: &state)
        #expect(state.selectedEntry?.code == "C002")
        press(.character("j"), on: &state)
        #expect(state.selectedEntry?.code == "C003")
        press(.character("k"), on: &state)
        #expect(state.selectedEntry?.code == "C002")
        press(.pageDown, on: &state)
        #expect(state.selectedEntry?.code == "C005")
        press(.end, on: &state)
        #expect(state.selectedEntry?.code == "C006")
        press(.pageUp, on: &state)
        #expect(state.selectedEntry?.code == "C005")
        press(.home, on: &state)
        #expect(state.selectedEntry?.code == "C001")
        press(.up, on: &state)
        #expect(state.selectedEntry?.code == "C001")
    }

    // MARK: Reloads

    @Test func theSelectionSurvivesAReloadWhileItsAccountIsStillThere() {
        var state = loadedState()
        press(.down, .down, .down, .down, on: &state)
        #expect(state.selectedEntry?.code == "C004")
        let withoutTheFirst = QueueFixture.entries(QueueFixture.candidates.filter { $0.code != "C001" })
        _ = QueueFeature.reduce(&state, .loaded(QueueFixture.snapshot(withoutTheFirst)))
        #expect(state.selectedEntry?.code == "C004")
        #expect(state.table.selected == 3)
    }

    @Test func whenTheSelectedAccountLeavesTheQueueTheOneThatTookItsPlaceIsSelected() {
        var state = loadedState()
        press(.down, on: &state)
        let withoutC002 = QueueFixture.entries(QueueFixture.candidates.filter { $0.code != "C002" })
        _ = QueueFeature.reduce(&state, .loaded(QueueFixture.snapshot(withoutC002)))
        #expect(state.selectedEntry?.code == "C003")
    }

    @Test func filtersStayOnAcrossAReload() {
        var state = loadedState()
        press(.character("c"), .character("c"), on: &state) // USD
        _ = QueueFeature.reduce(&state, .loaded(QueueFixture.snapshot()))
        #expect(state.currency == .USD)
        #expect(codesListed(state) == ["C003", "C005"])
    }

    // MARK: Currency filter

    @Test func cCyclesAllThenEachCurrencyByCodeThenAllAgain() {
        var state = loadedState()
        #expect(state.currencies == [.EUR, .USD])
        #expect(binding(for: .character("c"), in: state)?.title == "Currency: all")
        press(.character("c"), on: &state)
        #expect(state.currency == .EUR)
        #expect(binding(for: .character("c"), in: state)?.title == "Currency: EUR")
        #expect(codesListed(state) == ["C001", "C002", "C005", "C004", "C006"])
        #expect(screenLines(state)[0].hasPrefix(" 5 of 6 to call now"))
        press(.character("c"), on: &state)
        #expect(state.currency == .USD)
        #expect(codesListed(state) == ["C003", "C005"])
        press(.character("c"), on: &state)
        #expect(state.currency == nil)
        #expect(codesListed(state) == QueueFixture.queueOrder)
    }

    // MARK: Minimum amount

    @Test func mWithACurrencyChosenKeepsAccountsOwingAtLeastThatMuchInIt() {
        var state = loadedState()
        press(.character("c"), on: &state) // EUR
        press(.character("m"), on: &state)
        #expect(state.isEditingText)
        type("200", on: &state)
        press(.enter, on: &state)
        #expect(!state.isEditingText)
        #expect(state.minimum == QueueFixture.money(20_000))
        #expect(codesListed(state) == ["C001", "C002", "C004"])
        let lines = screenLines(state)
        #expect(lines[0].hasPrefix(" 3 of 6 to call now"))
        #expect(lines[1] == " Currency EUR  Minimum ≥ €200.00")
    }

    @Test func theMinimumIsInclusive() {
        var state = loadedState()
        press(.character("c"), .character("m"), on: &state)
        type("500", on: &state)
        press(.enter, on: &state)
        #expect(codesListed(state) == ["C002", "C004"])
    }

    @Test func withoutACurrencyTheMinimumMustNameOneAndNamingItChoosesIt() {
        var state = loadedState()
        press(.character("m"), on: &state)
        type("200", on: &state)
        press(.enter, on: &state)
        #expect(state.isEditingText, "refused: the queue owes in two currencies")
        #expect(state.minimum == nil)
        #expect(screenLines(state)[1].contains("Say the currency (500 EUR) or choose one with c"))

        press(.backspace, .backspace, .backspace, on: &state)
        type("1000 usd", on: &state)
        press(.enter, on: &state)
        #expect(state.minimum == QueueFixture.money(100_000, .USD))
        #expect(state.currency == .USD)
        #expect(codesListed(state) == ["C005"])
    }

    @Test func withOneCurrencyInTheQueueTheMinimumNeedsNoCode() {
        let euros = QueueFixture.entries(QueueFixture.candidates.filter { !["C003", "C005"].contains($0.code) })
        var state = loadedState(.en, QueueFixture.snapshot(euros))
        press(.character("m"), on: &state)
        type("300", on: &state)
        press(.enter, on: &state)
        #expect(state.minimum == QueueFixture.money(30_000))
        #expect(codesListed(state) == ["C002", "C004"])
    }

    @Test func aBadAmountIsRefusedWithAMessageAndChangesNothing() {
        var state = loadedState()
        press(.character("c"), .character("m"), on: &state)
        type("12.345", on: &state)
        press(.enter, on: &state)
        #expect(state.isEditingText)
        #expect(state.minimum == nil)
        #expect(codesListed(state).count == 5)
        #expect(screenLines(state)[1].contains("'12.345' has more decimals than EUR allows (at most 2 decimals)"))
        #expect(state.hasUnsavedInput)

        press(.escape, on: &state)
        #expect(!state.isEditingText)
        #expect(state.minimum == nil)
        #expect(codesListed(state).count == 5)
    }

    @Test func notACurrencyAndNotMoreThanZeroAreRefusedToo() {
        var state = loadedState()
        press(.character("m"), on: &state)
        type("12 xyz", on: &state)
        press(.enter, on: &state)
        #expect(state.isEditingText)
        #expect(screenLines(state)[1].contains("'xyz' is not a currency"))
        press(.control("u"), on: &state)
        type("0 EUR", on: &state)
        press(.enter, on: &state)
        #expect(state.isEditingText)
        #expect(screenLines(state)[1].contains("the minimum must be more than zero"))
    }

    @Test func keysThatCannotBeInAnAmountAreSwallowed() {
        var state = loadedState()
        press(.character("c"), .character("m"), on: &state)
        #expect(type("/?", on: &state).isEmpty)
        guard case .editingMinimum(let field) = state.mode else {
            Issue.record("left the field")
            return
        }
        #expect(field.text == "")
    }

    @Test func spanishAmountsUseTheDecimalComma() {
        var state = loadedState(.es)
        press(.character("c"), .character("m"), on: &state)
        type("1.000,5", on: &state)
        press(.enter, on: &state)
        #expect(state.minimum == QueueFixture.money(100_050))
        #expect(codesListed(state).isEmpty)

        press(.character("m"), on: &state)
        guard case .editingMinimum(let field) = state.mode else {
            Issue.record("m did not open the field")
            return
        }
        #expect(field.text == "1000,50", "the field opens with the minimum as it can be typed")
        press(.control("u"), on: &state)
        type("200.5", on: &state)
        press(.enter, on: &state)
        #expect(state.isEditingText)
        #expect(screenLines(state)[1].contains("agrupa mal los miles"))
    }

    @Test func anEmptyMinimumClearsIt() {
        var state = loadedState()
        press(.character("c"), .character("m"), on: &state)
        type("200", on: &state)
        press(.enter, .character("m"), .control("u"), .enter, on: &state)
        #expect(state.minimum == nil)
        #expect(state.currency == .EUR, "the currency stays chosen")
        #expect(codesListed(state).count == 5)
    }

    @Test func changingTheCurrencyDropsAMinimumInTheOldOne() {
        var state = loadedState()
        press(.character("c"), .character("m"), on: &state)
        type("200", on: &state)
        press(.enter, .character("c"), on: &state)
        #expect(state.currency == .USD)
        #expect(state.minimum == nil)
        #expect(codesListed(state) == ["C003", "C005"])
    }

    // MARK: Tier filter

    @Test func tCyclesAllThenEachTierInQueueOrder() {
        var state = loadedState()
        #expect(binding(for: .character("t"), in: state)?.title == "Tier: all")
        press(.character("t"), on: &state)
        #expect(codesListed(state) == ["C001"])
        #expect(binding(for: .character("t"), in: state)?.title == "Tier: Callback")
        press(.character("t"), on: &state)
        #expect(codesListed(state) == ["C002"])
        press(.character("t"), on: &state)
        #expect(codesListed(state) == ["C003"])
        press(.character("t"), on: &state)
        #expect(codesListed(state) == ["C005", "C004", "C006"])
        #expect(screenLines(state)[0].hasPrefix(" 3 of 6 to call now"))
        press(.character("t"), on: &state)
        #expect(state.tier == nil)
        #expect(codesListed(state) == QueueFixture.queueOrder)
    }

    // MARK: Text filter

    @Test func slashFiltersByNameAsTypedIgnoringAccentsAndCase() {
        var state = loadedState()
        press(.character("/"), on: &state)
        #expect(state.isEditingText)
        type("NANDU", on: &state)
        #expect(codesListed(state) == ["C002"])
        #expect(screenLines(state)[0].hasPrefix(" 1 of 6 to call now"))
        press(.enter, on: &state)
        #expect(!state.isEditingText)
        #expect(codesListed(state) == ["C002"], "Enter keeps the search")
        #expect(screenLines(state)[1] == " Search “NANDU”")
    }

    @Test func slashFiltersByCodeToo() {
        var state = loadedState()
        press(.character("/"), on: &state)
        type("c00", on: &state)
        #expect(codesListed(state) == QueueFixture.queueOrder)
        type("6", on: &state)
        #expect(codesListed(state) == ["C006"])
        press(.backspace, on: &state)
        #expect(codesListed(state) == QueueFixture.queueOrder)
    }

    @Test func lettersTypedInTheSearchAreTextNotCommands() {
        var state = loadedState()
        press(.character("/"), on: &state)
        let effects = type("ibanez ynr", on: &state)
        #expect(effects.isEmpty, "n and r are text here")
        #expect(state.tier == nil)
        #expect(state.search == "ibanez ynr")
    }

    @Test func escWhileTypingClearsTheSearch() {
        var state = loadedState()
        press(.character("/"), on: &state)
        type("gamma", on: &state)
        press(.escape, on: &state)
        #expect(!state.isEditingText)
        #expect(state.search == "")
        #expect(codesListed(state) == QueueFixture.queueOrder)
    }

    @Test func arrowsMoveTheSelectionWhileTyping() {
        var state = loadedState()
        press(.character("/"), on: &state)
        type("a", on: &state)
        press(.down, on: &state)
        #expect(state.isEditingText)
        #expect(state.selectedEntry?.code == codesListed(state)[1])
        #expect(press(.enter, .enter, on: &state) == [.take(codes: [codesListed(state)[1]])])
    }

    // MARK: Filters together

    @Test func filtersCombineAndKeepTheQueueOrder() {
        var state = loadedState()
        press(.character("c"), on: &state) // EUR
        press(.character("/"), on: &state)
        type("a", on: &state)
        press(.enter, on: &state)
        #expect(codesListed(state) == ["C001", "C002", "C005", "C004", "C006"])
        press(.character("t"), .character("t"), .character("t"), .character("t"), on: &state)
        #expect(codesListed(state) == ["C005", "C004", "C006"])
    }

    @Test func escInBrowsingClearsEveryFilter() {
        var state = loadedState()
        #expect(binding(for: .escape, in: state)?.showsInLegend == false)
        press(.character("c"), .character("t"), on: &state)
        press(.character("/"), on: &state)
        type("ib", on: &state)
        press(.enter, on: &state)
        #expect(binding(for: .escape, in: state)?.showsInLegend == true)
        press(.escape, on: &state)
        #expect(state.currency == nil && state.tier == nil && state.search.isEmpty && state.minimum == nil)
        #expect(codesListed(state) == QueueFixture.queueOrder)
        #expect(screenLines(state)[1] == " No filters")
    }

    @Test func aFilterKeepsTheSelectedAccountWhenItStillShows() {
        var state = loadedState()
        press(.down, .down, .down, .down, on: &state)
        #expect(state.selectedEntry?.code == "C004")
        press(.character("c"), on: &state)
        #expect(state.selectedEntry?.code == "C004")
    }

    // MARK: Text entry and the desk

    @Test func isEditingTextOnlyWhileAFieldHasFocus() {
        var state = loadedState()
        #expect(!state.isEditingText)
        press(.character("/"), on: &state)
        #expect(state.isEditingText)
        #expect(!state.hasUnsavedInput, "the search applies as typed: nothing to lose")
        press(.enter, on: &state)
        #expect(!state.isEditingText)
        press(.character("c"), .character("m"), on: &state)
        #expect(state.isEditingText)
        #expect(!state.hasUnsavedInput)
        type("5", on: &state)
        #expect(state.hasUnsavedInput)
    }

    @Test func theKeymapSpeaksBothLanguagesAndHelpsWithEveryKey() {
        for language in Language.allCases {
            let bindings = QueueFeature.keymap(loadedState(language))
            #expect(bindings.allSatisfy { !$0.title.isEmpty && !$0.help.isEmpty })
        }
        let spanish = loadedState(.es)
        #expect(binding(for: .enter, in: spanish)?.title == "Tomar")
        #expect(binding(for: .character("n"), in: spanish)?.title == "Siguiente")
        #expect(binding(for: .character("c"), in: spanish)?.title == "Moneda: todas")
        #expect(binding(for: .character("t"), in: spanish)?.title == "Tipo: todos")
        #expect(binding(for: .character("m"), in: loadedState(.en))?.help.contains("500 EUR") == true)
    }

    @Test func beforeTheQueueArrivesOnlyReloadWorks() {
        var state = QueueState(language: .en, timeZone: QueueFixture.madrid)
        #expect(press(.enter, .character("n"), .character("/"), .character("m"), on: &state).isEmpty)
        #expect(!state.isEditingText)
        #expect(binding(for: .character("r"), in: state)?.disabledReason == nil)
    }
}
