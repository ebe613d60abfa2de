import CobroTerminal
import Testing

@Suite("Grid and TextField with control, wide, combining and right-to-left text")
struct WidgetBadTextTests {
    @Test("put draws a tab as a space and never draws ESC, DEL, C1 controls, U+2028 or bidi controls")
    func controlsNeverReachTheGrid() {
        var grid = Grid(width: 20, height: 1)
        let used = grid.put("a\tb\u{7F}c\u{1B}[1m\u{85}d\u{2028}e\u{202E}f\u{0}", x: 0, y: 0)
        #expect(grid.row(0) == "a bc[1mdef" + String(repeating: " ", count: 10))
        #expect(used == 10)
        #expect(TextWidth.of("\u{7F}\u{2028}\u{2029}\u{1B}") == 0 && TextWidth.of("\t") == 1)
    }

    @Test("wide and combining text is cut at the cell grid, never half a glyph")
    func wideTextStaysInTheGrid() {
        var grid = Grid(width: 5, height: 1)
        grid.put("日本e\u{301}\u{301}👨‍👩‍👧", x: 0, y: 0)
        #expect(grid.row(0) == "日本e\u{301}\u{301}")
        grid.put("ab日本", x: 0, y: 0, maxWidth: 3)
        #expect(grid[2, 0].text == " " && grid[2, 0].width == 1)
    }

    @Test("a TextField keeps 10,000 typed characters, refuses control characters, and joins accents and flags as typed")
    func textFieldKeepsWhatIsTyped() {
        var field = TextField()
        let long = String(repeating: "Ñandú 日本. ", count: 1_000)
        for character in long { _ = field.handle(.character(character)) }
        #expect(field.text == long && field.count == 10_000)
        var controls = TextField()
        for character in "a\u{1B}\u{7}\u{7F}\u{85}\u{0}\r\n\u{2028}b" { _ = controls.handle(.character(character)) }
        #expect(controls.text == "ab")
        var joined = TextField()
        for scalar in ["e", "\u{301}", "🇪", "🇸", "🇫"] { _ = joined.handle(.character(Character(scalar))) }
        #expect(joined.text == "e\u{301}🇪🇸🇫" && joined.count == 3 && joined.cursor == 3)
        _ = joined.handle(.left)
        _ = joined.handle(.left)
        _ = joined.handle(.character("x"))
        #expect(joined.text == "e\u{301}x🇪🇸🇫" && joined.cursor == 2)
        var grid = Grid(width: 8, height: 1)
        field.draw(into: &grid, in: Rect(x: 0, y: 0, width: 8, height: 1), focused: true)
        #expect(grid.cursor.map { $0.x >= 0 && $0.x < 8 } == true)
    }
}
