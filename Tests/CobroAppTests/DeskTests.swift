import AccountScreen
import AgingScreen
@testable import CobroApp
import CobroDomain
import CobroTerminal
import Foundation
import Testing

@Suite("Desk: starting up")
struct DeskStartTests {
    @Test func anEmptyDatabaseShowsHowToImportOrMakeADemo() {
        let driver = DeskDriver(data: FakeDeskData(customers: 0))
        driver.start()
        let screen = driver.screen
        #expect(driver.desk.state.isWelcome)
        #expect(screen.contains("Welcome to Cobro"))
        #expect(screen.contains("The database cobro.sqlite is empty."))
        #expect(screen.contains("cobro import customers customers.csv"))
        #expect(screen.contains("cobro import invoices invoices.csv"))
        #expect(screen.contains("cobro import payments payments.csv"))
        #expect(screen.contains("cobro demo --db /tmp/demo.sqlite"))
        #expect(screen.contains("Press q to quit."))
        #expect(driver.runner.jobsRun == 0, "no report is computed for an empty database")
        #expect(driver.tabs.trimmingCharacters(in: .whitespaces).isEmpty, "no screens are offered yet")
        #expect(driver.legend == "? Help  q Quit")
    }

    @Test func theWelcomeSpeaksSpanish() {
        let driver = DeskDriver(data: FakeDeskData(customers: 0), language: .es)
        driver.start()
        #expect(driver.screen.contains("Bienvenido a Cobro"))
        #expect(driver.screen.contains("cobro import customers clientes.csv"))
        #expect(driver.screen.contains("cobro demo --db /tmp/demo.sqlite"))
        #expect(driver.screen.contains("Pulse q para salir."))
        #expect(driver.legend == "? Ayuda  q Salir")
    }

    @Test func onTheWelcomeScreenScreenKeysDoNothingAndQQuits() {
        let driver = DeskDriver(data: FakeDeskData(customers: 0))
        driver.start()
        #expect(driver.press(.character("s"), .character("/"), .enter, .tab, .character("5")))
        #expect(driver.screen.contains("Welcome to Cobro"))
        #expect(!driver.press(.character("q")))
    }

    @Test func aDatabaseWithCustomersOpensOnTheAgingScreen() {
        let driver = DeskDriver()
        driver.start()
        let lines = driver.lines
        #expect(lines[0] == " Cobro · cobro.sqlite · user ana (owner) · today 23 Nov 2026")
        #expect(driver.tabs == " 1 Queue   3 Templates   4 Agreements   5 Aging   6 Audit")
        #expect(lines[3] == " Aging as of 23 Nov 2026   EUR  USD")
        #expect(driver.codesOnScreen == ["C003", "C001", "C002", "C004"])
        #expect(driver.status.hasSuffix("1/4"))
    }

    @Test func theAgingScreenSaysItIsComputingUntilTheReportArrives() {
        let driver = DeskDriver()
        driver.start(deliver: false)
        #expect(driver.runner.jobsRun == 3, "the queue, the aging report and the agreements")
        #expect(driver.screen.contains("Computing the aging report…"))
        #expect(driver.codesOnScreen.isEmpty)
        driver.deliver()
        #expect(!driver.screen.contains("Computing the aging report…"))
        #expect(driver.codesOnScreen == ["C003", "C001", "C002", "C004"])
    }

    @Test func theHeaderAndTitleSpeakSpanish() {
        let driver = DeskDriver(language: .es)
        driver.start()
        #expect(driver.lines[0] == " Cobro · cobro.sqlite · usuario ana (propietario) · hoy 23/11/2026")
        #expect(driver.tabs == " 1 Cola   3 Plantillas   4 Acuerdos   5 Antigüedad   6 Auditoría")
        #expect(driver.lines[3] == " Antigüedad de saldos al 23/11/2026   EUR  USD")
        #expect(driver.screen.contains("12.345,67"))
    }

