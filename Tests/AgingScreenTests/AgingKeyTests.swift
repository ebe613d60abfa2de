@testable import AgingScreen
import CobroDomain
import CobroTerminal
import Testing

@Suite("Aging screen: what the keys do")
struct AgingKeyTests {
    // MARK: Sort

    @Test func sortStartsWithTheLargestBalance() {
        let state = loadedState()
        #expect(state.sort == .balance)
        #expect(codesListed(state) == ["C003", "C001", "C002", "C004"])
    }

    @Test func sKeyCyclesBalanceThenOldestThenNameThenBalanceAgain() {
        var state = loadedState()
        press(.character("s"), on: &state)
        #expect(state.sort == .oldest)
        #expect(codesListed(state) == ["C002", "C003", "C001", "C004"], "130, 45, 10 days, then the one with nothing overdue")
        #expect(codesOnScreen(screenLines(state)) == codesListed(state))

        press(.character("s"), on: &state)
        #expect(state.sort == .name)
        #expect(codesListed(state) == ["C001", "C002", "C004", "C003"], "Ibáñez, Ñandú, Zeta, 日本商事: accents fold to their letter")
        #expect(codesOnScreen(screenLines(state)) == codesListed(state))

        press(.character("s"), on: &state)
        #expect(state.sort == .balance)
        #expect(codesListed(state) == ["C003", "C001", "C002", "C004"])
    }

    @Test func sortingKeepsTheSelectedCustomerSelected() {
        var state = loadedState()
        press(.down, on: &state)
        #expect(state.selectedCustomer?.code == "C001")
        press(.character("s"), on: &state)
        #expect(state.selectedCustomer?.code == "C001")
        #expect(state.table.selected == 2)
    }

    @Test func theLegendNamesTheCurrentSort() {
        var state = loadedState()
        #expect(binding(for: .character("s"), in: state)?.title == "Sort: balance")
        press(.character("s"), on: &state)
        #expect(binding(for: .character("s"), in: state)?.title == "Sort: oldest")
        press(.character("s"), on: &state)
        #expect(binding(for: .character("s"), in: state)?.title == "Sort: name")
    }

    // MARK: Filter

    @Test func slashThenTypingFiltersIgnoringAccentsAndCase() {
        var state = loadedState()
        press(.character("/"), on: &state)
        #expect(isFiltering(state))
        type("ibanez", on: &state)
        #expect(codesListed(state) == ["C001"])

        press(.escape, on: &state)
        press(.character("/"), on: &state)
        type("ÑANDU", on: &state)
        #expect(codesListed(state) == ["C002"])
    }

    @Test func theFilterMatchesCodesAndWideNamesToo() {
        var state = loadedState()
        press(.character("/"), on: &state)
        type("c004", on: &state)
        #expect(codesListed(state) == ["C004"])
        press(.escape, on: &state)
        press(.character("/"), on: &state)
        type("日本", on: &state)
        #expect(codesListed(state) == ["C003"])
    }

    @Test func typingNarrowsAndBackspaceWidens() {
        var state = loadedState()
        press(.character("/"), on: &state)
        type("e", on: &state)
        #expect(codesListed(state) == ["C001", "C004"])
        type("z", on: &state)
        #expect(codesListed(state) == ["C001"])
        press(.backspace, on: &state)
        #expect(state.filter == "e")
        #expect(codesListed(state) == ["C001", "C004"])
        press(.backspace, on: &state)
        #expect(codesListed(state) == ["C003", "C001", "C002", "C004"])
    }

    @Test func lettersTypedIntoTheFilterAreTextNotCommands() {
        var state = loadedState()
        press(.character("/"), on: &state)
        let effects = type("sex", on: &state)
        #expect(effects.isEmpty, "e did not export")
        #expect(state.sort == .balance, "s did not sort")
        #expect(state.filter == "sex")
        #expect(isFiltering(state))
    }

