import CobroDomain
import CobroTerminal
import Foundation
import Testing
@testable import QueueScreen

@Suite("Queue screen: what it draws")
struct QueueViewTests {
    // MARK: The table

    @Test func at120ColumnsEveryRowShowsTierCustomerAmountsAgeLastContactPromiseAndItsWhy() {
        let lines = screenLines(loadedState(.en))
        let header = lines[3]
        for title in ["Tier", "Customer", "Overdue", "Days", "Contacted", "Promise", "Why"] {
            #expect(header.contains(title), "header lacks \(title)")
        }
        #expect(codesOnScreen(lines) == QueueFixture.queueOrder, "queue order, top to bottom")

        let callback = tableLine("C001", in: lines) ?? ""
        #expect(callback.hasPrefix("Callback"))
        #expect(callback.contains("C001  Ibáñez y Cía"))
        #expect(callback.contains(shown(25_000)))
        #expect(callback.contains("Asked to be called back on"))

        let broken = tableLine("C002", in: lines) ?? ""
        #expect(broken.hasPrefix("Broken"))
        #expect(broken.contains("€1,000.00"))
        #expect(broken.contains("broken, partly paid"))
        #expect(broken.contains("Promised 100.00 EUR for 2026-1"))

        let due = tableLine("C003", in: lines) ?? ""
        #expect(due.hasPrefix("Due today"))
        #expect(due.contains("$300.00"))
        #expect(due.contains("due today"))

        let priority = tableLine("C004", in: lines) ?? ""
        #expect(priority.hasPrefix("Priority"))
        #expect(priority.contains("Owes 500.00 EUR, 30 days"))
    }

    @Test func severalCurrenciesAreEachFormattedAndJoined() {
        let line = tableLine("C005", in: screenLines(loadedState(.en))) ?? ""
        #expect(line.contains("€50.00, $2,000.00"))
        #expect(line.contains(" 90 "), "the oldest of the currencies' ages")
    }

    @Test func at80By24EveryAccountStillShowsItsTierCodeAmountAndTheStartOfItsWhy() {
        let lines = screenLines(loadedState(.en), width: 80, height: 24)
        #expect(lines.allSatisfy { TextWidth.of($0) <= 80 })
        #expect(codesOnScreen(lines) == QueueFixture.queueOrder)
        #expect(!lines[3].contains("Promise"), "the promise column gives way first; the tier and the why say it")
        #expect(!lines[3].contains("Days"), "then the age; the why gives it for the priority tier")
        #expect(lines[3].contains("Why"))
        #expect(tableLine("C001", in: lines)?.contains("C001  Ibáñez y Cía") == true)
        #expect(tableLine("C001", in: lines)?.hasPrefix("Callback") == true)
        #expect(tableLine("C001", in: lines)?.contains(shown(25_000)) == true)
        #expect(tableLine("C004", in: lines)?.contains("Owes 500.00 EUR") == true)
        #expect(tableLine("C002", in: lines)?.contains("Promised 100.00") == true)
        #expect(lines[0].contains("6 to call now"))
    }

    @Test func at80ColumnsTheLastContactStaysWhenTheAmountsAreNarrow() {
        let euros = QueueFixture.entries(QueueFixture.candidates.filter { $0.code != "C005" })
        let lines = screenLines(loadedState(.en, QueueFixture.snapshot(euros)), width: 80, height: 24)
        #expect(lines[3].contains("Contacted"))
        #expect(tableLine("C004", in: lines)?.contains(" 10:00 ") == true)
        #expect(tableLine("C004", in: lines)?.contains(" Owes 500.00 EUR") == true)
        #expect(lines.allSatisfy { TextWidth.of($0) <= 80 })
    }

    @Test func theWhyUsesTheWidthAt120AndIsCutWithAnEllipsisAt80() {
        let wide = tableLine("C002", in: screenLines(loadedState(.en), width: 160))
        #expect(wide?.hasSuffix("Promised 100.00 EUR for 2026-11-18; paid 30.00 EUR, 70.00 EUR missing") == true)
        let narrow = tableLine("C002", in: screenLines(loadedState(.en), width: 80, height: 24))
        #expect(narrow?.hasSuffix("…") == true)
    }