    @Test func aReportThatFailsIsReportedInTheStatusBar() {
        let driver = DeskDriver(data: FakeDeskData(reportFailure: "the database is locked"))
        driver.start()
        #expect(driver.status.contains("the database is locked"))
    }

    @Test func aNewDateLoadsTheReportOfThatDate() {
        let driver = DeskDriver()
        driver.start()
        driver.press(.character("d"), .control("u"))
        driver.type("2026-10-31")
        driver.press(.enter)
        #expect(driver.runner.jobsRun == 4, "the queue, the agreements, the first report and the new one")
        #expect(driver.lines[3].hasPrefix(" Aging as of 31 Oct 2026"))
        let expected = DeskFixture.report(asOf: CivilDate(iso: "2026-10-31")!).currencies[0].customers.map(\.code)
        #expect(Set(driver.codesOnScreen) == Set(expected))
    }
}

@Suite("Desk: help and key legend")
struct DeskHelpTests {
    @Test func questionMarkListsEveryKeyOfTheScreenAndEscClosesIt() {
        let driver = DeskDriver()
        driver.start()
        driver.press(.character("?"))
        #expect(driver.desk.state.help != nil)
        let screen = driver.screen
        #expect(screen.contains("Keys — Aging"))
        for binding in driver.desk.legendBindings {
            #expect(screen.contains(binding.keyLabel), "help lacks the keys \(binding.keyLabel)")
            #expect(screen.contains(binding.help), "help lacks \(binding.help)")
        }
        for key in ["↑/↓", "Enter", "→/c", "←", "k/j/PgUp/PgDn/Home/End", "Tab", "?", "q"] {
            #expect(screen.contains(key))
        }
        #expect(screen.contains("Sort by balance, by oldest debt or by name"))
        #expect(screen.contains("Show every customer (there is no filter)"), "a disabled key says why")
        #expect(screen.contains("Leave Cobro"))

        driver.press(.escape)
        #expect(driver.desk.state.help == nil)
        #expect(!driver.screen.contains("Keys — Aging"))
    }

    @Test func helpIsModalKeysDoNotReachTheScreenBehindIt() {
        let driver = DeskDriver()
        driver.start()
        #expect(driver.press(.character("?"), .character("s"), .enter, .character("/")))
        #expect(driver.desk.state.aging.sort == .balance)
        #expect(driver.desk.state.screen == .aging)
        #expect(driver.desk.state.help != nil)
        #expect(driver.press(.character("q")), "q closes the help, it does not quit")
        #expect(driver.desk.state.help == nil)
    }

    @Test func helpOnTheAccountScreenListsTheAccountsKeys() {
        let driver = DeskDriver()
        driver.start()
        driver.press(.enter, .character("?"))
        let screen = driver.screen
        #expect(screen.contains("Keys — Account"))
        #expect(screen.contains("Read the account again"))
        #expect(screen.contains("Back to the previous screen"))
        #expect(!screen.contains("Sort by balance"))
    }

    @Test func helpSpeaksSpanish() {
        let driver = DeskDriver(language: .es)
        driver.start()
        driver.press(.character("?"))
        #expect(driver.screen.contains("Teclas — Antigüedad"))
        #expect(driver.screen.contains("Salir de Cobro"))
    }

    @Test func theLegendListsTheScreensKeysThenHelpAndQuit() {
        let driver = DeskDriver()
        driver.start()
        #expect(driver.legend == "↑/↓ Move  Enter Account  s Sort: balance  / Filter  →/c Currency  d Date  e Export  ? Help  q Quit")
    }

    @Test func theLegendFollowsTheScreensState() {
        let driver = DeskDriver()
        driver.start()
        driver.press(.character("s"), .character("/"))
        driver.type("e")
        driver.press(.enter)
        #expect(driver.legend == "↑/↓ Move  Enter Account  s Sort: oldest  / Filter  →/c Currency  d Date  e Export  x Clear filter  ? Help  q Quit")
    }