    @Test func enterKeepsTheFilterAndGoesBackToBrowsing() {
        var state = loadedState()
        press(.character("/"), on: &state)
        type("e", on: &state)
        press(.enter, on: &state)
        #expect(!isFiltering(state))
        #expect(state.filter == "e")
        #expect(codesListed(state) == ["C001", "C004"])
        #expect(screenLines(state)[7].hasSuffix("2 of 4 customers"))
        // Keys are commands again.
        press(.character("s"), on: &state)
        #expect(state.sort == .oldest)
        #expect(codesListed(state) == ["C001", "C004"], "the filter survives a re-sort")
    }

    @Test func escWhileTypingClearsTheFilter() {
        var state = loadedState()
        press(.character("/"), on: &state)
        type("ib", on: &state)
        press(.escape, on: &state)
        #expect(!isFiltering(state))
        #expect(state.filter.isEmpty)
        #expect(codesListed(state).count == 4)
    }

    @Test func xClearsAKeptFilterAndIsDisabledWithoutOne() {
        var state = loadedState()
        #expect(binding(for: .character("x"), in: state)?.disabledReason == "there is no filter")
        #expect(binding(for: .character("x"), in: state)?.showsInLegend == false)
        press(.character("/"), on: &state)
        type("zeta", on: &state)
        press(.enter, on: &state)
        #expect(codesListed(state) == ["C004"])
        #expect(binding(for: .character("x"), in: state)?.disabledReason == nil)
        #expect(binding(for: .character("x"), in: state)?.showsInLegend == true)
        press(.character("x"), on: &state)
        #expect(state.filter.isEmpty)
        #expect(codesListed(state) == ["C003", "C001", "C002", "C004"])
    }

    @Test func slashStartsFromTheKeptFilter() {
        var state = loadedState()
        press(.character("/"), on: &state)
        type("e", on: &state)
        press(.enter, on: &state)
        press(.character("/"), on: &state)
        type("z", on: &state)
        #expect(state.filter == "ez")
        #expect(codesListed(state) == ["C001"])
    }

    // MARK: Currency

    @Test func rightAndCGoToTheNextCurrencyAndLeftComesBack() {
        var state = loadedState()
        #expect(state.currentSection?.currency == .EUR)
        press(.right, on: &state)
        #expect(state.currentSection?.currency == .USD)
        #expect(codesListed(state) == ["C001"])
        press(.left, on: &state)
        #expect(state.currentSection?.currency == .EUR)
        press(.character("c"), on: &state)
        #expect(state.currentSection?.currency == .USD)
        press(.character("c"), on: &state)
        #expect(state.currentSection?.currency == .EUR, "after the last currency comes the first")
        press(.left, on: &state)
        #expect(state.currentSection?.currency == .USD, "before the first currency comes the last")
    }

    @Test func withOneCurrencyTheCurrencyKeysAreDisabledAndSayWhy() {
        var state = loadedState(report: Fixture.report(currencies: ["EUR"]))
        #expect(binding(for: .character("c"), in: state)?.disabledReason == "there is only one currency")
        #expect(binding(for: .right, in: state)?.disabledReason == "there is only one currency")
        #expect(binding(for: .left, in: state)?.disabledReason == "there is only one currency")
        press(.right, .character("c"), .left, on: &state)
        #expect(state.currentSection?.currency == .EUR)

        let spanish = loadedState(.es, report: Fixture.report(currencies: ["EUR"]))
        #expect(binding(for: .character("c"), in: spanish)?.disabledReason == "solo hay una moneda")
    }

    @Test func withTwoCurrenciesTheCurrencyKeysAreEnabled() {
        let state = loadedState()
        #expect(binding(for: .character("c"), in: state)?.disabledReason == nil)
        #expect(binding(for: .left, in: state)?.disabledReason == nil)
    }

    // MARK: Selection