    @Test func lastContactIsOnTheDesksClockTimeIfTodayElseDateOrNever() {
        let lines = screenLines(loadedState(.en))
        #expect(tableLine("C004", in: lines)?.contains(" 10:00 ") == true, "04:00 in New York is 10:00 in Madrid, the queue's day")
        #expect(tableLine("C002", in: lines)?.contains(" 10 Nov 2026 ") == true)
        #expect(tableLine("C006", in: lines)?.contains(" never ") == true)
        let spanish = screenLines(loadedState(.es))
        #expect(tableLine("C002", in: spanish)?.contains(" 10/11/2026 ") == true)
        #expect(tableLine("C006", in: spanish)?.contains(" nunca ") == true)
    }

    @Test func thePromiseColumnIsBlankForThePriorityTier() {
        let state = loadedState(.en)
        let layout = QueueView.layout(state, QueueStrings(.en), width: 120)
        let promiseColumn = layout.firstIndex { $0.kind == .promise }
        #expect(promiseColumn != nil)
        let lines = screenLines(state)
        let promiseX = lines[3].range(of: "Promise").map { lines[3].distance(from: lines[3].startIndex, to: $0.lowerBound) } ?? 0
        let priority = Array(tableLine("C006", in: lines) ?? "")
        #expect(String(priority[promiseX..<(promiseX + 7)]).trimmingCharacters(in: .whitespaces).isEmpty)
    }

    @Test func theSelectedRowIsHighlightedAndTiersHaveTheirColours() {
        var state = loadedState(.en)
        press(.down, on: &state)
        let grid = render(state)
        let lines = screenLines(state)
        let y = lines.firstIndex { $0.contains(" C002  ") }!
        #expect(grid[0, y].style.role == .selection)
        #expect(grid[60, y].style.role == .selection)
        let callbackY = lines.firstIndex { $0.contains(" C001  ") }!
        #expect(grid[0, callbackY].style == QueueView.tierStyle(.callback))
        #expect(QueueView.tierStyle(.brokenPromise).role == .error)
        #expect(QueueView.tierStyle(.promiseDue).role == .warning)
    }

    // MARK: The header

    @Test func theHeaderCountsWhoToCallNowLaterTodayAndContactedTodayAndTheQueuesInstant() {
        let lines = screenLines(loadedState(.en))
        #expect(lines[0].hasPrefix(" 6 to call now · 2 callbacks later today · 5 contacted today"))
        #expect(lines[0].hasSuffix("queue at 16:00"), "10:00 in New York on the desk's clock in Madrid")
        #expect(lines[1] == " No filters")
    }

    @Test func laterTodayIsLeftOutWhenNone() {
        let lines = screenLines(loadedState(.en, QueueFixture.snapshot(laterToday: 0, contactedToday: 1)))
        #expect(lines[0].hasPrefix(" 6 to call now · 1 contacted today"))
    }

    @Test func theHeaderSaysOfNWhenFiltersHideSomeAndNamesTheFilters() {
        var state = loadedState(.en)
        press(.character("c"), on: &state)
        press(.character("t"), on: &state)
        press(.character("t"), on: &state)
        let lines = screenLines(state)
        #expect(lines[0].hasPrefix(" 1 of 6 to call now"))
        #expect(lines[1] == " Currency EUR  Tier Broken")
    }

    @Test func theSpanishScreenSpeaksSpanish() {
        let lines = screenLines(loadedState(.es))
        #expect(lines[0].hasPrefix(" 6 para llamar ahora · 2 rellamadas más tarde hoy · 5 contactadas hoy"))
        #expect(lines[0].hasSuffix("cola de las 16:00"))
        #expect(lines[1] == " Sin filtros")
        for title in ["Tipo", "Cliente", "Vencido", "Días", "Contacto", "Promesa", "Por qué"] {
            #expect(lines[3].contains(title), "header lacks \(title)")
        }
        #expect(tableLine("C001", in: lines)?.hasPrefix("Rellamada") == true)
        #expect(tableLine("C002", in: lines)?.hasPrefix("Incumplida") == true)
        #expect(tableLine("C003", in: lines)?.hasPrefix("Vence hoy") == true)
        #expect(tableLine("C004", in: lines)?.hasPrefix("Prioridad") == true)
        #expect(tableLine("C002", in: lines)?.contains("1.000,00 €") == true)
        #expect(tableLine("C002", in: lines)?.contains("incumplida, parcial") == true)
        #expect(tableLine("C005", in: lines)?.contains("50,00 €, 2.000,00 US$") == true)
        #expect(tableLine("C004", in: screenLines(loadedState(.es), width: 160))?.hasSuffix("Debe 500,00 €, 30 días de atraso") == true)
    }

