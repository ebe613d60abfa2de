import CobroDomain
import CobroStore
import Foundation
import Testing

@Suite("Users and roles (SPEC §5 \"Users\"): single-user mode acts as owner; with users, clerks cannot activate long or discounted plans")
struct UserRoleTests {
    let fixture: AgreementFixture
    var database: CobroDatabase { fixture.database }

    init() throws { fixture = try AgreementFixture() }

    @Test("with no users anyone acts as owner, recorded under the name given")
    func singleUser() throws {
        #expect(try database.role(of: "whoever") == .owner)
        #expect(try database.role(of: nil) == .owner)
        let id = try database.saveAgreement(fixture.plan(count: 13), as: .active, user: "whoever", at: fixture.at)
        #expect(try database.agreementHistory(id: id).first?.user == "whoever")
    }

    @Test("with users, the role comes from the users table; an unknown or missing name is refused")
    func roles() throws {
        try database.addUser(name: "marta", role: .owner, at: fixture.at)
        try database.addUser(name: "ana", role: .clerk, at: fixture.at, by: "marta")
        #expect(try database.role(of: "ana") == .clerk)
        #expect(try database.role(of: "marta") == .owner)
        #expect(throws: UserError.unknown("pepe")) { try database.role(of: "pepe") }
        #expect(throws: UserError.noUserGiven) { try database.role(of: nil) }
        #expect(throws: UserError.alreadyExists("ana")) { try database.addUser(name: "ana", role: .owner, at: fixture.at, by: "marta") }
        #expect(try database.users().map(\.name) == ["ana", "marta"])
        #expect(throws: UserError.unknown("pepe")) { try database.saveAgreement(fixture.plan(), as: .draft, user: "pepe", at: fixture.at) }
        #expect(try fixture.count("agreement") == 0)
    }

    @Test("a clerk may activate up to twelve months; longer needs an owner, and the clerk is told why, in es and en")
    func clerkAndLongPlans() throws {
        try database.addUser(name: "marta", role: .owner, at: fixture.at)
        try database.addUser(name: "ana", role: .clerk, at: fixture.at, by: "marta")
        // Agreed 2026-11-23: twelve months end on 2027-11-23.
        let twelve = try fixture.plan(count: 12, first: "2026-12-23")
        let thirteen = try fixture.plan(count: 13, first: "2026-12-23")
        let reasons = [AgreementApproval.Reason.longerThanLimit(months: 12, lastDue: fixture.date("2027-12-23"), limit: fixture.date("2027-11-23"))]
        #expect(AgreementApproval.reasonsForOwner(twelve).isEmpty)
        #expect(AgreementApproval.refusals(thirteen, role: .clerk) == reasons)
        #expect(AgreementApproval.refusals(thirteen, role: .owner).isEmpty)

        #expect(throws: AgreementError.needsOwner(reasons)) { try database.saveAgreement(thirteen, as: .active, user: "ana", at: fixture.at) }
        #expect(try fixture.count("agreement") == 0, "nothing is saved")
        let message = AgreementError.needsOwner(reasons).message(in: .en)
        #expect(message == "only an owner may activate this agreement: the last installment is due 2027-12-23, more than 12 months after the agreement date (limit: 2027-11-23); save it as a draft for an owner to approve")
        #expect(AgreementError.needsOwner(reasons).message(in: .es).hasPrefix("solo un propietario puede activar este acuerdo: el último plazo vence el 23/12/2027"))

        let draft = try database.saveAgreement(thirteen, as: .draft, user: "ana", at: fixture.at)
        #expect(throws: AgreementError.needsOwner(reasons)) { try database.activateAgreement(id: draft, user: "ana", at: fixture.at) }
        try database.activateAgreement(id: draft, user: "marta", at: fixture.at)
        #expect(try database.agreementHistory(id: draft).map(\.user) == ["ana", "marta"])
    }

    @Test("a discount needs an owner too")
    func discountNeedsOwner() throws {
        try database.addUser(name: "marta", role: .owner, at: fixture.at)
        try database.addUser(name: "ana", role: .clerk, at: fixture.at, by: "marta")
        let discounted = try fixture.plan(discount: Money(minorUnits: 5_000, currency: .EUR))
        #expect(throws: AgreementError.needsOwner([.discount(Money(minorUnits: 5_000, currency: .EUR))])) {
            try database.saveAgreement(discounted, as: .active, user: "ana", at: fixture.at)
        }
        try database.saveAgreement(fixture.plan(), as: .active, user: "ana", at: fixture.at)
    }

    @Test("a clerk may suspend an account and make it active again, but moving it to legal, agency or written-off, or out of them, needs an owner")
    func escalationNeedsOwner() throws {
        try database.addUser(name: "marta", role: .owner, at: fixture.at)
        try database.addUser(name: "ana", role: .clerk, at: fixture.at, by: "marta")
        try database.setStatus(.suspended, customerCode: "C1", reason: "dispute pending", user: "ana", at: fixture.at)
        try database.setStatus(.active, customerCode: "C1", reason: "settled", user: "ana", at: fixture.at)
        for status in [CustomerStatus.legal, .agency, .writtenOff] {
            #expect(throws: UserError.needsOwner(user: "ana", action: .escalateStatus)) {
                try database.setStatus(status, customerCode: "C1", reason: "no answer in months", user: "ana", at: fixture.at)
            }
        }
        try database.setStatus(.legal, customerCode: "C1", reason: "demand letter ignored", user: "marta", at: fixture.at)
        #expect(throws: UserError.needsOwner(user: "ana", action: .escalateStatus)) {
            try database.setStatus(.active, customerCode: "C1", reason: "paid", user: "ana", at: fixture.at)
        }
        #expect(UserError.needsOwner(user: "ana", action: .escalateStatus).message(in: .en)
            == "'ana' is a clerk: only an owner may move an account to legal, agency or written-off (or out of them)")
    }

    @Test("only an owner saves a template")
    func templatesNeedOwner() throws {
        try database.addUser(name: "marta", role: .owner, at: fixture.at)
        try database.addUser(name: "ana", role: .clerk, at: fixture.at, by: "marta")
        let template = ReminderTemplate(key: TemplateKey(stage: "first", language: .en, channel: .letter), subject: nil,
                                        body: "Dear {{customer_name}}")
        #expect(throws: UserError.needsOwner(user: "ana", action: .changeTemplates)) { try database.saveTemplate(template, user: "ana", at: fixture.at) }
        try database.saveTemplate(template, user: "marta", at: fixture.at)
    }
}