    @Test func downJPageDownAndEndMoveTheSelection() {
        var state = loadedState()
        _ = AgingFeature.reduce(&state, .pageSizeChanged(2))
        #expect(state.selectedCustomer?.code == "C003")
        press(.down, on: &state)
        #expect(state.selectedCustomer?.code == "C001")
        press(.character("j"), on: &state)
        #expect(state.selectedCustomer?.code == "C002")
        press(.character("k"), on: &state)
        #expect(state.selectedCustomer?.code == "C001")
        press(.up, on: &state)
        #expect(state.selectedCustomer?.code == "C003")
        press(.pageDown, on: &state)
        #expect(state.selectedCustomer?.code == "C002")
        press(.pageUp, on: &state)
        #expect(state.selectedCustomer?.code == "C003")
        press(.end, on: &state)
        #expect(state.selectedCustomer?.code == "C004")
        press(.down, .down, on: &state)
        #expect(state.selectedCustomer?.code == "C004", "the selection stops at the last row")
        press(.home, on: &state)
        #expect(state.selectedCustomer?.code == "C003")
        press(.up, on: &state)
        #expect(state.selectedCustomer?.code == "C003", "the selection stops at the first row")
    }

    @Test func enterOpensTheAccountOfTheSelectedRow() {
        var state = loadedState()
        #expect(press(.enter, on: &state) == [.openAccount(code: "C003")])
        press(.down, .down, on: &state)
        #expect(press(.enter, on: &state) == [.openAccount(code: "C002")])
    }

    @Test func enterOnAFilteredRowOpensThatRow() {
        var state = loadedState()
        press(.character("/"), on: &state)
        type("zeta", on: &state)
        press(.enter, on: &state)
        #expect(press(.enter, on: &state) == [.openAccount(code: "C004")])
    }

    @Test func withNoRowsEnterAndExportAreDisabledAndDoNothing() {
        var state = loadedState()
        press(.character("/"), on: &state)
        type("nobody", on: &state)
        press(.enter, on: &state)
        #expect(state.visibleCount == 0)
        #expect(binding(for: .enter, in: state)?.disabledReason == "there is no customer in the list")
        #expect(binding(for: .character("e"), in: state)?.disabledReason == "there is no customer in the list")
        #expect(press(.enter, .character("e"), on: &state).isEmpty)
    }

    // MARK: Export

    @Test func eExportsExactlyTheRowsShownInTheirOrder() {
        let report = Fixture.report()
        var state = loadedState(report: report)
        press(.character("/"), on: &state)
        type("e", on: &state)
        press(.enter, on: &state)
        let euro = report.currencies[0].customers
        let shownRows = ["C001", "C004"].map { code in euro.first { $0.code == code }! }
        #expect(press(.character("e"), on: &state) == [.export(currency: .EUR, customers: shownRows)])

        press(.character("s"), .character("s"), on: &state)   // by name
        press(.character("x"), on: &state)
        let byName = ["C001", "C002", "C004", "C003"].map { code in euro.first { $0.code == code }! }
        #expect(press(.character("e"), on: &state) == [.export(currency: .EUR, customers: byName)])
    }

    @Test func exportTakesTheCurrencyOnScreen() {
        let report = Fixture.report()
        var state = loadedState(report: report)
        press(.right, on: &state)
        #expect(press(.character("e"), on: &state) == [.export(currency: .USD, customers: report.currencies[1].customers)])
    }

    @Test func theExportMessageShowsUntilTheNextKey() {
        var state = loadedState()
        _ = AgingFeature.reduce(&state, .exported("Exported 4 rows"))
        #expect(screenLines(state)[0].hasSuffix("Exported 4 rows"))
        press(.down, on: &state)
        #expect(state.message == nil)
        #expect(!screenLines(state)[0].contains("Exported"))
    }

    // MARK: Date

    @Test func dOpensTheDateFieldWithTheReportDate() {
        var state = loadedState()
        press(.character("d"), on: &state)
        #expect(isChoosingDate(state))
        #expect(screenLines(state)[0].contains("Report date (YYYY-MM-DD): 2026-11-23"))
    }

    @Test func aBadDateShowsWhyAndEnterDoesNothing() {
        var state = loadedState()
        press(.character("d"), .control("u"), on: &state)
        type("2026-02-30", on: &state)
        #expect(screenLines(state)[0].contains("2026-02-30"))
        #expect(screenLines(state)[0].hasSuffix("not a valid date"))
        #expect(press(.enter, on: &state).isEmpty)
        #expect(isChoosingDate(state))
        #expect(state.asOf == Fixture.asOf)
        #expect(state.report != nil)
    }