    @Test func theLegendOnTheAccountScreenShowsHowToWorkIt() {
        let driver = DeskDriver()
        driver.start()
        driver.press(.enter)
        #expect(driver.legend == "c Log call  ↑/↓ Move  ←/→ Log/payments/promises  d Dispute  m Reminder  h History  Esc Back  ? Help  q Quit")
    }

    @Test func theLegendSpeaksSpanish() {
        let driver = DeskDriver(language: .es)
        driver.start()
        #expect(driver.legend == "↑/↓ Mover  Enter Cuenta  s Orden: saldo  / Filtrar  →/c Moneda  d Fecha  e Exportar  ? Ayuda  q Salir")
    }

    @Test func atTheSmallestWindowTheLegendStillShowsHelpAndQuit() {
        let driver = DeskDriver(width: 80, height: 24)
        driver.start()
        #expect(driver.legend.hasPrefix("↑/↓ Move  Enter Account  s Sort: balance"))
        #expect(driver.legend.hasSuffix("? Help  q Quit"))
    }
}

@Suite("Desk: moving between screens")
struct DeskScreenTests {
    @Test func theQueueAndAgingAreOfferedAndTheAccountOnlyOnceOneIsOpened() {
        let driver = DeskDriver()
        driver.start()
        #expect(driver.desk.state.availableScreens == [.queue, .templates, .agreements, .aging, .audit])
        #expect(driver.tabs == " 1 Queue   3 Templates   4 Agreements   5 Aging   6 Audit")
        #expect(!driver.tabs.contains("Account"))
        driver.press(.character("2"))
        #expect(driver.desk.state.screen == .aging, "key 2 leads nowhere")
        driver.press(.tab)
        #expect(driver.desk.state.screen == .audit)
        driver.press(.tab)
        #expect(driver.desk.state.screen == .queue)
        driver.press(.character("5"))
        #expect(driver.codesOnScreen == ["C003", "C001", "C002", "C004"])
    }

    @Test func enterOpensTheSelectedAccountAndEscReturnsToAging() {
        let driver = DeskDriver()
        driver.start()
        driver.press(.enter)
        #expect(driver.desk.state.screen == .account)
        #expect(driver.desk.state.account?.code == "C003")
        let lines = driver.lines
        #expect(lines[3] == " C003  日本商事")
        #expect(lines.contains { $0.hasPrefix("F-301") && $0.contains("12,345.67") && $0.contains("45") })
        #expect(driver.status.hasSuffix("1/1"))

        driver.press(.escape)
        #expect(driver.desk.state.screen == .aging)
        #expect(driver.lines[3].hasPrefix(" Aging as of 23 Nov 2026"))
        #expect(driver.desk.state.aging.selectedCustomer?.code == "C003", "the aging screen is as it was left")
    }

    @Test func anAccountTheStoreDoesNotKnowSaysSo() {
        let driver = DeskDriver()
        driver.start()
        driver.press(.down, .enter)
        #expect(driver.desk.state.account?.code == "C001")
        #expect(driver.screen.contains("There is no customer with code C001."))
    }

    @Test func onceAnAccountIsOpenTabAndNumberKeysSwitchScreens() {
        let driver = DeskDriver()
        driver.start()
        driver.press(.enter)
        #expect(driver.desk.state.availableScreens == [.queue, .account, .templates, .agreements, .aging, .audit])
        #expect(driver.tabs.contains(" 2 Account "))
        #expect(driver.tabs.contains(" 3 Templates "))
        #expect(driver.tabs.contains(" 5 Aging"))

        driver.press(.tab)
        #expect(driver.desk.state.screen == .templates)
        driver.press(.tab)
        #expect(driver.desk.state.screen == .agreements)
        driver.press(.tab)
        #expect(driver.desk.state.screen == .aging)
        driver.press(.tab)
        #expect(driver.desk.state.screen == .audit)
        driver.press(.tab)
        #expect(driver.desk.state.screen == .queue)
        driver.press(.tab)
        #expect(driver.desk.state.screen == .account)
        driver.press(.character("5"))
        #expect(driver.desk.state.screen == .aging)
        #expect(driver.lines[3].hasPrefix(" Aging as of"))
        driver.press(.character("2"))
        #expect(driver.desk.state.screen == .account)
        #expect(driver.lines[3] == " C003  日本商事")
        driver.press(.character("3"))
        #expect(driver.desk.state.screen == .templates)
        driver.press(.character("4"))
        #expect(driver.desk.state.screen == .agreements)
    }

