import CobroDomain
import Foundation
import Testing

private typealias F = QueueFixture

/// Every entry carries a one-line *why*, in English and Spanish.
@Suite("Queue why texts in English and Spanish")
struct QueueWhyTests {
    private let monday = "2026-11-23T10:00:00-05:00"

    private func entry(_ candidate: QueueCandidate, at text: String? = nil) -> QueueEntry? {
        F.assess(candidate, at: text ?? monday).entry
    }

    @Test("a broken promise with nothing paid")
    func brokenNothingPaid() throws {
        let customer = F.customer(history: [
            F.call("2026-11-02T10:00:00-05:00", .promise, promise: F.promise(15_000, on: "2026-11-20")),
        ])
        let why = try #require(entry(customer, at: "2026-11-24T10:00:00-05:00"))
        #expect(why.reason == .brokenPromise)
        #expect(why.why(in: .en) == "Promised 150.00 EUR for 2026-11-20; nothing paid")
        #expect(why.why(in: .es) == "Prometió 150,00\u{A0}€ para el 20/11/2026; no ha pagado")
    }

    @Test("a broken promise partly paid, and paid late")
    func brokenPartlyPaid() {
        let why = QueueWhy.brokenPromise(F.promise(15_000, on: "2026-11-20"), paid: F.money(5_000), paidLate: F.money(0))
        #expect(why.text(in: .en) == "Promised 150.00 EUR for 2026-11-20; paid 50.00 EUR, 100.00 EUR missing")
        #expect(why.text(in: .es) == "Prometió 150,00\u{A0}€ para el 20/11/2026; pagó 50,00\u{A0}€, faltan 100,00\u{A0}€")
        let late = QueueWhy.brokenPromise(F.promise(15_000, on: "2026-11-20"), paid: F.money(0), paidLate: F.money(15_000))
        #expect(late.text(in: .en) == "Promised 150.00 EUR for 2026-11-20; nothing paid; 150.00 EUR paid late")
        #expect(late.text(in: .es) == "Prometió 150,00\u{A0}€ para el 20/11/2026; no ha pagado; pagó 150,00\u{A0}€ tarde")
    }

    @Test("a promise due today, unpaid and partly paid")
    func promiseDue() throws {
        let customer = F.customer(
            history: [F.call("2026-11-16T10:00:00-05:00", .promise, promise: F.promise(1_234_567, .USD, on: "2026-11-23"))],
            payments: [F.paid(34_567, .USD, on: "2026-11-20")])
        let due = try #require(entry(customer))
        #expect(due.reason == .promiseDue)
        #expect(due.why(in: .en) == "Promised 12345.67 USD for today (2026-11-23); 345.67 USD paid so far, 12000.00 USD to go")
        #expect(due.why(in: .es) == "Prometió 12.345,67\u{A0}US$ para hoy (23/11/2026); lleva pagados 345,67\u{A0}US$, faltan 12.000,00\u{A0}US$")
        let unpaid = QueueWhy.promiseDue(F.promise(15_000, on: "2026-11-23"), paid: F.money(0))
        #expect(unpaid.text(in: .en) == "Promised 150.00 EUR for today (2026-11-23); nothing paid yet")
        #expect(unpaid.text(in: .es) == "Prometió 150,00\u{A0}€ para hoy (23/11/2026); aún no ha pagado")
    }

    @Test("a callback, in the customer's local time")
    func callback() throws {
        let customer = F.customer(zone: "Europe/Madrid", history: [
            F.call("2026-11-20T10:00:00+01:00", .callback, callback: "2026-11-23T15:30:00+01:00"),
        ])
        let due = try #require(entry(customer, at: "2026-11-23T16:00:00+01:00"))
        #expect(due.reason == .callback)
        #expect(due.why(in: .en) == "Asked to be called back on 2026-11-23 at 15:30")
        #expect(due.why(in: .es) == "Pidió que le llamaran el 23/11/2026 a las 15:30")
    }

