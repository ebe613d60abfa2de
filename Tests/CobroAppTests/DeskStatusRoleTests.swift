@testable import CobroApp
import CobroDomain
import CobroStore
import Foundation
import Testing

/// Issue 8: moving an account to legal, agency or written-off needs an owner. The store refuses
/// a clerk inside the write; the desk shows why and keeps the reason the clerk typed.
@Suite("Desk: a clerk's escalation is refused with the reason, the typed reason kept")
struct DeskStatusRoleTests {
    let folder: TemporaryFolder
    let database: CobroDatabase

    init() throws {
        folder = try TemporaryFolder()
        database = try folder.oneDebtorDatabase()
        try database.addUser(name: "marta", role: .owner, at: DeskFixture.now)
        try database.addUser(name: "ana", role: .clerk, at: DeskFixture.now, by: "marta")
    }

    @Test("ana (clerk) picks agency: the prompt stays with her reason and the refusal under it; Esc leaves the status as it was")
    func escalationRefused() throws {
        let driver = DeskDriver(data: database, role: .clerk)
        driver.start()
        driver.press(.enter)
        #expect(driver.screen.contains("Ibáñez Hermanos"))
        driver.press(.character("s"), .character("g"))
        driver.type("sold to agency")
        driver.press(.enter)
        #expect(driver.desk.state.account?.isEditingText == true, "the reason prompt is still open")
        #expect(driver.screen.contains("sold to agency"))
        #expect(driver.screen.contains("only an owner may move an account to legal"), "\(driver.screen)")
        driver.press(.escape)
        let account = try #require(try database.account(code: "C001", asOf: DeskFixture.today))
        #expect(account.customer.status == .active)
    }
}
