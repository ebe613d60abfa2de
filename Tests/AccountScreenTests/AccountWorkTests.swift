@testable import AccountScreen
import CobroDomain
import CobroTerminal
import Foundation
import Testing

/// Ñandú S.L. with people to call, payments and a promise made last week.
private enum WorkFixture {
    static let madrid = TimeZone(identifier: "Europe/Madrid")!

    static var snapshot: AccountSnapshot {
        var snapshot = AccountFixture.snapshot
        snapshot.customer.doNotCall = false
        snapshot.customer.status = .active
        snapshot.customer.debtorType = .cashFlow
        snapshot.contactPeople = [ContactPerson(customerCode: "C002", name: "Lucía Ibáñez", role: "cuentas a pagar", phone: "+34 600 333 444")]
        snapshot.payments = [
            Payment(customerCode: "C002", date: CivilDate(iso: "2026-11-20")!, amount: Money(minorUnits: 5_000, currency: .EUR),
                    method: .transfer, reference: "TR-77", invoiceNumber: "F-203"),
        ]
        let promise = PromiseToPay(amount: Money(minorUnits: 20_000, currency: .EUR), date: CivilDate(iso: "2026-11-20")!)
        snapshot.contactLog = [(1, ContactLogEntry(customerCode: "C002", user: "ana", at: ISO8601DateFormatter().date(from: "2026-11-16T10:00:00Z")!,
                                                   channel: .call, outcome: .promise, promise: promise))]
        return snapshot
    }

    static func state(_ language: Language = .en, now: String = "2026-11-23T10:30:00+01:00", fromQueue: Bool = true) -> AccountState {
        let instant = ISO8601DateFormatter().date(from: now)!
        var state = AccountState(language: language, code: "C002", asOf: AccountFixture.asOf, timeZone: madrid, fromQueue: fromQueue, now: instant)
        _ = AccountFeature.reduce(&state, .loaded(snapshot, at: instant))
        return state
    }
}

private func lines(_ state: AccountState, width: Int = 120, height: Int = 34) -> [String] {
    var grid = Grid(width: width, height: height)
    AccountView.render(state, into: &grid, in: grid.bounds)
    return grid.text.components(separatedBy: "\n")
}

private func press(_ keys: Key..., on state: inout AccountState) -> [AccountEffect] {
    keys.flatMap { AccountFeature.reduce(&state, .key($0)) }
}

@Suite("Account screen: everything needed during the call, on one screen")
struct AccountParticularsTests {
    @Test("the customer's local time and whether it is inside calling hours there")
    func localTimeAndCallingHours() {
        let inside = lines(WorkFixture.state()).joined(separator: "\n")
        #expect(inside.contains("Local time 10:30 Mon (Europe/Madrid) — inside calling hours 08:00-21:00"))
        let late = lines(WorkFixture.state(now: "2026-11-23T22:15:00+01:00")).joined(separator: "\n")
        #expect(late.contains("Local time 22:15 Mon (Europe/Madrid) — OUTSIDE calling hours 08:00-21:00"))
    }

    @Test("contact people with role and phone, and the debtor type")
    func peopleAndDebtorType() {
        let screen = lines(WorkFixture.state()).joined(separator: "\n")
        #expect(screen.contains("Contacts: Lucía Ibáñez (cuentas a pagar) +34 600 333 444"))
        #expect(screen.contains("Debtor: cash-flow trouble"))
        let spanish = lines(WorkFixture.state(.es)).joined(separator: "\n")
        #expect(spanish.contains("Deudor: falta de liquidez"))
        #expect(spanish.contains("Hora local 10:30 lun (Europe/Madrid) — dentro del horario de llamadas"))
    }

    @Test("a promise unpaid past its grace shows as broken in the header and in the promises pane")
    func brokenPromise() {
        var state = WorkFixture.state()
        let header = lines(state).joined(separator: "\n")
        #expect(header.contains("Broken promise: €200.00 by 20 Nov 2026"))
        _ = press(.right, .right, on: &state)
        #expect(state.pane == .promises)
        let pane = lines(state).joined(separator: "\n")
        #expect(pane.contains("[Promises and agreements]"))
        #expect(pane.contains("broken"))
        #expect(pane.contains("paid €50.00, missing €150.00"))
    }