    @Test func rOnTheAccountReadsItAgain() {
        let driver = DeskDriver()
        driver.start()
        driver.press(.enter)
        let before = driver.runner.jobsRun
        driver.press(.character("r"))
        #expect(driver.runner.jobsRun == before + 1)
        #expect(driver.lines[3] == " C003  日本商事")
    }
}

@Suite("Desk: quitting and the window size")
struct DeskQuitTests {
    @Test func qQuitsWhenNothingIsBeingTyped() {
        let driver = DeskDriver()
        driver.start()
        #expect(!driver.press(.character("q")))
    }

    @Test func qQuitsFromTheAccountScreenToo() {
        let driver = DeskDriver()
        driver.start()
        driver.press(.enter)
        #expect(!driver.press(.character("q")))
    }

    @Test func qWhileTypingAFilterIsPartOfTheFilter() {
        let driver = DeskDriver()
        driver.start()
        #expect(driver.press(.character("/"), .character("q")))
        #expect(driver.desk.state.aging.filter == "q")
        #expect(driver.lines[3].contains("Filter: q"))
        #expect(driver.desk.state.quitDialog == nil)
        // Other shell keys are text too while typing.
        #expect(driver.type("?5"))
        #expect(driver.desk.state.help == nil)
        #expect(driver.desk.state.aging.filter == "q?5")
        // Esc ends the typing; then q quits.
        driver.press(.escape)
        #expect(!driver.press(.character("q")))
    }

    @Test func qWhileTypingADateDoesNotQuit() {
        let driver = DeskDriver()
        driver.start()
        #expect(driver.press(.character("d"), .character("q")))
        #expect(driver.lines[3].contains("2026-11-23"))
    }

    @Test func aWindowNarrowerThan80OrShorterThan24AsksToBeMadeLarger() {
        let driver = DeskDriver()
        driver.start()
        for (width, height) in [(79, 24), (80, 23)] {
            driver.resize(width: width, height: height)
            let screen = driver.screen
            #expect(driver.desk.state.isTooSmall)
            #expect(screen.contains("The window is too small"))
            #expect(screen.contains("Cobro needs at least 80×24; now \(width)×\(height)."))
            #expect(screen.contains("Make the window larger to go on."))
            #expect(!screen.contains("Aging as of"))
        }
    }

    @Test func theDeskRecoversWhenTheWindowGrows() {
        let driver = DeskDriver()
        driver.start()
        driver.resize(width: 79, height: 23)
        driver.resize(width: 80, height: 24)
        #expect(!driver.desk.state.isTooSmall)
        #expect(driver.lines[3] == " Aging as of 23 Nov 2026   EUR  USD")
        #expect(driver.codesOnScreen == ["C003", "C001", "C002", "C004"])
        #expect(driver.lines.count == 24)
        driver.resize(width: 120, height: 40)
        #expect(driver.lines.count == 40)
        #expect(driver.codesOnScreen == ["C003", "C001", "C002", "C004"])
    }

    @Test func whileTheWindowIsTooSmallKeysWaitButQStillQuits() {
        let driver = DeskDriver()
        driver.start()
        driver.resize(width: 60, height: 20)
        #expect(driver.press(.character("s"), .enter, .character("?")))
        #expect(driver.desk.state.aging.sort == .balance)
        #expect(driver.desk.state.screen == .aging)
        #expect(driver.desk.state.help == nil)
        #expect(!driver.press(.character("q")))
    }

