@testable import AccountScreen
import CobroDomain
import CobroTerminal
import Foundation
import Testing

/// Now is 10:07:30 on Monday 23 Nov 2026 on the desk's clock (Madrid, UTC+1).
@Suite("Call-log form: a callback")
struct CallLogFormCallbackTests {
    private static func parse(_ text: String) -> Result<Date, CallLogCallbackTime.Failure> {
        CallLogCallbackTime.parse(text, now: CallLogFixture.now, timeZone: CallLogFixture.madrid)
    }

    private static func at(_ iso: String) -> Date { CallLogFixture.instant(iso) }

    private static func callback(after keys: [Key] = [], typing text: String) -> CallLogFormResponse {
        var form = CallLogFixture.form()
        press(.character("c"), on: &form)
        for key in keys { _ = form.handle(key) }
        type(text, on: &form)
        return form.handle(.enter)
    }

    @Test("the suggestion is in two hours, rounded up to the quarter, and c Enter saves it")
    func suggestion() {
        var form = CallLogFixture.form()
        press(.character("c"), on: &form)
        #expect(form.callbackTime.text == "2026-11-23 12:15")
        #expect(form.handle(.enter) == .submitted(CallLogDraft(outcome: .callback, callbackAt: Self.at("2026-11-23T11:15:00Z"))))
    }

    @Test("HH:MM is today on the desk's clock")
    func timeToday() {
        #expect(Self.parse("16:30") == .success(Self.at("2026-11-23T15:30:00Z")))
        #expect(Self.parse("9:30") == .failure(.notAfterNow))
        #expect(Self.callback(typing: "16:30") == .submitted(CallLogDraft(outcome: .callback, callbackAt: Self.at("2026-11-23T15:30:00Z"))))
    }

    @Test("+30m, +2h and +1d count from now, to the minute")
    func relative() {
        #expect(Self.parse("+30m") == .success(Self.at("2026-11-23T09:37:00Z")))
        #expect(Self.parse("+2h") == .success(Self.at("2026-11-23T11:07:00Z")))
        #expect(Self.parse("+2H") == .success(Self.at("2026-11-23T11:07:00Z")))
        #expect(Self.parse("+1d") == .success(Self.at("2026-11-24T09:07:00Z")))
        #expect(Self.parse("+0h") == .failure(.notAfterNow))
        #expect(Self.parse("+h") == .failure(.unreadable))
        #expect(Self.parse("+2w") == .failure(.unreadable))
    }

    @Test("a full date and time, across a daylight-saving change, on the desk's clock")
    func fullDateTime() {
        #expect(Self.parse("2026-11-25 09:00") == .success(Self.at("2026-11-25T08:00:00Z")))
        #expect(Self.parse("2027-04-01 09:00") == .success(Self.at("2027-04-01T07:00:00Z")), "summer time is UTC+2")
        #expect(Self.parse("2026-11-31 09:00") == .failure(.unreadable))
        #expect(Self.parse("2026-11-25 25:00") == .failure(.unreadable))
        #expect(Self.parse("   ") == .failure(.empty))
    }

    @Test("a past time is refused beside the field, saying what time it is, and the text stays")
    func pastTime() {
        var form = CallLogFixture.form()
        press(.character("c"), on: &form)
        type("2026-11-23 10:00", on: &form)
        press(.tab, .enter, on: &form)
        #expect(form.focus == .callbackTime)
        #expect(form.callbackTime.text == "2026-11-23 10:00")
        #expect(form.shownProblem(.callbackTime) == "that time has passed (it is 10:07)")

        var spanish = CallLogFixture.form(.es)
        press(.character("c"), on: &spanish)
        type("mañana", on: &spanish)
        #expect(spanish.callbackTime.text == "m", "letters other than m, h, d are refused")
        press(.enter, on: &spanish)
        #expect(spanish.shownProblem(.callbackTime) == "escriba HH:MM, +30m, +2h, +1d o AAAA-MM-DD HH:MM")
    }

    @Test("the callback time formats are in the help")
    func help() {
        var form = CallLogFixture.form()
        press(.character("c"), on: &form)
        #expect(form.keymap.first { $0.action == "save" }?.help.contains("HH:MM, +30m, +2h, +1d or YYYY-MM-DD HH:MM") == true)
    }
}