    @Test("←/→ switch the lower part between the contact log, the payments and the promises")
    func panes() {
        var state = WorkFixture.state()
        #expect(lines(state).joined().contains("[Contact log]"))
        _ = press(.right, on: &state)
        let payments = lines(state).joined(separator: "\n")
        #expect(payments.contains("[Payments]"))
        #expect(payments.contains("TR-77") && payments.contains("transfer") && payments.contains("F-203"))
        _ = press(.left, .left, on: &state)
        #expect(state.pane == .promises)
    }

    @Test("PgUp/PgDn page through a long contact log, saying which rows show; the invoices keep their selection")
    func pagingTheLog() {
        var snapshot = WorkFixture.snapshot
        snapshot.contactLog = (1...30).reversed().map { number in
            (Int64(number), ContactLogEntry(customerCode: "C002", user: "ana", at: Date(timeIntervalSince1970: 1_790_000_000 + Double(number) * 3600),
                                            channel: .call, outcome: .noAnswer, note: "attempt \(number)"))
        }
        let instant = ISO8601DateFormatter().date(from: "2026-11-23T10:30:00+01:00")!
        var state = AccountState(language: .en, code: "C002", asOf: AccountFixture.asOf, timeZone: WorkFixture.madrid, now: instant)
        _ = AccountFeature.reduce(&state, .loaded(snapshot, at: instant))
        #expect(lines(state).joined(separator: "\n").contains("attempt 30"))
        _ = press(.pageDown, on: &state)
        let paged = lines(state).joined(separator: "\n")
        #expect(paged.contains("11–"))
        #expect(paged.contains("attempt 20") && !paged.contains("attempt 30"))
        #expect(state.invoices.selected == 0)
        _ = press(.pageUp, .pageUp, on: &state)
        #expect(state.paneFirstRow == 0)
    }

    @Test("an active agreement shows its next installment; one unpaid past the grace shows as broken, in the header and below")
    func agreements() throws {
        let terms = AgreementTerms(amount: Money(minorUnits: 90_000, currency: .EUR), installmentCount: 3, frequency: .monthly,
                                   agreementDate: CivilDate(iso: "2026-10-01")!, firstDate: CivilDate(iso: "2026-11-01")!)
        var agreement = try AgreementSchedule.plan(customerCode: "C002", terms: terms)
        agreement.status = .active
        var snapshot = WorkFixture.snapshot
        snapshot.contactLog = []
        snapshot.agreements = [agreement]
        snapshot.payments = [Payment(customerCode: "C002", date: CivilDate(iso: "2026-10-30")!, amount: Money(minorUnits: 30_000, currency: .EUR))]
        let instant = ISO8601DateFormatter().date(from: "2026-11-23T10:30:00+01:00")!
        var state = AccountState(language: .en, code: "C002", asOf: AccountFixture.asOf, timeZone: WorkFixture.madrid, now: instant)
        _ = AccountFeature.reduce(&state, .loaded(snapshot, at: instant))
        #expect(lines(state).joined(separator: "\n").contains("Payment agreement: next installment €300.00 due 1 Dec 2026"))
        _ = press(.left, on: &state)
        #expect(lines(state).joined(separator: "\n").contains("active"))

        snapshot.payments = []
        _ = AccountFeature.reduce(&state, .loaded(snapshot, at: instant))
        let broken = lines(state).joined(separator: "\n")
        #expect(broken.contains("Broken agreement: the installment due 1 Nov 2026 is unpaid (€300.00)"))
        #expect(broken.contains("broken") && broken.contains("late €300.00"))
    }

    @Test("everything fits 80×24")
    func fitsTheSmallestWindow() {
        for line in lines(WorkFixture.state(), width: 80, height: 21) { #expect(TextWidth.of(line) <= 80) }
    }
}

@Suite("Account screen: changes with a reason, each an effect for the desk to save")
struct AccountChangeKeyTests {
    @Test("c opens the call form; it takes the keys until saved, then asks the desk to log the call")
    func logACall() {
        var state = WorkFixture.state()
        #expect(press(.character("c"), on: &state).isEmpty)
        #expect(state.callLog != nil)
        let effects = press(.character("n"), .enter, on: &state)
        guard case .logCall(let draft)? = effects.first else {
            Issue.record("expected a logged call, got \(effects)")
            return
        }
        #expect(draft.outcome == .noAnswer)
        #expect(state.callLog != nil, "the form stays until the desk says the call is stored")
        _ = AccountFeature.reduce(&state, .saved(.logCall(draft)))
        #expect(state.callLog == nil)
    }

