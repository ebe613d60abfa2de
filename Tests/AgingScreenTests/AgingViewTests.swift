@testable import AgingScreen
import CobroDomain
import CobroTerminal
import Foundation
import Testing

@Suite("Aging screen: what it draws")
struct AgingViewTests {
    @Test func titleGivesTheAsOfDateInEnglishAndTheCurrenciesAsTabs() {
        let lines = screenLines(loadedState(.en))
        #expect(lines[0] == " Aging as of 23 Nov 2026   EUR  USD")
    }

    @Test func titleGivesTheAsOfDateInSpanish() {
        let lines = screenLines(loadedState(.es))
        #expect(lines[0] == " Antigüedad de saldos al 23/11/2026   EUR  USD")
    }

    @Test func bucketTotalsAreGroupedTheEnglishWay() {
        let lines = screenLines(loadedState(.en))
        #expect(bucketLine("Current", in: lines)?.contains("100.00") == true)
        #expect(bucketLine("1-30", in: lines)?.contains("1,234.56") == true)
        #expect(bucketLine("31-60", in: lines)?.contains("12,345.67") == true)
        #expect(bucketLine("61-90", in: lines)?.contains("0.00") == true)
        #expect(bucketLine("91-120", in: lines)?.contains("0.00") == true)
        #expect(bucketLine("120+", in: lines)?.contains("500.00") == true)
        #expect(lines[7] == " Unapplied -25.00   Balance 14,155.23   4 customers")
    }

    @Test func bucketTotalsAreGroupedTheSpanishWay() {
        let lines = screenLines(loadedState(.es))
        #expect(bucketLine("Corriente", in: lines)?.contains("100,00") == true)
        #expect(bucketLine("1-30", in: lines)?.contains("1.234,56") == true)
        #expect(bucketLine("31-60", in: lines)?.contains("12.345,67") == true)
        #expect(bucketLine("120+", in: lines)?.contains("500,00") == true)
        #expect(lines[7] == " Sin aplicar -25,00   Saldo 14.155,23   4 clientes")
    }

    @Test func eachBucketWithMoneyHasABarAndTheLargestHasTheLongest() {
        let lines = screenLines(loadedState(.en))
        func barLength(_ label: String) -> Int {
            (bucketLine(label, in: lines) ?? "").filter { "█▏▎▍▌▋▊▉".contains($0) }.count
        }
        #expect(barLength("31-60") > barLength("1-30"))
        #expect(barLength("1-30") > 0)
        #expect(barLength("120+") > 0)
        #expect(barLength("Current") > 0)
        #expect(barLength("61-90") == 0)
        #expect(barLength("91-120") == 0)
        // The largest bucket fills the room left of the right edge.
        #expect(bucketLine("31-60", in: lines)?.hasSuffix("█") == true)
        #expect(TextWidth.of(bucketLine("31-60", in: lines) ?? "") == 119)
    }

    @Test func tableHasOneRowPerCustomerOwingInTheCurrency() {
        let lines = screenLines(loadedState(.en))
        #expect(lines[9].hasPrefix("Code      Customer"))
        for title in ["Current", "1-30", "31-60", "61-90", "91-120", "120+", "Unapplied", "Balance ▼", "Oldest"] {
            #expect(lines[9].contains(title), "header lacks \(title)")
        }
        #expect(codesOnScreen(lines) == ["C003", "C001", "C002", "C004"])
        #expect(!lines.contains { $0.contains("Pagado") }, "a customer who owes nothing is not listed")
    }

    /// Every number on screen is the report's own figure, formatted for the language.
    @Test(arguments: [Language.en, .es])
    func numbersOnScreenEqualTheReportsFigures(language: Language) throws {
        let report = Fixture.report()
        var state = loadedState(language, report: report)
        for section in report.currencies {
            let lines = screenLines(state)
            for (row, bucket) in AgingBucket.allCases.enumerated() {
                #expect(lines[1 + row].contains(shown(section.totals[bucket], section, language)))
            }
            #expect(lines[7].contains(shown(section.totals.unapplied, section, language)))
            #expect(lines[7].contains(shown(section.totals.balance, section, language)))
            for customer in section.customers {
                let line = try #require(tableLine(customer.code, in: lines))
                let figures = customer.figures
                let amounts = figures.buckets + [figures.unapplied]
                let expected = [customer.code] + amounts.map { $0 == 0 ? "-" : shown($0, section, language) }
                    + [shown(figures.balance, section, language)] + (figures.oldestDaysPastDue.map { [String($0)] } ?? [])
                let cells = line.replacingOccurrences(of: customer.name, with: " ").split(separator: " ").map(String.init)
                #expect(cells == expected, "row of \(customer.code)")
                #expect(line.contains(customer.name))
            }
            press(.right, on: &state)
        }
    }

    @Test func accentedAndWideNamesAreDrawnWhole() {
        let lines = screenLines(loadedState(.en))
        #expect(tableLine("C001", in: lines)?.contains("Ibáñez Hermanos") == true)
        #expect(tableLine("C002", in: lines)?.contains("Ñandú S.L.") == true)
        #expect(tableLine("C003", in: lines)?.contains("日本商事") == true)
    }