    // MARK: States

    @Test func whileTheFirstQueueIsBuildingTheScreenSaysSo() {
        let state = QueueState(language: .en, timeZone: QueueFixture.madrid)
        #expect(QueueFeature.start(state) == [.load])
        #expect(screenText(state).contains("Building the queue…"))
        #expect(screenText(QueueState(language: .es, timeZone: QueueFixture.madrid)).contains("Preparando la cola de llamadas…"))
    }

    @Test func aFailedLoadShowsTheMessageAndHowToRetry() {
        var state = QueueState(language: .en, timeZone: QueueFixture.madrid)
        _ = QueueFeature.reduce(&state, .loadFailed("database is locked"))
        let text = screenText(state)
        #expect(text.contains("The queue could not be built:"))
        #expect(text.contains("database is locked"))
        #expect(text.contains("Press r to try again."))
        #expect(press(.character("r"), on: &state) == [.load])
    }

    @Test func aFailedReloadKeepsTheOldQueueAndSaysItFailed() {
        var state = loadedState(.en)
        press(.character("r"), on: &state)
        #expect(screenLines(state)[0].contains("reloading…"))
        _ = QueueFeature.reduce(&state, .loadFailed("disk full"))
        let lines = screenLines(state)
        #expect(lines[2] == " The queue could not be built: disk full")
        #expect(codesOnScreen(lines) == QueueFixture.queueOrder)
    }

    @Test func anEmptyQueueSaysNobodyToCallAndHowManyLaterToday() {
        let text = screenText(loadedState(.en, QueueFixture.snapshot([], laterToday: 3)))
        #expect(text.contains("0 to call now · 3 callbacks later today"))
        #expect(text.contains("Nobody to call now."))
        #expect(text.contains("3 more accounts have a callback due later today."))
        let quiet = screenText(loadedState(.en, QueueFixture.snapshot([], laterToday: 0)))
        #expect(quiet.contains("Nobody to call now."))
        #expect(!quiet.contains("later today"))
        let spanish = screenText(loadedState(.es, QueueFixture.snapshot([], laterToday: 1)))
        #expect(spanish.contains("No hay nadie a quien llamar ahora."))
        #expect(spanish.contains("1 cuenta más tiene una rellamada para más tarde hoy."))
    }

    @Test func whenTheFiltersHideEveryoneTheScreenSaysHowManyAndHowToClearThem() {
        var state = loadedState(.en)
        press(.character("/"), on: &state)
        type("nobody by this name", on: &state)
        press(.enter, on: &state)
        let text = screenText(state)
        #expect(text.contains("0 of 6 to call now"))
        #expect(text.contains("The filters hide all 6 accounts in the queue."))
        #expect(text.contains("Esc clears every filter"))
        press(.escape, on: &state)
        #expect(codesListed(state) == QueueFixture.queueOrder)
    }

    @Test func aRefusedTakeShowsWhyUntilTheNextKey() {
        var state = loadedState(.en)
        _ = QueueFeature.reduce(&state, .takeRefused("C001 was just taken by ana"))
        #expect(screenLines(state)[2] == " C001 was just taken by ana")
        _ = QueueFeature.reduce(&state, .loaded(QueueFixture.snapshot()))
        #expect(screenLines(state)[2] == " C001 was just taken by ana", "the desk reloads at once; the notice stays")
        press(.down, on: &state)
        #expect(screenLines(state)[2] == "")
    }

    @Test func pageSizeIsTheTableBelowTheHeader() {
        let state = loadedState(.en)
        #expect(QueueView.pageSize(state, in: Rect(x: 0, y: 0, width: 80, height: 20)) == 16)
    }
}

