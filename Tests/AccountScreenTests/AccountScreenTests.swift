@testable import AccountScreen
import CobroDomain
import CobroTerminal
import Foundation
import Testing

/// Ñandú S.L. as of 23 Nov 2026: three open invoices in euros (one disputed, one not yet due),
/// an unused credit note in pounds and an old invoice in dollars.
enum AccountFixture {
    static let asOf = CivilDate(iso: "2026-11-23")!
    /// Monday 23 Nov 2026, 10:30 in Madrid.
    static let now = ISO8601DateFormatter().date(from: "2026-11-23T10:30:00+01:00")!

    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    static let customer = Customer(code: "C002", name: "Ñandú S.L.", taxID: "B-12345678", phone: "+34 600 111 222",
                                   email: "pagos@nandu.example", timeZone: "Europe/Madrid", doNotCall: true, status: .legal)

    static var snapshot: AccountSnapshot {
        let euros = AgingLedger(
            documents: [
                AgingDocument(id: 1, number: "F-201", issueDate: date("2026-06-16"), dueDate: date("2026-07-16"), amount: 150_000),
                AgingDocument(id: 2, number: "F-202", issueDate: date("2026-10-29"), dueDate: date("2026-11-28"), amount: 10_000),
                AgingDocument(id: 3, number: "F-203", issueDate: date("2026-10-04"), dueDate: date("2026-11-03"), amount: 25_000),
            ],
            payments: [AgingPayment(date: date("2026-11-10"), amount: 5_000, invoiceID: 3)])
        let pounds = AgingLedger(documents: [
            AgingDocument(id: 4, number: "CN-1", issueDate: date("2026-11-01"), dueDate: date("2026-11-01"), amount: -2_500),
        ])
        let dollars = AgingLedger(documents: [
            AgingDocument(id: 5, number: "F-210", issueDate: date("2026-07-16"), dueDate: date("2026-08-15"), amount: 300_000),
        ])
        func money(_ cents: Int64, _ currency: Currency) -> Money { Money(minorUnits: cents, currency: currency) }
        return AccountSnapshot(
            customer: customer, asOf: asOf,
            openInvoices: [
                OpenInvoice(number: "F-201", issueDate: date("2026-06-16"), dueDate: date("2026-07-16"),
                            amount: money(150_000, .EUR), open: money(150_000, .EUR), daysPastDue: 130, disputed: false),
                OpenInvoice(number: "F-203", issueDate: date("2026-10-04"), dueDate: date("2026-11-03"),
                            amount: money(25_000, .EUR), open: money(20_000, .EUR), daysPastDue: 20, disputed: true),
                OpenInvoice(number: "F-202", issueDate: date("2026-10-29"), dueDate: date("2026-11-28"),
                            amount: money(10_000, .EUR), open: money(10_000, .EUR), daysPastDue: -5, disputed: false),
                OpenInvoice(number: "F-210", issueDate: date("2026-07-16"), dueDate: date("2026-08-15"),
                            amount: money(300_000, .USD), open: money(300_000, .USD), daysPastDue: 100, disputed: false),
            ],
            balances: [(.EUR, euros.aged(asOf: asOf)), (.GBP, pounds.aged(asOf: asOf)), (.USD, dollars.aged(asOf: asOf))])
    }

    static func loaded(_ language: Language, _ snapshot: AccountSnapshot? = snapshot) -> AccountState {
        var state = AccountState(language: language, code: "C002", asOf: asOf, timeZone: TimeZone(identifier: "Europe/Madrid")!, now: now)
        _ = AccountFeature.reduce(&state, .loaded(snapshot, at: now))
        return state
    }
}

/// The account drawn into a grid of this size, one string per row.
private func screenLines(_ state: AccountState, width: Int = 120, height: Int = 30) -> [String] {
    var grid = Grid(width: width, height: height)
    AccountView.render(state, into: &grid, in: grid.bounds)
    return grid.text.components(separatedBy: "\n")
}

/// The words of the invoice row that starts with `number`.
private func invoiceCells(_ number: String, in lines: [String]) -> [String]? {
    lines.first { $0.hasPrefix(number + " ") }.map { $0.split(separator: " ").map(String.init) }
}

@discardableResult
private func press(_ keys: Key..., on state: inout AccountState) -> [AccountEffect] {
    keys.flatMap { AccountFeature.reduce(&state, .key($0)) }
}

/// The no-break space Spanish puts between an amount and its symbol.
private let nbsp = "\u{00A0}"

@Suite("Account screen: what it draws")
struct AccountViewTests {
    @Test func theFiguresComeFromTheDomainsAging() {
        let euros = AccountFixture.snapshot.balances[0].figures
        #expect(euros.balance == 180_000)
        #expect(euros.overdue == 170_000)
        #expect(euros.oldestDaysPastDue == 130)
        #expect(AccountFixture.snapshot.balances[1].figures.unapplied == -2_500)
    }

