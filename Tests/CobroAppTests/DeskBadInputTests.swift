@testable import CobroApp
import CobroDomain
import CobroTerminal
import Foundation
import TemplatesScreen
import Testing

/// Text a clerk might type or paste: very long, empty, terminal control sequences, combining
/// marks, wide CJK and emoji, right-to-left scripts with bidi controls.
enum BadText {
    static let samples: [(name: String, text: String)] = [
        ("long", String(repeating: "Ñandú 日本. ", count: 1_000)),
        ("empty", ""),
        ("control", "a\u{1B}[31mred\u{1B}[0m\u{7}\u{8}\u{7F}\u{0}\u{85}\u{9B}2J\t\r\nb"),
        ("combining", "e\u{301}\u{301}\u{301} Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǒ̶"),
        ("wide", "株式会社テスト 👨‍👩‍👧‍👦 🇪🇸 ＡＢＣ"),
        ("right-to-left", "شركة الأمل חברת אור \u{202E}evil\u{202C} \u{2067}x\u{2069}\u{200F}"),
    ]

    /// The samples with the long one cut to `longest` characters: the filters re-fold the whole
    /// filter and the template editor re-wraps the whole text on each key, so 10,000 keys there
    /// cost a minute of a debug build's test run and show nothing 2,000 do not.
    static func samples(longest: Int) -> [(name: String, text: String)] {
        samples.map { ($0.name, String($0.text.prefix(longest))) }
    }

    /// What a field keeps of typed text: control characters and line breaks are refused.
    static func kept(_ text: String) -> String {
        String(text.filter { !$0.isNewline && !$0.unicodeScalars.contains { $0.properties.generalCategory == .control } })
    }

    /// Scalars no grid cell may hold: C0 and C1 controls (ESC starts a terminal sequence, DEL,
    /// tab), line and paragraph separators, and bidi controls that would reorder the screen.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
            || [0x200E, 0x200F, 0x061C].contains(scalar.value)
        }
    }

    /// What is wrong with a grid: a cell holding an unsafe scalar, a cell whose width is not its
    /// text's, a wide cell without its continuation, a continuation without its wide cell.
    static func problems(in grid: Grid) -> [String] {
        var problems: [String] = []
        for y in 0..<grid.height {
            var x = 0
            while x < grid.width {
                let cell = grid[x, y]
                if cell.text.unicodeScalars.contains(where: isUnsafe) {
                    problems.append("(\(x),\(y)) holds \(cell.text.debugDescription)")
                }
                if cell.width == 0 || cell.width != TextWidth.of(cell.text) {
                    problems.append("(\(x),\(y)) \(cell.text.debugDescription) has width \(cell.width)")
                }
                if cell.width == 2 && (x + 1 >= grid.width || grid[x + 1, y].width != 0) {
                    problems.append("(\(x),\(y)) wide \(cell.text.debugDescription) without its continuation")
                }
                x += max(1, cell.width)
            }
        }
        return problems
    }
}

@Suite("Desk: long, empty, control, combining, wide and right-to-left text in every field and filter")
struct DeskBadInputTests {
    private func check(_ driver: DeskDriver, _ sample: String, _ field: String) {
        let problems = BadText.problems(in: driver.desk.render())
        #expect(problems.isEmpty, "\(field), \(sample) text: \(problems.prefix(5))")
    }

    @Test("the aging and queue filters take any text, and the screen stays clean and in its grid")
    func filters() {
        for (name, text) in BadText.samples(longest: 2_000) {
            for screen in [DeskScreen.aging, .queue] {
                let driver = DeskDriver(data: FakeDeskData(), width: 100, height: 30, firstScreen: screen)
                driver.start()
                driver.press(.character("/"))
                driver.type(text)
                check(driver, name, "\(screen) filter")
                driver.press(.enter)
                check(driver, name, "\(screen) filter applied")
                driver.resize(width: 41, height: 12)
                check(driver, name, "\(screen) filter, narrow")
            }
        }
    }

    @Test("a reason typed for do-not-call, a status or a dispute is saved as typed, less control characters")
    func reasons() {
        for (name, text) in BadText.samples where !BadText.kept(text).trimmingCharacters(in: .whitespaces).isEmpty {
            for (keys, saved) in [([Key.character("x")], "do-not-call C003 true because "),
                                  ([.character("s"), .character("l")], "status C003 legal because "),
                                  ([.character("d")], "disputed F-301 true because ")] {
                let data = FakeDeskData()
                let driver = DeskDriver(data: data, width: 100, height: 30, firstScreen: .queue)
                driver.start()
                driver.press(.enter)
                for key in keys { driver.press(key) }
                driver.type(text)
                check(driver, name, "reason \(saved)")
                driver.press(.enter)
                check(driver, name, "reason \(saved) saved")
                let expected = saved + BadText.kept(text).trimmingCharacters(in: .whitespaces)
                #expect(data.writes.all.last == expected, "\(name): \(data.writes.all.last?.prefix(80) ?? "nothing saved")")
            }
        }
    }

