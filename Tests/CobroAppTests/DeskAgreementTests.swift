@testable import CobroApp
import CobroDomain
import CobroTerminal
import Foundation
import Testing

@Suite("Desk: payment agreements built from an account or for a customer chosen by code")
struct DeskAgreementTests {
    @Test func aOnAnAccountOpensThePlanForThatCustomerAndCtrlTActivatesIt() {
        let data = FakeDeskData()
        let driver = DeskDriver(data: data)
        driver.start()
        driver.press(.enter, .character("a"))
        #expect(driver.desk.state.screen == .agreements)
        #expect(driver.screen.contains("日本商事"))
        driver.press(.control("t"))
        #expect(data.writes.all.last == "agreement C003 active 12345.67 in 3")
        #expect(driver.desk.state.agreements.isEditingText == false, "the builder closes once saved")
        #expect(driver.screen.contains("日本商事"), "the list shows the new agreement")
    }

    @Test func nOnTheListAsksForTheCustomerAndSaysWhenThereIsNone() {
        let data = FakeDeskData()
        let driver = DeskDriver(data: data)
        driver.start()
        driver.press(.character("4"), .character("n"))
        #expect(driver.screen.contains("Customer code?"))
        driver.type("C999")
        driver.press(.enter)
        #expect(driver.screen.contains("There is no customer with code C999."))
        driver.press(.control("u"))
        driver.type("C003")
        driver.press(.enter)
        #expect(driver.desk.state.customerPrompt == nil)
        #expect(driver.desk.state.agreements.isEditingText, "the plan builder is open")
        driver.press(.control("s"))
        #expect(data.writes.all.last == "agreement C003 draft 12345.67 in 3")
    }

    @Test func aClerkCannotActivateWhatOnlyAnOwnerMay() {
        var data = FakeDeskData()
        data.role = .clerk
        let driver = DeskDriver(data: data, role: .clerk)
        driver.start()
        driver.press(.enter, .character("a"))
        driver.press(.tab)
        driver.press(.control("u"))
        driver.type("14")
        driver.press(.control("t"))
        #expect(!data.writes.all.contains { $0.hasPrefix("agreement") })
        #expect(driver.screen.contains("owner"))
    }
}