    @Test func showsTheCustomerTheirBalancesAndOpenInvoicesInEnglish() {
        let lines = screenLines(AccountFixture.loaded(.en))
        #expect(Array(lines[0...8]) == [
            " C002  Ñandú S.L.  DO NOT CALL",
            " Status: legal · Debtor: not judged · Tax ID: B-12345678",
            " Phone: +34 600 111 222 · E-mail: pagos@nandu.example",
            " Local time 10:30 Mon (Europe/Madrid) — inside calling hours 08:00-21:00 mon-sat",
            " EUR: balance €1,800.00, overdue €1,700.00, oldest 130 days past due",
            " GBP: balance -£25.00, overdue £0.00; unapplied credit -£25.00",
            " USD: balance $3,000.00, overdue $3,000.00, oldest 100 days past due",
            "",
            " Open invoices",
        ])
        #expect(lines[9].split(separator: " ") == ["Number", "Issued", "Due", "Days", "Amount", "Open", "Cur.", "Disputed"])
        #expect(invoiceCells("F-201", in: lines) == ["F-201", "16", "Jun", "2026", "16", "Jul", "2026", "130", "1,500.00", "1,500.00", "EUR"])
        #expect(invoiceCells("F-203", in: lines) == ["F-203", "4", "Oct", "2026", "3", "Nov", "2026", "20", "250.00", "200.00", "EUR", "yes"])
        #expect(invoiceCells("F-202", in: lines) == ["F-202", "29", "Oct", "2026", "28", "Nov", "2026", "100.00", "100.00", "EUR"],
                "an invoice not yet due shows no days")
        #expect(invoiceCells("F-210", in: lines) == ["F-210", "16", "Jul", "2026", "15", "Aug", "2026", "100", "3,000.00", "3,000.00", "USD"])
    }

    @Test func showsTheCustomerTheirBalancesAndOpenInvoicesInSpanish() {
        let lines = screenLines(AccountFixture.loaded(.es))
        #expect(Array(lines[0...8]) == [
            " C002  Ñandú S.L.  NO LLAMAR",
            " Estado: vía judicial · Deudor: sin valorar · NIF: B-12345678",
            " Teléfono: +34 600 111 222 · Correo: pagos@nandu.example",
            " Hora local 10:30 lun (Europe/Madrid) — dentro del horario de llamadas 08:00-21:00 mon-sat",
            " EUR: saldo 1.800,00\(nbsp)€, vencido 1.700,00\(nbsp)€, la más antigua vencida hace 130 días",
            " GBP: saldo -25,00\(nbsp)£, vencido 0,00\(nbsp)£; crédito sin aplicar -25,00\(nbsp)£",
            " USD: saldo 3.000,00\(nbsp)US$, vencido 3.000,00\(nbsp)US$, la más antigua vencida hace 100 días",
            "",
            " Facturas abiertas",
        ])
        #expect(lines[9].split(separator: " ") == ["Número", "Emitida", "Vence", "Días", "Importe", "Pendiente", "Mon.", "Disputa"])
        #expect(invoiceCells("F-201", in: lines) == ["F-201", "16/06/2026", "16/07/2026", "130", "1.500,00", "1.500,00", "EUR"])
        #expect(invoiceCells("F-203", in: lines) == ["F-203", "04/10/2026", "03/11/2026", "20", "250,00", "200,00", "EUR", "sí"])
        #expect(invoiceCells("F-202", in: lines) == ["F-202", "29/10/2026", "28/11/2026", "100,00", "100,00", "EUR"])
    }

    @Test func theFirstInvoiceIsSelected() {
        var grid = Grid(width: 120, height: 30)
        AccountView.render(AccountFixture.loaded(.en), into: &grid, in: grid.bounds)
        #expect(grid[0, 10].style.role == .selection)
        #expect(grid[0, 11].style.role != .selection)
    }

    @Test func aCustomerWithoutParticularsShowsDashesAndNoFlag() {
        let plain = AccountSnapshot(customer: Customer(code: "C010", name: "日本商事"), asOf: AccountFixture.asOf,
                                    openInvoices: [], balances: [])
        let lines = screenLines(AccountFixture.loaded(.en, plain))
        #expect(lines[0] == " C010  日本商事")
        #expect(lines[1] == " Status: active · Debtor: not judged · Tax ID: —")
        #expect(lines[2] == " Phone: — · E-mail: —")
        #expect(lines[3].hasPrefix(" Local time 10:30 Mon (Europe/Madrid)"), "a customer without a zone is on the desk's")
        #expect(lines.contains("No open invoices."))
    }

    @Test func fitsAnEightyColumnWindow() {
        let lines = screenLines(AccountFixture.loaded(.en), width: 80, height: 19)
        #expect(lines[0] == " C002  Ñandú S.L.  DO NOT CALL")
        #expect(lines.allSatisfy { TextWidth.of($0) <= 80 })
        #expect(invoiceCells("F-203", in: lines)?.first == "F-203")
        #expect(invoiceCells("F-203", in: lines)?.contains("200.00") == true)
        #expect(invoiceCells("F-203", in: lines)?.last == "yes")
        #expect(lines[9].hasSuffix("Disputed"))
    }

    @Test func whileLoadingItSaysSo() {
        let english = AccountState(language: .en, code: "C002", asOf: AccountFixture.asOf)
        #expect(screenLines(english)[1] == " Loading the account…")
        let spanish = AccountState(language: .es, code: "C002", asOf: AccountFixture.asOf)
        #expect(screenLines(spanish)[1] == " Cargando la cuenta…")
    }

    @Test func anUnknownCodeSaysThereIsNoSuchCustomer() {
        var state = AccountState(language: .en, code: "C999", asOf: AccountFixture.asOf)
        _ = AccountFeature.reduce(&state, .loaded(nil, at: AccountFixture.now))
        #expect(state.notFound)
        #expect(screenLines(state)[1] == " There is no customer with code C999.")

        var spanish = AccountState(language: .es, code: "C999", asOf: AccountFixture.asOf)
        _ = AccountFeature.reduce(&spanish, .loaded(nil, at: AccountFixture.now))
        #expect(screenLines(spanish)[1] == " No hay ningún cliente con el código C999.")
    }
}

