import CobroDomain
@testable import CobroStore
import Foundation
import GRDB
import Testing

@Suite("Dunning run in the store: open amounts from aging, skips, recording once per invoice, stage and channel")
struct DunningStoreTests {
    let folder: TemporaryFolder
    let database: CobroDatabase
    let asOf = CivilDate(iso: "2026-11-23")!
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// C001 owes F-1 (30 days past due, half paid) and F-2 (paid in full); C002 has no e-mail and
    /// owes 50 days; C003 is in legal; C004 cannot be called but can be written to; C005 disputes.
    init() throws {
        folder = try TemporaryFolder()
        database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        _ = try database.importText(.customers, """
            code,name,email,status,do_not_call
            C001,Óptica Ñandú,pagos@nandu.es,active,false
            C002,Harbor Lane,,active,false
            C003,Viña Los Andes,cobros@vina.cl,legal,false
            C004,Quiet Ltd,ap@quiet.co.uk,active,true
            C005,Disputa SL,admin@disputa.es,active,false
            """)
        _ = try database.importText(.invoices, """
            number,customer_code,issue_date,due_date,amount,currency,disputed
            F-1,C001,2026-09-24,2026-10-24,200.00,EUR,false
            F-2,C001,2026-09-24,2026-10-24,80.00,EUR,false
            G-1,C002,2026-09-04,2026-10-04,99.00,USD,false
            H-1,C003,2026-09-04,2026-10-04,100000,CLP,false
            Q-1,C004,2026-10-09,2026-11-14,45.00,EUR,false
            D-1,C005,2026-09-24,2026-10-24,70.00,EUR,true
            D-2,C005,2026-11-01,2026-11-25,30.00,EUR,false
            """)
        _ = try database.importText(.payments, """
            customer_code,date,amount,currency,reference,invoice_number
            C001,2026-11-01,100.00,EUR,P1,F-1
            C001,2026-11-02,80.00,EUR,P2,F-2
            """)
    }

    private func plan() throws -> DunningPlan {
        try database.dueReminders(asOf: asOf, policy: .standard, agreementGraceDays: 5)
    }

    private func summary(_ plan: DunningPlan) -> [String] {
        plan.messages.map { "\($0.customerCode) \($0.stage.name)/\($0.channel.rawValue) \($0.invoices.map { "\($0.number)=\($0.open.decimalString)" }.joined(separator: ","))" }
    }

    @Test("open amounts come from aging's allocation; paid invoices are not reminded; do_not_call does not stop reminders")
    func whatIsDue() throws {
        let plan = try plan()
        #expect(summary(plan) == ["C001 second/email F-1=100.00", "C002 final/letter G-1=99.00", "C004 first/email Q-1=45.00",
                                  "C005 courtesy/email D-2=30.00"])
        #expect(plan.skipped.map { "\($0.customerCode) \($0.invoiceNumber) \($0.reason.rawValue)" }
            == ["C002 G-1 no_email", "C003 H-1 status", "C005 D-1 disputed"])
    }

    @Test("a customer keeping an active agreement is skipped with reason agreement")
    func agreement() throws {
        let agreement = PaymentAgreement(
            customerCode: "C001", agreementDate: CivilDate(iso: "2026-11-20")!, amount: Money(minorUnits: 10_000, currency: .EUR),
            downPayment: .zero(.EUR), frequency: .monthly,
            installments: [Installment(number: 1, dueDate: CivilDate(iso: "2026-12-20")!, amount: Money(minorUnits: 10_000, currency: .EUR))])
        try database.saveAgreement(agreement, as: .active, user: nil, at: now)
        let plan = try plan()
        #expect(!plan.messages.contains { $0.customerCode == "C001" })
        #expect(plan.skipped.contains(DunningSkip(customerCode: "C001", invoiceNumber: "F-1", reason: .agreement)))
    }

    @Test("a recorded reminder logs the full text and is never due again for those invoices")
    func recordedOnce() throws {
        let message = try #require(try plan().messages.first)
        var delivered = 0
        let recorded = try #require(try database.recordReminder(
            message, text: "Subject: Recordatorio\n\nTexto completo", note: "second (email): F-1", at: now, sentOn: asOf, user: "robot"
        ) { delivered += 1; return "/tmp/outbox/x.eml" })
        #expect(recorded.file == "/tmp/outbox/x.eml")
        #expect(delivered == 1)
        let row = try #require(try database.read { db in
            try Row.fetchOne(db, sql: "SELECT channel, outcome, body, user_name, note FROM contact_log WHERE id = ?", arguments: [recorded.contactLogID])
        })
        #expect(row["channel"] == "email")
        #expect(row["outcome"] == "other")
        #expect(row["body"] == "Subject: Recordatorio\n\nTexto completo")
        #expect(row["user_name"] == "robot")
        let sent = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT i.number, r.stage, r.channel, r.sent_on, r.contact_log_id FROM reminder_sent r JOIN invoice i ON i.id = r.invoice_id")
        }
        #expect(sent.map { "\($0[0] as String) \($0[1] as String) \($0[2] as String) \($0[3] as String)" } == ["F-1 second email 2026-11-23"])
        #expect(sent.first?[4] == recorded.contactLogID)
        #expect(!summary(try plan()).contains { $0.hasPrefix("C001") })

        // Recording the same stage again (another run got there first) delivers nothing.
        let again = try database.recordReminder(message, text: "x", note: "x", at: now, sentOn: asOf, user: nil) { delivered += 1; return nil }
        #expect(again == nil)
        #expect(delivered == 1)
    }

    @Test("a delivery that fails records nothing, so the next run tries again")
    func failedDelivery() throws {
        struct Refused: Error {}
        let message = try #require(try plan().messages.first)
        #expect(throws: Refused.self) {
            try database.recordReminder(message, text: "x", note: "x", at: now, sentOn: asOf, user: nil) { throw Refused() }
        }
        let counts = try database.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM contact_log")!, try Int.fetchOne(db, sql: "SELECT count(*) FROM reminder_sent")!)
        }
        #expect(counts == (0, 0))
        #expect(summary(try plan()).first == "C001 second/email F-1=100.00")
    }
}
