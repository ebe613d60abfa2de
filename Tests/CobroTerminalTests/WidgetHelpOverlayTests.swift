import Testing
@testable import CobroTerminal

@Suite("HelpOverlay")
struct WidgetHelpOverlayTests {
    enum Action: Sendable { case move, open, export, activate, quit }

    let overlay = HelpOverlay(title: "Keys — Aging", bindings: [
        KeyBinding([.up, .down, .character("k"), .character("j")], title: "Move", help: "Move the selection", action: Action.move),
        KeyBinding([.enter], title: "Open", help: "Open Ibáñez's account", action: .open),
        KeyBinding([.character("e")], title: "Export", help: "Export to CSV 日本", showsInLegend: false, action: .export),
        KeyBinding([.character("a")], title: "Activate", help: "Activate the agreement",
                   disabledReason: "owners only", action: .activate),
        KeyBinding([.character("q")], title: "Quit", action: .quit),
    ])

    @Test func listsEveryBindingWithDisabledOnesAndTheirReason() {
        var grid = Grid(width: 50, height: 9)
        overlay.draw(into: &grid, in: grid.bounds)
        #expect(grid.text == """

            ┌─ Keys — Aging ────────────────────────────────┐
            │ ↑/↓/k/j  Move the selection                   │
            │ Enter    Open Ibáñez's account                │
            │ e        Export to CSV 日本                   │
            │ a        Activate the agreement (owners only) │
            │ q        Quit                                 │
            └───────────────────────────────────────────────┘

            """)
        #expect(grid[2, 2].style.role == .legendKey)
        #expect(grid[11, 2].style.role == .dialog)
        #expect(grid[2, 5].style.role == .muted)
        #expect(grid[11, 5].style.role == .muted)
    }

    @Test func scrollsWhenTallerThanTheScreen() {
        var help = overlay
        let area = Rect(x: 0, y: 0, width: 50, height: 5)
        var grid = Grid(width: 50, height: 5)
        help.draw(into: &grid, in: area)
        #expect(grid.row(1).contains("Move the selection"))
        #expect(grid[48, 1].text == "│" && grid[48, 3].text == "▼")
        for _ in 0..<10 { #expect(help.handle(.down, in: area) == .open) }
        #expect(help.scroll == 2)
        grid = Grid(width: 50, height: 5)
        help.draw(into: &grid, in: area)
        #expect(grid.row(1).contains("Export to CSV 日本"))
        #expect(grid.row(3).contains("Quit"))
        #expect(grid[48, 1].text == "▲" && grid[48, 3].text == "│")
        #expect(help.handle(.up, in: area) == .open)
        #expect(help.scroll == 1)
        #expect(help.handle(.pageUp, in: area) == .open)
        #expect(help.scroll == 0)
    }

    @Test func closesOnEscapeQuestionMarkAndQ() {
        var help = overlay
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(help.handle(.escape, in: area) == .closed)
        #expect(help.handle(.character("?"), in: area) == .closed)
        #expect(help.handle(.character("q"), in: area) == .closed)
        #expect(help.handle(.enter, in: area) == .open)
        #expect(help.handle(.down, in: area) == .open)
        #expect(help.scroll == 0)
    }
}
