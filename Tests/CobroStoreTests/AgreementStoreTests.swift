import CobroDomain
import CobroStore
import Foundation
import GRDB
import Testing

/// A database with two customers: C1 owes 1000.00 EUR on two invoices (a third is paid, a fourth
/// issued after the agreement date); C2 owes in EUR and in USD.
struct AgreementFixture {
    let folder: TemporaryFolder
    let database: CobroDatabase
    let at = ISO8601DateFormatter().date(from: "2026-11-23T10:30:00Z")!
    let agreed = CivilDate(iso: "2026-11-23")!

    init() throws {
        folder = try TemporaryFolder()
        database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        _ = try database.importText(.customers, "code,name\nC1,Ferretería Núñez\nC2,Harbor Lane\nC3,Paid Up\n")
        _ = try database.importText(.invoices, """
            number,customer_code,issue_date,due_date,amount,currency
            F-1,C1,2026-08-01,2026-09-01,600.00,EUR
            F-2,C1,2026-09-01,2026-10-01,400.00,EUR
            F-3,C1,2026-07-01,2026-08-01,50.00,EUR
            F-4,C1,2026-12-01,2026-12-31,70.00,EUR
            G-1,C2,2026-09-01,2026-10-01,80.00,EUR
            G-2,C2,2026-09-01,2026-10-01,99.00,USD
            H-1,C3,2026-09-01,2026-10-01,10.00,EUR
            """)
        _ = try database.importText(.payments, """
            customer_code,date,amount,currency,reference,invoice_number
            C1,2026-08-15,50.00,EUR,R-1,F-3
            C3,2026-10-01,10.00,EUR,R-2,
            """)
    }

    func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    /// A plan for C1's EUR debt: 100.00 down, then `count` monthly installments from `first`.
    func plan(count: Int = 3, first: String = "2027-01-31", customer: String = "C1", currency: Currency? = .EUR,
              discount: Money? = nil) throws -> PaymentAgreement {
        let debt = try database.agreementDebt(customerCode: customer, currency: currency, asOf: agreed)
        return try AgreementSchedule.plan(customerCode: customer, terms: AgreementTerms(
            amount: debt, downPayment: Money(minorUnits: min(10_000, debt.minorUnits / 2), currency: debt.currency),
            installmentCount: count, frequency: .monthly, agreementDate: agreed, firstDate: date(first), discount: discount))
    }

    func pay(_ rows: String) throws {
        _ = try database.importText(.payments, "customer_code,date,amount,currency,reference\n" + rows)
    }

    func audit(_ id: Int64) throws -> [Row] {
        try DatabaseQueue(path: database.path).read { db in
            try Row.fetchAll(db, sql: "SELECT user_name, action, before_json, after_json FROM audit_trail WHERE entity = 'agreement' AND entity_key = ? ORDER BY id",
                             arguments: [String(id)])
        }
    }

    func count(_ table: String) throws -> Int {
        try DatabaseQueue(path: database.path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }
}

@Suite("Agreements in the store: saved whole, listed with their installments, covered invoices and history")
struct AgreementStoreTests {
    let fixture: AgreementFixture
    var database: CobroDatabase { fixture.database }

    init() throws { fixture = try AgreementFixture() }