    @Test func theTooSmallMessageSpeaksSpanish() {
        let driver = DeskDriver(language: .es)
        driver.start()
        driver.resize(width: 79, height: 24)
        #expect(driver.screen.contains("La ventana es demasiado pequeña"))
        #expect(driver.screen.contains("Agrande la ventana para seguir."))
    }
}

@Suite("Desk: exporting the aging view")
struct DeskExportTests {
    static let header = "currency,code,name,current,1-30,31-60,61-90,91-120,120+,unapplied,balance"

    @Test func exportWritesTheRowsShownAsAgingCSV() throws {
        let folder = try TemporaryFolder()
        let driver = DeskDriver(exportFolder: folder.path)
        driver.start()
        driver.press(.character("/"))
        driver.type("e")
        driver.press(.enter, .character("e"))
        #expect(folder.fileNames == ["aging-EUR-2026-11-23.csv"])
        #expect(try folder.contents("aging-EUR-2026-11-23.csv") == """
            \(Self.header)
            EUR,C001,Ibáñez Hermanos,0.00,1234.56,0.00,0.00,0.00,0.00,0.00,1234.56
            EUR,C004,Zeta Ltd,0.00,0.00,0.00,0.00,0.00,0.00,-25.00,-25.00

            """)
        #expect(driver.desk.state.aging.message == "Exported 2 rows to \(folder.path)/aging-EUR-2026-11-23.csv")
    }

    @Test func exportFollowsTheSortAndTheCurrencyOnScreen() throws {
        let folder = try TemporaryFolder()
        let driver = DeskDriver(exportFolder: folder.path)
        driver.start()
        driver.press(.character("s"), .character("s"), .character("e"))
        let lines = try folder.contents("aging-EUR-2026-11-23.csv").split(separator: "\n").map { String($0.prefix(8)) }
        #expect(lines == ["currency", "EUR,C001", "EUR,C002", "EUR,C004", "EUR,C003"])

        driver.press(.right, .character("e"))
        #expect(try folder.contents("aging-USD-2026-11-23.csv") == """
            \(Self.header)
            USD,C001,Ibáñez Hermanos,0.00,0.00,0.00,0.00,300.00,0.00,0.00,300.00

            """)
    }

    @Test func aSecondExportDoesNotOverwriteTheFirst() throws {
        let folder = try TemporaryFolder()
        let driver = DeskDriver(exportFolder: folder.path)
        driver.start()
        driver.press(.character("e"), .character("/"))
        driver.type("zeta")
        driver.press(.enter, .character("e"))
        #expect(folder.fileNames == ["aging-EUR-2026-11-23-2.csv", "aging-EUR-2026-11-23.csv"])
        #expect(try folder.contents("aging-EUR-2026-11-23.csv").split(separator: "\n").count == 5)
        #expect(try folder.contents("aging-EUR-2026-11-23-2.csv").split(separator: "\n").count == 2)
    }

    @Test func aSpanishDeskStillWritesMachineNumbers() throws {
        let folder = try TemporaryFolder()
        let driver = DeskDriver(language: .es, exportFolder: folder.path)
        driver.start()
        driver.press(.character("e"))
        let text = try folder.contents("aging-EUR-2026-11-23.csv")
        #expect(text.hasPrefix(Self.header + "\n"))
        #expect(text.contains("EUR,C003,日本商事,0.00,0.00,12345.67,0.00,0.00,0.00,0.00,12345.67\n"))
        #expect(driver.desk.state.aging.message?.hasPrefix("Exportadas 4 filas a ") == true)
    }

    @Test func anExportThatCannotBeWrittenSaysWhere() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path + "/no-such-folder"
        let driver = DeskDriver(exportFolder: missing)
        driver.start()
        driver.press(.character("e"))
        #expect(driver.desk.state.status?.hasPrefix("Could not write \(missing)/aging-EUR-2026-11-23.csv: ") == true)
        #expect(driver.status.hasPrefix(" Could not write "))
        #expect(driver.desk.state.aging.message == nil)
    }
}