    @Test("a call the desk could not store (the database busy) keeps the form with everything typed, says why, and Enter tries again")
    func refusedCallKeepsTheForm() {
        var state = WorkFixture.state()
        _ = press(.character("c"), .character("v"), on: &state)
        for character in "left a message" { _ = press(.character(character), on: &state) }
        let effects = press(.enter, on: &state)
        #expect(effects == [.logCall(CallLogDraft(outcome: .voicemail, note: "left a message"))])
        _ = AccountFeature.reduce(&state, .saveFailed("cobro.sqlite is busy (another cobro is writing to it); nothing was written."))
        let screen = lines(state).joined(separator: "\n")
        #expect(screen.contains("cobro.sqlite is busy"))
        #expect(screen.contains("left a message"))
        #expect(press(.enter, on: &state) == effects)
    }

    @Test("after the desk saves a call taken from the queue, the screen offers the next account and reloads")
    func offersNext() {
        var state = WorkFixture.state()
        let draft = CallLogDraft(outcome: .noAnswer)
        #expect(AccountFeature.reduce(&state, .saved(.logCall(draft))) == [.load(code: "C002", asOf: AccountFixture.asOf)])
        #expect(lines(state).joined().contains("Saved: no answer. n: next account · Esc: back to the queue"))
        #expect(press(.character("n"), on: &state) == [.takeNext])
    }

    @Test("d asks why, then disputes the selected invoice; an empty reason is refused")
    func dispute() {
        var state = WorkFixture.state()
        #expect(press(.character("d"), .enter, on: &state).isEmpty)
        #expect(lines(state).joined().contains("Type the reason: the audit trail keeps it."))
        for character in "not delivered" { _ = press(.character(character), on: &state) }
        #expect(press(.enter, on: &state) == [.setDisputed(invoices: ["F-201"], disputed: true, reason: "not delivered")])
    }

    @Test("d on a disputed invoice lifts the dispute")
    func undispute() {
        var state = WorkFixture.state()
        _ = press(.down, on: &state)
        #expect(press(.character("d"), on: &state).isEmpty)
        for character in "ok" { _ = press(.character(character), on: &state) }
        #expect(press(.enter, on: &state) == [.setDisputed(invoices: ["F-203"], disputed: false, reason: "ok")])
    }

    @Test("x sets do-not-call with its reason; Esc on the prompt changes nothing")
    func doNotCall() {
        var state = WorkFixture.state()
        #expect(press(.character("x"), .escape, on: &state).isEmpty)
        _ = press(.character("x"), on: &state)
        for character in "lawyer" { _ = press(.character(character), on: &state) }
        #expect(press(.enter, on: &state) == [.setDoNotCall(true, reason: "lawyer")])
    }

    @Test("s picks the new status by its key, then asks why")
    func status() {
        var state = WorkFixture.state()
        _ = press(.character("s"), .character("g"), on: &state)
        #expect(state.isEditingText)
        for character in "sold to agency" { _ = press(.character(character), on: &state) }
        #expect(press(.enter, on: &state) == [.setStatus(.agency, reason: "sold to agency")])
    }

    @Test("t picks the debtor type; picking the current one changes nothing")
    func debtorType() {
        var state = WorkFixture.state()
        #expect(press(.character("t"), .character("c"), on: &state).isEmpty)
        #expect(press(.character("t"), .character("r"), on: &state) == [.setDebtorType(.refuses)])
    }

    @Test("n and Esc: next account and back only make sense from the queue's legend")
    func legend() {
        let queue = AccountFeature.legend(WorkFixture.state()).filter(\.showsInLegend).map(\.title)
        #expect(queue.contains("Next") && queue.contains("Log call"))
        let aging = AccountFeature.legend(WorkFixture.state(fromQueue: false)).filter(\.showsInLegend).map(\.title)
        #expect(!aging.contains("Next"))
    }
}