    @Test("the plan's default amount is the aging balance in the currency as of the agreement date")
    func debt() throws {
        #expect(try database.agreementDebt(customerCode: "C1", currency: nil, asOf: fixture.agreed) == Money(minorUnits: 100_000, currency: .EUR))
        #expect(throws: AgreementPlanError.currencyRequired(owed: [.EUR, .USD])) {
            try database.agreementDebt(customerCode: "C2", currency: nil, asOf: fixture.agreed)
        }
        #expect(try database.agreementDebt(customerCode: "C2", currency: .USD, asOf: fixture.agreed) == Money(minorUnits: 9_900, currency: .USD))
        #expect(throws: AgreementPlanError.currencyNotOwed(.MXN)) {
            try database.agreementDebt(customerCode: "C1", currency: .MXN, asOf: fixture.agreed)
        }
        #expect(throws: AgreementError.owesNothing(customer: "C3", asOf: fixture.agreed)) {
            try database.agreementDebt(customerCode: "C3", currency: nil, asOf: fixture.agreed)
        }
        #expect(throws: StoreError.unknownCustomer("C9")) { try database.agreementDebt(customerCode: "C9", currency: nil, asOf: fixture.agreed) }
    }

    @Test("a saved agreement lists back whole: amounts, dates, status, and the invoices open in its currency that day")
    func roundTrip() throws {
        let plan = try fixture.plan()
        let id = try database.saveAgreement(plan, as: .active, user: "ana", at: fixture.at)
        let listed = try database.agreementsWithProgress(asOf: fixture.agreed)
        #expect(listed.map(\.id) == [id])
        let stored = try #require(listed.first)
        var expected = plan
        expected.status = .active
        #expect(stored.agreement == expected)
        #expect(stored.recordedStatus == .active)
        #expect(stored.invoices == ["F-1", "F-2"], "F-3 is paid, F-4 issued after the agreement date")
        #expect(stored.createdBy == "ana" && stored.createdAt == fixture.at)
        #expect(stored.progress.items.map(\.number) == [0, 1, 2, 3])
        #expect(stored.nextDue?.number == 0)
        #expect(try database.agreementsWithProgress(customerCode: "C2", asOf: fixture.agreed).isEmpty)
        #expect(throws: StoreError.unknownCustomer("C9")) { try database.agreementsWithProgress(customerCode: "C9", asOf: fixture.agreed) }
    }

    @Test("saving is audited; activating and cancelling enter the history with who, when and the reason")
    func historyAndAudit() throws {
        let id = try database.saveAgreement(fixture.plan(), as: .draft, user: "ana", at: fixture.at)
        let later = fixture.at.addingTimeInterval(3600)
        try database.activateAgreement(id: id, user: "luis", at: later)
        #expect(throws: AgreementError.cancelNeedsReason) { try database.cancelAgreement(id: id, reason: "  ", user: "ana", at: later) }
        try database.cancelAgreement(id: id, reason: "customer went bankrupt", user: "ana", at: later)
        #expect(throws: AgreementError.cannotChange(id: id, from: .cancelled, to: .cancelled)) {
            try database.cancelAgreement(id: id, reason: "again", user: "ana", at: later)
        }
        #expect(throws: AgreementError.cannotChange(id: id, from: .cancelled, to: .active)) {
            try database.activateAgreement(id: id, user: "ana", at: later)
        }
        #expect(throws: AgreementError.unknownAgreement(99)) { try database.cancelAgreement(id: 99, reason: "x", user: "ana", at: later) }

        let history = try database.agreementHistory(id: id)
        #expect(history.map(\.status) == [.draft, .active, .cancelled])
        #expect(history.map(\.user) == ["ana", "luis", "ana"])
        #expect(history.map(\.reason) == [nil, nil, "customer went bankrupt"])
        #expect(history[1].at == later)

        let trail = try fixture.audit(id)
        #expect(trail.map { $0["action"] as String } == ["create", "update", "update"])
        let created: String = trail[0]["after_json"]
        #expect(created.contains(#""invoices":"F-1,F-2""#) && created.contains(#""amount":"1000.00""#) && created.contains(#""status":"draft""#))
        #expect(trail[2]["before_json"] == #"{"status":"active"}"#)
        #expect(trail[2]["after_json"] == #"{"reason":"customer went bankrupt","status":"cancelled"}"#)

        let cancelled = try #require(try database.agreementsWithProgress(asOf: fixture.agreed).first)
        #expect(cancelled.status == .cancelled && cancelled.agreement.installments.count == 3, "a cancelled agreement stays, schedule and all")
    }

    @Test("a second agreement in force in the same currency is refused until the first is cancelled")
    func oneInForcePerCurrency() throws {
        let first = try database.saveAgreement(fixture.plan(), as: .active, user: "ana", at: fixture.at)
        #expect(throws: AgreementError.alreadyInForce(id: first, customer: "C1", currency: .EUR)) {
            try database.saveAgreement(fixture.plan(count: 5), as: .active, user: "ana", at: fixture.at)
        }
        let draft = try database.saveAgreement(fixture.plan(count: 5), as: .draft, user: "ana", at: fixture.at)
        try database.cancelAgreement(id: first, reason: "renegotiated", user: "ana", at: fixture.at)
        try database.activateAgreement(id: draft, user: "ana", at: fixture.at)
        #expect(try database.agreementsWithProgress(asOf: fixture.agreed).map(\.status) == [.cancelled, .active])
    }

    @Test("a plan that does not add up is refused and nothing is written")
    func incompletePlanRefused() throws {
        var plan = try fixture.plan()
        plan.installments[2] = Installment(number: 3, dueDate: fixture.date("2027-03-31"), amount: Money(minorUnits: 1, currency: .EUR))
        #expect(throws: AgreementError.self) { try database.saveAgreement(plan, as: .draft, user: "ana", at: fixture.at) }
        #expect(throws: AgreementError.cannotSave(.broken)) { try database.saveAgreement(try fixture.plan(), as: .broken, user: "ana", at: fixture.at) }
        #expect(try fixture.count("agreement") == 0 && fixture.count("installment") == 0)
    }
}
