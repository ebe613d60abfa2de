import Testing
@testable import CobroTerminal

@Suite("Widget speed")
struct WidgetPerformanceTests {
    /// The aging screen's worst case: 100,000 customers on a large terminal. Every key press,
    /// state update and full frame, must be answered well within a 60 Hz frame (16 ms), even in
    /// a debug build.
    @Test func aHundredThousandRowsAnswerEachKeyWithinAFrame() {
        let names = ["Ibáñez Ñandú S.L.", "日本商事株式会社", "Café 😀 Müller", "O'Brien & Sons Ltd"]
        let rows = (0..<100_000).map { index in
            TableRow([
                TableCell(String(index)),
                TableCell(names[index % names.count]),
                TableCell("\(index),00 €", style: Style(.bucket61to90)),
                TableCell(HorizontalBar.blocks(fraction: Double(index % 100) / 100, width: 12)),
            ])
        }
        let table = TableView(columns: [
            TableColumn("Code", width: .fixed(8)),
            TableColumn("Name", width: .flexible(minimum: 20)),
            TableColumn("Balance", width: .fixed(14), alignment: .right),
            TableColumn("Share", width: .fixed(12)),
        ], sort: TableSort(column: 2, ascending: false))
        let legend = KeyLegend([
            KeyBinding([.up, .down], title: "Move", action: 0),
            KeyBinding([.enter], title: "Open", action: 1),
        ])
        let tabs = TabBar(items: [TabItem(key: "1", title: "Cola"), TabItem(key: "5", title: "Antigüedad")], active: 1)
        let keys: [Key] = [.character("j"), .pageDown, .down, .end, .character("k"), .pageUp, .up, .home]
        let clock = ContinuousClock()
        var state = TableState()
        var frames: [Duration] = []
        for press in 0..<400 {
            let started = clock.now
            var grid = Grid(width: 200, height: 60)
            let (top, rest) = grid.bounds.splitTop(1)
            let (body, footer) = rest.splitBottom(2)
            state.handle(keys[press % keys.count], rowCount: rows.count, pageSize: TableView.pageSize(in: body))
            tabs.draw(into: &grid, in: top)
            table.draw(into: &grid, in: body, state: state, rowCount: rows.count) { rows[$0] }
            StatusBar(left: "Antigüedad", right: state.positionText(rowCount: rows.count))
                .draw(into: &grid, in: footer.splitTop(1).top)
            legend.draw(into: &grid, in: footer.splitBottom(1).bottom)
            frames.append(clock.now - started)
        }
        frames.sort()
        let median = frames[frames.count / 2]
        let slowest95 = frames[frames.count * 95 / 100]
        #expect(slowest95 < .milliseconds(16), "95th percentile frame \(slowest95), median \(median)")
    }
}
