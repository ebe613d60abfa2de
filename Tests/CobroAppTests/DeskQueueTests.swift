import AccountScreen
@testable import CobroApp
import CobroDomain
import CobroTerminal
import Foundation
import QueueScreen
import Testing

@Suite("Desk: the clerk's day — take an account from the queue, log the call, move on")
struct DeskQueueTests {
    private func clerkDesk(_ data: FakeDeskData = FakeDeskData()) -> DeskDriver {
        let driver = DeskDriver(data: data, firstScreen: .queue)
        driver.start()
        return driver
    }

    @Test func theDeskOpensOnTheQueueLargestDebtFirst() {
        let driver = clerkDesk()
        #expect(driver.desk.state.screen == .queue)
        #expect(driver.tabs.hasPrefix(" 1 Queue "))
        let rows = driver.lines.filter { $0.contains("C00") }
        #expect(rows.first?.contains("C003") == true)
        #expect(rows.contains { $0.contains("C001") })
    }

    @Test func enterTakesTheSelectedAccountAndOpensIt() {
        let data = FakeDeskData()
        let driver = clerkDesk(data)
        driver.press(.enter)
        #expect(data.writes.all == ["claim C003"])
        #expect(driver.desk.state.screen == .account)
        #expect(driver.desk.state.account?.fromQueue == true)
        #expect(driver.screen.contains("日本商事"))
    }

    @Test func anAccountAnotherClerkHasJustTakenIsRefusedAndTheQueueReloads() {
        let data = FakeDeskData()
        data.writes.heldByOther("C003")
        let driver = clerkDesk(data)
        driver.press(.enter)
        #expect(driver.desk.state.screen == .queue)
        #expect(driver.screen.contains("Another clerk has just taken C003"))
    }

    @Test func aPromiseIsLoggedInAFewKeysAndTheNextAccountIsOffered() {
        let data = FakeDeskData()
        let driver = clerkDesk(data)
        driver.press(.enter, .character("c"), .character("p"), .enter)
        #expect(data.writes.all.last?.hasPrefix("call C003 promise by ana promise 12345.67 EUR") == true, "\(data.writes.all)")
        #expect(driver.screen.contains("Saved: promise."))
        #expect(driver.screen.contains("n: next account"))
        driver.press(.character("n"))
        #expect(Array(data.writes.all.suffix(2)) == ["release C003", "claim C001"])
        #expect(driver.desk.state.account?.code == "C001")
    }

    @Test func escGivesTheAccountBackToTheQueue() {
        let data = FakeDeskData()
        let driver = clerkDesk(data)
        driver.press(.enter, .escape)
        #expect(data.writes.all == ["claim C003", "release C003"])
        #expect(driver.desk.state.screen == .queue)
    }

    @Test func nOnTheQueueTakesTheFirstAccountNobodyHolds() {
        let data = FakeDeskData()
        data.writes.heldByOther("C003")
        let driver = clerkDesk(data)
        driver.press(.character("n"))
        #expect(data.writes.all == ["claim C001"])
        #expect(driver.desk.state.account?.code == "C001")
    }

    @Test func doNotCallAsksWhyAndRefusesAnEmptyReason() {
        let data = FakeDeskData()
        let driver = clerkDesk(data)
        driver.press(.enter, .character("x"), .enter)
        #expect(driver.screen.contains("Type the reason"))
        #expect(data.writes.all == ["claim C003"])
        driver.type("asked by letter")
        driver.press(.enter)
        #expect(data.writes.all.last == "do-not-call C003 true because asked by letter")
        #expect(driver.screen.contains("Marked: do not call."))
    }

    @Test func statusChangesArePickedByKeyThenNeedAReason() {
        let data = FakeDeskData()
        let driver = clerkDesk(data)
        driver.press(.enter, .character("s"), .character("l"))
        driver.type("handed to the lawyer")
        driver.press(.enter)
        #expect(data.writes.all.last == "status C003 legal because handed to the lawyer")
    }

    @Test func anInvoiceIsDisputedWithItsReason() {
        let data = FakeDeskData()
        let driver = clerkDesk(data)
        driver.press(.enter, .character("d"))
        driver.type("never delivered")
        driver.press(.enter)
        #expect(data.writes.all.last == "disputed F-301 true because never delivered")
    }

    @Test func whileTheCallFormIsOpenLettersAreTheFormsNotTheDesks() {
        let data = FakeDeskData()
        let driver = clerkDesk(data)
        driver.press(.enter, .character("c"), .character("o"))
        driver.type("q5")
        #expect(driver.desk.state.screen == .account, "q and 5 were typed into the note")
        #expect(driver.desk.state.account?.callLog != nil)
    }
}