    @Test("an empty reason is refused and nothing is saved")
    func emptyReason() {
        let data = FakeDeskData()
        let driver = DeskDriver(data: data, firstScreen: .queue)
        driver.start()
        driver.press(.enter, .character("x"))
        driver.type("\u{1B}\u{7}\t ")
        driver.press(.enter)
        #expect(data.writes.all == ["claim C003"])
    }

    @Test("the call-log note takes any text and the call is still logged")
    func callLogNote() {
        for (name, text) in BadText.samples {
            let data = FakeDeskData()
            let driver = DeskDriver(data: data, width: 100, height: 30, firstScreen: .queue)
            driver.start()
            driver.press(.enter, .character("c"), .character("o"))
            driver.type(text)
            check(driver, name, "call-log note")
            driver.resize(width: 60, height: 20)
            check(driver, name, "call-log note, narrow")
        }
    }

    @Test("the plan builder's fields and the customer prompt take any text without breaking the screen")
    func planBuilder() {
        for (name, text) in BadText.samples {
            let driver = DeskDriver(data: FakeDeskData(), width: 100, height: 30)
            driver.start()
            driver.press(.character("4"), .character("n"))
            driver.type(text)
            check(driver, name, "customer prompt")
            driver.press(.control("u"))
            driver.type("C003")
            driver.press(.enter)
            for _ in 0..<6 {
                driver.press(.control("u"))
                driver.type(text)
                check(driver, name, "plan field")
                driver.press(.tab)
            }
            driver.press(.control("s"))
            check(driver, name, "plan saved or refused")
        }
    }

    @Test("a cancel reason for an agreement is saved as typed, less control characters")
    func agreementCancelReason() {
        for (name, text) in BadText.samples where !BadText.kept(text).trimmingCharacters(in: .whitespaces).isEmpty {
            let data = FakeDeskData()
            let driver = DeskDriver(data: data, width: 100, height: 30)
            driver.start()
            driver.press(.enter, .character("a"), .control("t"))
            driver.press(.character("x"))
            driver.type(text)
            check(driver, name, "cancel reason")
            driver.press(.enter)
            check(driver, name, "cancel reason saved")
            #expect(data.writes.all.last == "cancel agreement 1 because " + BadText.kept(text).trimmingCharacters(in: .whitespaces),
                    "\(name): \(data.writes.all.last?.prefix(80) ?? "nothing saved")")
        }
    }

    @Test("the template editor takes any text and the screen stays clean")
    func templateEditor() {
        let shipped = [ReminderTemplate(key: TemplateKey(stage: "second", language: .en, channel: .letter), body: "{{customer_name}}\n")]
        for (name, text) in BadText.samples(longest: 2_000) {
            let data = FakeDeskData()
            let driver = DeskDriver(data: data, width: 100, height: 30, configure: { $0.shippedTemplates = shipped })
            driver.start()
            driver.press(.character("3"), .character("e"))
            driver.type(text)
            check(driver, name, "template editor")
            driver.press(.control("s"))
            check(driver, name, "template saved")
            let saved = data.writes.templates.first { $0.template.key.stage == "second" }?.template.body ?? ""
            #expect(text.isEmpty || saved.contains(BadText.kept(text)), "\(name)")
        }
    }

    @Test("stored names, phones and notes holding tabs, escapes, DEL and bidi text are drawn clean on the queue and the account")
    func storedText() {
        let stored = "日本\t商事\u{7F} \u{1B}[2J\u{85}\u{2028}شركة\u{202E}x"
        for (name, text) in BadText.samples(longest: 2_000) + [("stored", stored)] {
            var data = FakeDeskData()
            var account = DeskFixture.account
            account.customer.name = stored + text
            account.customer.phone = text
            account.customer.notes = text
            data.accounts["C003"] = account
            data.queue = DeskFixture.queueCandidates.map { candidate in
                var hostile = candidate
                hostile.name = stored + text
                return hostile
            }
            let driver = DeskDriver(data: data, width: 100, height: 30, firstScreen: .queue)
            driver.start()
            check(driver, name, "queue with stored text")
            driver.press(.enter)
            check(driver, name, "account with stored text")
            driver.resize(width: 50, height: 16)
            check(driver, name, "account with stored text, narrow")
        }
    }
}
