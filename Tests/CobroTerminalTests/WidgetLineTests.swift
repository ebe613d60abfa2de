import Testing
@testable import CobroTerminal

@Suite("StatusBar, KeyLegend, TabBar and HorizontalBar")
struct WidgetLineTests {
    enum Action: Sendable { case move, open, sort, help, quit }

    let bindings = [
        KeyBinding([.up, .down], title: "Mover", action: Action.move),
        KeyBinding([.enter], title: "Abrir", action: .open),
        KeyBinding([.character("s")], title: "Ordenar", disabledReason: "nada que ordenar", action: .sort),
        KeyBinding([.character("q")], title: "Salir", showsInLegend: false, action: .quit),
        KeyBinding([.character("?")], title: "Ayuda", action: .help),
    ]

    @Test func statusBarKeepsTheRightTextVisible() {
        var wide = Grid(width: 36, height: 1)
        StatusBar(left: "Ibáñez — 3 facturas", right: "12/100000").draw(into: &wide, in: wide.bounds)
        #expect(wide.row(0) == " Ibáñez — 3 facturas      12/100000 ")
        #expect((0..<36).allSatisfy { wide[$0, 0].style.role == .statusBar })
        var short = Grid(width: 15, height: 1)
        StatusBar(left: "Cliente Ñandú S.A.", right: "12/100000").draw(into: &short, in: short.bounds)
        #expect(short.row(0) == " Cl… 12/100000 ")
        var tiny = Grid(width: 6, height: 1)
        StatusBar(left: "Cliente", right: "12/100000").draw(into: &tiny, in: tiny.bounds)
        #expect(tiny.row(0) == " 12/… ")
        var rightOnly = Grid(width: 12, height: 1)
        StatusBar(left: "日本商事株式会社").draw(into: &rightOnly, in: rightOnly.bounds)
        #expect(rightOnly.row(0) == " 日本商事…  ")
    }

    @Test func legendShowsEnabledKeysInOrderAndDisabledOnesMuted() {
        var grid = Grid(width: 42, height: 1)
        KeyLegend(bindings).draw(into: &grid, in: grid.bounds)
        #expect(grid.text == "↑/↓ Mover  Enter Abrir  s Ordenar  ? Ayuda")
        #expect(grid[0, 0].style.role == .legendKey)
        #expect(grid[4, 0].style.role == .legendText)
        #expect(grid[11, 0].style.role == .legendKey)
        #expect(grid[24, 0].style.role == .muted)
        #expect(grid[26, 0].style.role == .muted)
        #expect(grid[35, 0].style.role == .legendKey)
    }

    @Test func legendStopsAtTheFirstHintThatDoesNotFit() {
        var grid = Grid(width: 33, height: 1)
        KeyLegend(bindings).draw(into: &grid, in: grid.bounds)
        #expect(grid.text == "↑/↓ Mover  Enter Abrir  s Ordenar")
        grid = Grid(width: 32, height: 1)
        KeyLegend(bindings).draw(into: &grid, in: grid.bounds)
        #expect(grid.text == "↑/↓ Mover  Enter Abrir")
        let longFirst = [
            KeyBinding([.enter], title: "Abrir la cuenta del cliente", action: Action.open),
            KeyBinding([.character("?")], title: "Ayuda", action: .help),
        ]
        var narrow = Grid(width: 20, height: 1)
        KeyLegend(longFirst).draw(into: &narrow, in: narrow.bounds)
        #expect(narrow.text == "")
    }

    @Test func tabBarHighlightsTheActiveScreen() {
        let items = [
            TabItem(key: "1", title: "Cola"), TabItem(key: "2", title: "Cuenta"),
            TabItem(key: "3", title: "Plantillas"), TabItem(key: "4", title: "Acuerdos"),
            TabItem(key: "5", title: "Antigüedad"),
        ]
        var grid = Grid(width: 64, height: 1)
        TabBar(items: items, active: 4).draw(into: &grid, in: grid.bounds)
        #expect(grid.text == " 1 Cola   2 Cuenta   3 Plantillas   4 Acuerdos   5 Antigüedad")
        #expect(grid[0, 0].style.role == .tabInactive)
        #expect(grid[47, 0].style.role == .tabInactive)
        #expect(grid[48, 0].style.role == .tabActive)
        #expect(grid[61, 0].style.role == .tabActive)
        #expect(grid[62, 0].style.role == .tabInactive)
        var narrow = Grid(width: 30, height: 1)
        TabBar(items: items, active: 2).draw(into: &narrow, in: narrow.bounds)
        #expect(narrow.text == " 1   2   3 Plantillas   4   5")
        #expect(narrow[9, 0].style.role == .tabActive)
    }

    @Test func barsUseEighthBlocks() {
        #expect(HorizontalBar.blocks(fraction: 0.5, width: 10) == "█████")
        #expect(HorizontalBar.blocks(fraction: 0.33, width: 10) == "███▎")
        #expect(HorizontalBar.blocks(fraction: 0.9, width: 1) == "▉")
        #expect(HorizontalBar.blocks(fraction: 1, width: 4) == "████")
        #expect(HorizontalBar.blocks(fraction: 1.5, width: 3) == "███")
        #expect(HorizontalBar.blocks(fraction: 0.001, width: 10) == "▏")
        #expect(HorizontalBar.blocks(fraction: 0, width: 10) == "")
        #expect(HorizontalBar.blocks(fraction: -1, width: 10) == "")
        #expect(HorizontalBar.blocks(fraction: .nan, width: 10) == "")
        let eighths = (1...8).map { HorizontalBar.blocks(fraction: Double($0) / 8, width: 1) }
        #expect(eighths == ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"])
    }

    @Test func barDrawsOnlyItsOwnCells() {
        var grid = Grid(width: 12, height: 1)
        grid.put("············", x: 0, y: 0)
        HorizontalBar(fraction: 0.4, style: Style(.bucket61to90)).draw(into: &grid, in: Rect(x: 1, y: 0, width: 10, height: 1))
        #expect(grid.text == "·████·······")
        #expect(grid[1, 0].style.role == .bucket61to90)
        #expect(grid[5, 0].style.role == .normal)
    }
}