@Suite("Account screen: what the keys do")
struct AccountKeyTests {
    @Test func openingTheAccountAsksForIt() {
        let state = AccountState(language: .en, code: "C002", asOf: AccountFixture.asOf)
        #expect(AccountFeature.start(state) == [.load(code: "C002", asOf: AccountFixture.asOf)])
    }

    @Test func escGoesBack() {
        var state = AccountFixture.loaded(.en)
        #expect(press(.escape, on: &state) == [.back])
    }

    @Test func escGoesBackEvenWhileLoadingOrNotFound() {
        var loading = AccountState(language: .en, code: "C002", asOf: AccountFixture.asOf)
        #expect(press(.escape, on: &loading) == [.back])
        var missing = AccountFixture.loaded(.en, nil)
        #expect(press(.escape, on: &missing) == [.back])
    }

    @Test func rReadsTheAccountAgain() {
        var state = AccountFixture.loaded(.en)
        #expect(press(.character("r"), on: &state) == [.load(code: "C002", asOf: AccountFixture.asOf)])
    }

    @Test func arrowsMoveAmongTheInvoices() {
        var state = AccountFixture.loaded(.en)
        #expect(state.invoices.selected == 0)
        #expect(press(.down, on: &state).isEmpty)
        #expect(state.invoices.selected == 1)
        press(.character("j"), on: &state)
        #expect(state.invoices.selected == 2)
        press(.end, on: &state)
        #expect(state.invoices.selected == 3)
        press(.down, on: &state)
        #expect(state.invoices.selected == 3, "the selection stops at the last invoice")
        press(.up, on: &state)
        #expect(state.invoices.selected == 2)
        press(.character("k"), on: &state)
        #expect(state.invoices.selected == 1)
        press(.home, on: &state)
        #expect(state.invoices.selected == 0)
        press(.pageDown, on: &state)
        #expect(state.invoices.selected == 0, "paging is for the contact log below")
    }

    @Test func theSelectionBarFollowsTheArrows() {
        var state = AccountFixture.loaded(.en)
        press(.down, .down, on: &state)
        var grid = Grid(width: 120, height: 30)
        AccountView.render(state, into: &grid, in: grid.bounds)
        let y = grid.text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("F-202") }!
        #expect(grid[0, y].style.role == .selection)
    }

    @Test func arrowsBeforeTheAccountArrivesDoNothing() {
        var state = AccountState(language: .en, code: "C002", asOf: AccountFixture.asOf)
        #expect(press(.down, .end, on: &state).isEmpty)
        #expect(state.invoices.selected == 0)
    }

    @Test func aReloadedAccountKeepsTheClerkOnTheSameInvoiceOrTheLastOne() {
        var state = AccountFixture.loaded(.en)
        press(.down, on: &state)
        _ = AccountFeature.reduce(&state, .loaded(AccountFixture.snapshot, at: AccountFixture.now))
        #expect(state.invoices.selected == 1)
        press(.end, on: &state)
        var fewer = AccountFixture.snapshot
        fewer.openInvoices.removeLast(2)
        _ = AccountFeature.reduce(&state, .loaded(fewer, at: AccountFixture.now))
        #expect(state.invoices.selected == 1)
    }

    @Test func otherKeysDoNothing() {
        var state = AccountFixture.loaded(.en)
        #expect(press(.character("s"), .character("/"), .enter, .tab, on: &state).isEmpty)
        #expect(state.invoices.selected == 0)
    }

    @Test func theKeymapListsEveryKey() {
        let keymap = AccountFeature.keymap(AccountFixture.loaded(.en))
        #expect(keymap.map(\.keyLabel) == ["c", "n", "↑/↓", "k/j/Home/End", "←/→", "PgUp/PgDn", "d", "x", "s", "t", "a", "r", "Esc"])
        #expect(keymap.filter(\.showsInLegend).map(\.title) == ["Log call", "Move", "Log/payments/promises", "Dispute", "Back"],
                "n shows only on an account taken from the queue")
        let spanish = AccountFeature.keymap(AccountFixture.loaded(.es))
        #expect(spanish.filter(\.showsInLegend).map(\.title) == ["Registrar llamada", "Mover", "Contactos/pagos/promesas", "Disputar", "Volver"])
    }
}