    @Test func theDateFieldRefusesLettersSoTheyCommandNothing() {
        var state = loadedState()
        press(.character("d"), .control("u"), on: &state)
        #expect(type("x2026-1e0-31s", on: &state).isEmpty)
        #expect(state.sort == .balance)
        #expect(screenLines(state)[0].contains("2026-10-31"))
    }

    @Test func aGoodDateAsksForTheReportOfThatDateAndShowsItIsComputing() {
        var state = loadedState()
        press(.character("d"), .control("u"), on: &state)
        type("2026-10-31", on: &state)
        let effects = press(.enter, on: &state)
        #expect(effects == [.loadReport(asOf: CivilDate(iso: "2026-10-31")!)])
        #expect(!isChoosingDate(state))
        #expect(state.asOf == CivilDate(iso: "2026-10-31")!)
        let lines = screenLines(state)
        #expect(lines[0] == " Aging as of 31 Oct 2026")
        #expect(lines[2] == " Computing the aging report…")
    }

    @Test func escLeavesTheDateAsItWas() {
        var state = loadedState()
        press(.character("d"), .control("u"), on: &state)
        type("2026-10-31", on: &state)
        #expect(press(.escape, on: &state).isEmpty)
        #expect(!isChoosingDate(state))
        #expect(state.asOf == Fixture.asOf)
        #expect(codesListed(state).count == 4)
    }

    /// The new report has fewer customers than the old one had rows: the screen must take it
    /// without acting on the old rows.
    @Test func aReportOfAnotherDateReplacesTheRowsEvenWhenItHasFewerCustomers() {
        var state = loadedState()
        press(.end, on: &state)
        #expect(state.selectedCustomer?.code == "C004")
        press(.character("d"), .control("u"), on: &state)
        type("2026-10-31", on: &state)
        press(.enter, on: &state)
        let earlier = Fixture.report(asOf: CivilDate(iso: "2026-10-31")!, currencies: ["USD"])
        _ = AgingFeature.reduce(&state, .reportLoaded(earlier))
        #expect(codesListed(state) == ["C001"])
        #expect(state.selectedCustomer?.code == "C001")
        #expect(codesOnScreen(screenLines(state)) == ["C001"])
    }

    @Test func aReloadedReportKeepsTheSelectedCustomer() {
        var state = loadedState()
        press(.down, .down, on: &state)
        #expect(state.selectedCustomer?.code == "C002")
        _ = AgingFeature.reduce(&state, .reportLoaded(Fixture.report()))
        #expect(state.selectedCustomer?.code == "C002")
    }

    // MARK: Before the report

    @Test func beforeTheReportArrivesFilterIsDisabledBecauseItIsComputing() {
        var state = AgingState(language: .en, asOf: Fixture.asOf)
        #expect(binding(for: .character("/"), in: state)?.disabledReason == "Computing the aging report…")
        #expect(binding(for: .enter, in: state)?.disabledReason == "there is no customer in the list")
        #expect(press(.character("/"), .enter, .character("e"), .down, on: &state).isEmpty)
        #expect(!isFiltering(state))
    }

    @Test func theKeymapListsEveryKeyInLegendOrder() {
        let keymap = AgingFeature.keymap(loadedState())
        #expect(keymap.map(\.keyLabel) == ["↑/↓", "Enter", "s", "/", "→/c", "←", "d", "e", "x", "k/j/PgUp/PgDn/Home/End"])
        #expect(keymap.filter(\.showsInLegend).map(\.title) == ["Move", "Account", "Sort: balance", "Filter", "Currency", "Date", "Export"])
        let spanish = AgingFeature.keymap(loadedState(.es))
        #expect(spanish.filter(\.showsInLegend).map(\.title) == ["Mover", "Cuenta", "Orden: saldo", "Filtrar", "Moneda", "Fecha", "Exportar"])
    }
}
