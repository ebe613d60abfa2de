import CobroTerminal
import Testing

@Suite struct ThemeColorTests {
    @Test func namesAndNumbers() {
        #expect(ThemeColor(themeValue: "default") == .terminalDefault)
        #expect(ThemeColor(themeValue: "red") == .indexed(1))
        #expect(ThemeColor(themeValue: "Bright-Blue") == .indexed(12))
        #expect(ThemeColor(themeValue: "0") == .indexed(0))
        #expect(ThemeColor(themeValue: "255") == .indexed(255))
        #expect(ThemeColor(themeValue: "256") == nil)
        #expect(ThemeColor(themeValue: "-1") == nil)
        #expect(ThemeColor(themeValue: "purplish") == nil)
    }

    @Test func colourTheTerminalHasIsKept() {
        #expect(ThemeColor.indexed(203).fitted(toColorCount: 256) == .indexed(203))
        #expect(ThemeColor.indexed(12).fitted(toColorCount: 16) == .indexed(12))
        #expect(ThemeColor.terminalDefault.fitted(toColorCount: 8) == .terminalDefault)
    }

    @Test func colourTheTerminalLacksBecomesTheNearest() {
        #expect(ThemeColor.indexed(9).fitted(toColorCount: 8) == .indexed(1))    // bright red → red
        #expect(ThemeColor.indexed(196).fitted(toColorCount: 16) == .indexed(9))  // pure red → bright red
        #expect(ThemeColor.indexed(196).fitted(toColorCount: 8) == .indexed(1))
        #expect(ThemeColor.indexed(19).fitted(toColorCount: 8) == .indexed(4))    // deep blue → blue
        #expect(ThemeColor.indexed(252).fitted(toColorCount: 8) == .indexed(7))   // light grey → white
        #expect(ThemeColor.indexed(235).fitted(toColorCount: 16) == .indexed(0))  // near black → black
    }
}
