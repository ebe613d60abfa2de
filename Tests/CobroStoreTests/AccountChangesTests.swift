import CobroDomain
import CobroStore
import Foundation
import GRDB
import Testing

@Suite("Account changes from the desk: each one a transaction, each one in the audit trail")
struct AccountChangesTests {
    let folder: TemporaryFolder
    let database: CobroDatabase
    private let at = ISO8601DateFormatter().date(from: "2026-11-23T10:30:00+01:00")!
    private let today = CivilDate(iso: "2026-11-23")!

    init() throws {
        folder = try TemporaryFolder()
        database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        _ = try database.importText(.customers, "code,name,timezone\nC1,Ferretería Núñez,Europe/Madrid\nC2,Harbor Lane,America/New_York\n")
        _ = try database.importText(.invoices, """
            number,customer_code,issue_date,due_date,amount,currency
            F-1,C1,2026-09-01,2026-10-01,150.00,EUR
            F-2,C1,2026-10-01,2026-10-31,80.00,EUR
            F-9,C2,2026-10-01,2026-10-31,99.00,USD
            """)
    }

    private func audit(_ entity: String, _ key: String) throws -> [Row] {
        try DatabaseQueue(path: database.path).read { db in
            try Row.fetchAll(db, sql: "SELECT user_name, action, before_json, after_json FROM audit_trail WHERE entity = ? AND entity_key = ? ORDER BY id",
                             arguments: [entity, key])
        }
    }

    @Test("marking an invoice disputed shows on the account and is audited with the reason; unmarking too")
    func disputeAndUndispute() throws {
        try database.setDisputed(["F-1"], of: "C1", to: true, reason: "goods returned", user: "ana", at: at)
        #expect(try database.account(code: "C1", asOf: today)?.openInvoices.first { $0.number == "F-1" }?.disputed == true)
        try database.setDisputed(["F-1"], of: "C1", to: false, reason: "credit note received", user: "luis", at: at)
        #expect(try database.account(code: "C1", asOf: today)?.openInvoices.first { $0.number == "F-1" }?.disputed == false)
        let trail = try audit("invoice", "F-1")
        #expect(trail.count == 2)
        #expect(trail[0]["after_json"] == #"{"disputed":true,"reason":"goods returned"}"#)
        #expect(trail[1]["user_name"] == "luis")
    }

    @Test("disputing every overdue invoice takes the customer out of the call queue at once; undisputing brings them back")
    func disputeLeavesTheQueue() throws {
        let madrid = TimeZone(identifier: "Europe/Madrid")!
        func queued() throws -> [String] {
            try database.callQueue(at: at, deskTimeZone: madrid, policy: .standard, conversionRates: [:], user: "ana").map(\.code)
        }
        #expect(try queued().contains("C1"))
        try database.setDisputed(["F-1", "F-2"], of: "C1", to: true, reason: "wrong prices", user: "ana", at: at)
        #expect(try !queued().contains("C1"))
        try database.setDisputed(["F-2"], of: "C1", to: false, reason: "prices agreed", user: "ana", at: at)
        #expect(try queued().contains("C1"))
    }

    @Test("an invoice of another customer cannot be disputed from this account, and nothing changes")
    func foreignInvoiceRefused() throws {
        #expect(throws: AccountChangeError.unknownInvoice("F-9", "C1")) {
            try database.setDisputed(["F-2", "F-9"], of: "C1", to: true, reason: "x", user: "ana", at: at)
        }
        #expect(try database.account(code: "C1", asOf: today)?.openInvoices.allSatisfy { !$0.disputed } == true)
        #expect(try audit("invoice", "F-2").isEmpty)
    }

    @Test("do-not-call and status changes keep the reason in the audit trail")
    func flagsAndStatus() throws {
        try database.setDoNotCall(true, customerCode: "C1", reason: "asked by letter", user: "ana", at: at)
        try database.setStatus(.legal, customerCode: "C1", reason: "handed to the lawyer", user: "owner", at: at)
        let customer = try #require(try database.account(code: "C1", asOf: today)?.customer)
        #expect(customer.doNotCall)
        #expect(customer.status == .legal)
        let trail = try audit("customer", "C1")
        #expect(trail.map { $0["after_json"] as String? } == [
            #"{"do_not_call":true,"reason":"asked by letter"}"#, #"{"reason":"handed to the lawyer","status":"legal"}"#,
        ])
    }

    @Test("a call that disputes invoices and sets the debtor type is one entry, the flags and the audit")
    func callWithDispute() throws {
        let entry = ContactLogEntry(customerCode: "C1", user: "ana", at: at, channel: .call, outcome: .dispute, note: "Says F-2 was never delivered")
        try database.recordCall(entry, disputing: ["F-2"], disputeReason: "never delivered", debtorType: .dispute)
        let account = try #require(try database.account(code: "C1", asOf: today))
        #expect(account.contactLog.first?.entry.outcome == .dispute)
        #expect(account.openInvoices.first { $0.number == "F-2" }?.disputed == true)
        #expect(account.customer.debtorType == .dispute)
        #expect(try audit("customer", "C1").first?["after_json"] == #"{"debtor_type":"dispute"}"#)
    }

    @Test("a call whose dispute names an unknown invoice records nothing")
    func callAllOrNothing() throws {
        let entry = ContactLogEntry(customerCode: "C1", user: "ana", at: at, channel: .call, outcome: .dispute)
        #expect(throws: AccountChangeError.self) { try database.recordCall(entry, disputing: ["NOPE"], disputeReason: "x") }
        #expect(try database.account(code: "C1", asOf: today)?.contactLog.isEmpty == true)
    }

    @Test("the account shows contact people, payments newest first and who holds it from the queue")
    func accountParticulars() throws {
        _ = try database.importText(.payments, """
            customer_code,date,amount,currency,method,reference,invoice_number
            C1,2026-11-01,20.00,EUR,transfer,T-1,F-1
            C1,2026-11-10,5.00,EUR,cash,T-2,
            """)
        _ = try database.logContact(ContactLogEntry(customerCode: "C1", contactPerson: "Lucía", user: "ana", at: at, channel: .call, outcome: .rightParty))
        _ = try database.claimFirstAvailable(of: ["C1"], user: "luis", at: at, for: 900)
        let account = try #require(try database.account(code: "C1", asOf: today))
        #expect(account.contactPeople.map(\.name) == ["Lucía"])
        #expect(account.payments.map(\.reference) == ["T-2", "T-1"])
        #expect(account.payments.last?.invoiceNumber == "F-1")
        #expect(account.payments.first?.method == .cash)
        #expect(account.claim == AccountClaim(user: "luis", until: at.addingTimeInterval(900)))
    }
}