    @Test func aWideNameTakesTwoColumnsPerCharacterAndTheColumnsAfterItStayInLine() throws {
        var grid = Grid(width: 120, height: 40)
        AgingView.render(loadedState(.en), into: &grid, in: grid.bounds)
        let lines = grid.text.components(separatedBy: "\n")
        let y = try #require(lines.firstIndex { $0.hasPrefix("C003") })
        let x = try #require((0..<grid.width).first { grid[$0, y].text == "日" })
        #expect(grid[x, y].width == 2)
        #expect(grid[x + 1, y].width == 0)
        // The balance column ends at the same screen column on every row.
        let balances = ["C003": "12,345.67", "C001": "1,234.56", "C002": "600.00", "C004": "-25.00"]
        let balanceEnds = try balances.map { code, balance -> Int in
            let line = try #require(tableLine(code, in: lines))
            let range = try #require(line.range(of: balance, options: .backwards))
            return TextWidth.of(line[..<range.upperBound])
        }
        #expect(Set(balanceEnds).count == 1)
    }

    @Test func theSecondCurrencyShowsItsOwnFiguresNeverAddedToTheFirst() {
        var state = loadedState(.en)
        press(.right, on: &state)
        let lines = screenLines(state)
        #expect(codesOnScreen(lines) == ["C001"])
        #expect(bucketLine("91-120", in: lines)?.contains("300.00") == true)
        #expect(lines[7].hasPrefix(" Unapplied 0.00   Balance 300.00   1 "))
    }

    @Test func beforeTheReportArrivesTheScreenSaysItIsComputing() {
        let state = AgingState(language: .en, asOf: Fixture.asOf)
        let lines = screenLines(state)
        #expect(lines[0] == " Aging as of 23 Nov 2026")
        #expect(lines[2] == " Computing the aging report…")
        #expect(!lines.contains { $0.contains("Code") })

        let spanish = screenLines(AgingState(language: .es, asOf: Fixture.asOf))
        #expect(spanish[0] == " Antigüedad de saldos al 23/11/2026")
        #expect(spanish[2] == " Calculando la antigüedad de saldos…")
    }

    @Test func whenNobodyOwesAnythingTheScreenSaysSo() {
        #expect(Fixture.settledReport.currencies.isEmpty)
        let lines = screenLines(loadedState(.en, report: Fixture.settledReport))
        #expect(lines[0] == " Aging as of 23 Nov 2026")
        #expect(lines[2] == " Nothing is owed as of this date.")
        #expect(codesOnScreen(lines).isEmpty)

        let spanish = screenLines(loadedState(.es, report: Fixture.settledReport))
        #expect(spanish[2] == " Nadie debe nada a esta fecha.")
    }

    @Test func aFilterThatMatchesNobodySaysSoInTheTable() {
        var state = loadedState(.en)
        press(.character("/"), on: &state)
        type("zzz", on: &state)
        let lines = screenLines(state)
        #expect(lines[10] == "No customer matches the filter.")
        #expect(lines[7].hasSuffix("0 of 4 customers"))
    }

    @Test func at80By24TheLeastTellingColumnsGiveWayButCodeNameBalanceAndOldestStay() {
        let lines = screenLines(loadedState(.en), width: 80, height: 24)
        let header = lines[9]
        for title in ["Code", "Customer", "31-60", "120+", "Balance ▼", "Oldest"] {
            #expect(header.contains(title), "header lacks \(title)")
        }
        for title in ["Unapplied", "Current", "1-30"] {
            #expect(!header.contains(title), "header still has \(title)")
        }
        #expect(lines.allSatisfy { TextWidth.of($0) <= 80 })
        #expect(codesOnScreen(lines) == ["C003", "C001", "C002", "C004"])
        #expect(tableLine("C003", in: lines)?.contains("日本商事") == true)
        #expect(tableLine("C003", in: lines)?.hasSuffix("12,345.67       45") == true)
        #expect(tableLine("C002", in: lines)?.contains("Ñandú S.L.") == true)
        #expect(tableLine("C004", in: lines)?.contains("-25.00") == true)
        #expect(lines[0] == " Aging as of 23 Nov 2026   EUR  USD")
    }

    @Test func theSortedColumnCarriesTheArrow() {
        var state = loadedState(.en)
        #expect(screenLines(state)[9].contains("Balance ▼"))
        press(.character("s"), on: &state)
        // The column leaves room for the arrow beside its title.
        #expect(screenLines(state)[9].hasSuffix(" Oldest ▼"))
        #expect(!screenLines(state)[9].contains("▲"))
        press(.character("s"), on: &state)
        #expect(screenLines(state)[9].contains("Customer ▲"))
    }

    @Test func theFilterBeingTypedAndTheFilterKeptShowInTheTitle() {
        var state = loadedState(.en)
        press(.character("/"), on: &state)
        type("ibá", on: &state)
        #expect(screenLines(state)[0].contains("Filter: ibá"))
        press(.enter, on: &state)
        #expect(screenLines(state)[0].hasSuffix("Filter: ibá"))
    }
}
