@testable import CobroApp
import CobroDomain
import CobroStore
import Foundation
import Testing

/// Issue 8: a write the desk cannot make — another program holds the database's write lock past
/// the busy timeout (10 s) — says so and keeps what the clerk typed on screen; once the lock is
/// gone the same key saves it, once. A real database file, a real lock.
@Suite("Desk: a save refused because the database stays busy keeps the clerk's input")
struct DeskLockedWriteTests {
    let folder: TemporaryFolder
    let database: CobroDatabase

    init() throws {
        folder = try TemporaryFolder()
        database = try folder.oneDebtorDatabase()
    }

    /// The desk on C001's account.
    private func onTheAccount() -> DeskDriver {
        let driver = DeskDriver(data: database)
        driver.start()
        driver.press(.enter)
        #expect(driver.screen.contains("Ibáñez Hermanos") && driver.screen.contains("F-101"))
        return driver
    }

    @Test("the call-log form stays open with the note typed, the busy message above it; Enter after the lock is gone logs it once")
    func callLogKeptWhileBusy() throws {
        let driver = onTheAccount()
        driver.press(.character("c"), .character("v"))
        driver.type("left a message at reception")
        let lock = try WriteLockHolder(database: database.path)
        driver.press(.enter)
        #expect(driver.desk.state.account?.callLog != nil, "the form is still open")
        #expect(driver.screen.contains("is busy"), "the clerk is told why nothing was saved")
        #expect(driver.screen.contains("left a message at reception"), "with the note still typed")
        lock.release()

        driver.press(.enter)
        #expect(driver.desk.state.account?.callLog == nil)
        #expect(driver.screen.contains("Saved: voicemail."))
        let log = try #require(try database.account(code: "C001", asOf: DeskFixture.today)).contactLog
        #expect(log.filter { $0.1.note == "left a message at reception" }.count == 1)
    }

    @Test("the agreement being planned stays open with its terms, the busy message in it; Ctrl-T after the lock is gone saves it once")
    func agreementKeptWhileBusy() throws {
        let driver = onTheAccount()
        driver.press(.character("a"), .tab, .control("u"))
        driver.type("5")
        let lock = try WriteLockHolder(database: database.path)
        driver.press(.control("t"))
        #expect(driver.desk.state.agreements.isEditingText, "the plan is still open")
        #expect(driver.screen.contains("is busy"))
        lock.release()

        driver.press(.control("t"))
        #expect(!driver.desk.state.agreements.isEditingText)
        let saved = try database.agreementSummaries(asOf: DeskFixture.today, graceDays: 5)
        #expect(saved.map(\.agreement.installments.count) == [5], "one agreement, with the five installments typed")
    }
}
