import AuditScreen
@testable import CobroApp
import CobroDomain
import CobroStore
import CobroTerminal
import Foundation
import Testing

@Suite("Desk: the audit trail screen (6) for owners, and a customer's trail from the account (h)")
struct DeskAuditTests {
    let folder: TemporaryFolder
    let database: CobroDatabase

    /// A real database: two customers imported by "tester" (C001 owing one invoice), then C001
    /// sent to legal by marta.
    init() throws {
        folder = try TemporaryFolder()
        database = try CobroDatabase.open(path: folder.url.appendingPathComponent("cobro.sqlite").path)
        _ = try database.importCSV(.customers, bytes: Array("code,name\nC001,Ibáñez Hermanos\nC002,Ñandú S.L.\n".utf8),
                                   fileName: "customers.csv", actor: "tester")
        _ = try database.importCSV(.invoices, bytes: Array("number,customer_code,issue_date,due_date,amount,currency\nF-1,C001,2026-09-01,2026-10-01,500.00,EUR\n".utf8),
                                   fileName: "invoices.csv", actor: "tester")
        try database.setStatus(.legal, customerCode: "C001", reason: "handed to the lawyer", user: "marta", at: DeskFixture.now)
    }

    @Test("an owner has the Audit tab; 6 shows the trail newest first read from the store")
    func ownerSeesTheTrail() throws {
        let driver = DeskDriver(data: database, width: 80, height: 24)
        driver.start()
        #expect(driver.tabs.contains("Audit"))
        driver.press(.character("6"))
        #expect(driver.desk.state.screen == .audit)
        let lines = driver.lines
        #expect(lines.contains { $0.contains("marta") && $0.contains("C001") && $0.contains("status: active→legal") })
        #expect(lines.contains { $0.contains("tester") && $0.contains("customers.csv") })
        #expect(driver.legend.contains("View") && driver.legend.contains("Filter"))
    }

    @Test("a clerk has no Audit tab and 6 does nothing")
    func clerkDoesNot() throws {
        let driver = DeskDriver(data: database, width: 80, height: 24, role: .clerk)
        driver.start()
        #expect(!driver.tabs.contains("Audit"))
        driver.press(.character("6"))
        #expect(driver.desk.state.screen != .audit)
    }

    @Test("from an account, h shows that customer's trail and Esc goes back to the account")
    func customerTrailFromTheAccount() throws {
        let driver = DeskDriver(data: database, width: 120, height: 40, firstScreen: .aging)
        driver.start()
        try database.setDoNotCall(true, customerCode: "C002", reason: "asked", user: "ana", at: DeskFixture.now)
        driver.press(.enter)
        #expect(driver.desk.state.screen == .account)
        #expect(driver.legend.contains("History"))
        driver.press(.character("h"))
        #expect(driver.desk.state.screen == .audit)
        #expect(driver.lines.contains { $0.contains("Audit trail of C001") })
        #expect(!driver.screen.contains("do_not_call"), "C002's change is not C001's")
        driver.press(.escape)
        #expect(driver.desk.state.screen == .account)
    }
}