    @Test("a broken agreement")
    func brokenAgreement() throws {
        let customer = F.customer(brokenAgreement: BrokenAgreement(installmentDue: F.day("2026-11-10"), unpaid: F.money(30_000)))
        let due = try #require(entry(customer))
        #expect(due.why(in: .en) == "Agreement broken: installment due 2026-11-10 unpaid (300.00 EUR)")
        #expect(due.why(in: .es) == "Acuerdo incumplido: cuota del 10/11/2026 sin pagar (300,00\u{A0}€)")
    }

    @Test("priority: the debt and its age, per currency")
    func priority() throws {
        let one = try #require(entry(F.customer(overdue: [F.overdue(15_000, days: 45)])))
        #expect(one.why(in: .en) == "Owes 150.00 EUR, 45 days overdue")
        #expect(one.why(in: .es) == "Debe 150,00\u{A0}€, 45 días de atraso")
        let two = try #require(entry(F.customer(overdue: [F.overdue(20_000, .USD, days: 1), F.overdue(15_000, days: 45)])))
        #expect(two.why(in: .en) == "Owes 150.00 EUR (45 days overdue), 200.00 USD (1 day overdue)")
        #expect(two.why(in: .es) == "Debe 150,00\u{A0}€ (45 días de atraso), 200,00\u{A0}US$ (1 día de atraso)")
    }

    @Test("the overdue list is by currency code, with amount and oldest days, as in the Queue JSON")
    func overdueList() throws {
        let queued = try #require(entry(F.customer(overdue: [F.overdue(20_000, .USD, days: 3), F.overdue(0, .MXN), F.overdue(15_000, days: 45)])))
        #expect(queued.overdue.map { [$0.currency.code, $0.amount.decimalString, String($0.oldestDays)] }
            == [["EUR", "150.00", "45"], ["USD", "200.00", "3"]])
        #expect(queued.reason.rawValue == "priority")
        #expect(QueueReason.allCases.map(\.rawValue) == ["callback", "broken_promise", "promise_due", "priority"])
    }

    @Test("why an account is left out, in both languages")
    func exclusions() {
        let hold = QueueExclusion.contactLimit(.rightPartyHold(conversationOn: F.day("2026-11-20"), callableFrom: F.day("2026-11-27")))
        #expect(hold.text(in: .en) == "Spoke with the customer on 2026-11-20; no calls until 2026-11-27")
        #expect(hold.text(in: .es) == "Se habló con el cliente el 20/11/2026; no se llama hasta el 27/11/2026")
        let hours = QueueExclusion.outsideCallingHours(hours: .regulationF, local: LocalClock(F.at("2026-11-23T07:30:00-05:00"), in: F.newYork))
        #expect(hours.text(in: .en) == "Outside calling hours: Monday 07:30 there (calls 08:00–21:00)")
        #expect(hours.text(in: .es) == "Fuera del horario de llamadas: allí es lunes, 07:30 (se llama de 08:00 a 21:00)")
        let sunday = QueueExclusion.outsideCallingHours(hours: .regulationF, local: LocalClock(F.at("2026-11-22T12:00:00-05:00"), in: F.newYork))
        #expect(sunday.text(in: .en) == "Outside calling hours: Sunday 12:00 there (calls 08:00–21:00, no calls on Sunday)")
        #expect(sunday.text(in: .es) == "Fuera del horario de llamadas: allí es domingo, 12:00 (se llama de 08:00 a 21:00; el domingo no se llama)")
        let tried = QueueExclusion.contactLimit(.attemptLimit(attempts: 7, callableFrom: F.day("2026-11-30")))
        #expect(tried.text(in: .en) == "Call attempt limit reached (7); callable again on 2026-11-30")
        #expect(tried.text(in: .es) == "Límite de intentos de llamada alcanzado (7); se puede volver a llamar el 30/11/2026")
        #expect(QueueExclusion.doNotCall.text(in: .es) == "No llamar")
    }
}
