import Testing
@testable import CobroTerminal

@Suite("TableView and TableState")
struct WidgetTableTests {
    let table = TableView(
        columns: [
            TableColumn("Code", width: .fixed(4)),
            TableColumn("Name", width: .flexible(minimum: 6)),
            TableColumn("Balance", width: .fixed(10), alignment: .right),
        ],
        sort: TableSort(column: 2, ascending: false))

    let customers: [TableRow] = [
        ["C001", "Ibáñez Ñandú S.L.", "1.234,56 €"],
        ["C002", "日本商事", "99,00 €"],
        ["C003", "Ana 😀 López", TableCell("5,00 €", style: Style(.bucket61to90))],
        ["C004", "日本商事株式会社東京支店", "0,10 €"],
        TableRow(texts: ["C005"]),
    ]

    func noRows(_ index: Int) -> TableRow { [] }

    func render(_ state: TableState, rows: [TableRow], width: Int = 32, height: Int = 7) -> Grid {
        var grid = Grid(width: width, height: height)
        table.draw(into: &grid, in: grid.bounds, state: state, rowCount: rows.count) { rows[$0] }
        return grid
    }

    @Test func cellsFitTheirColumnByDisplayWidth() {
        #expect(TextWidth.fit("Ñandú", to: 7, alignment: .left) == "Ñandú  ")
        #expect(TextWidth.fit("99,00 €", to: 9, alignment: .right) == "  99,00 €")
        #expect(TextWidth.fit("日本商事", to: 6, alignment: .left) == "日本… ")
        #expect(TextWidth.fit("Ibáñez", to: 0, alignment: .left) == "")
        #expect(TextWidth.truncate("Ibáñez", to: 0) == "")
    }

    @Test func flexibleColumnsShareWhatFixedOnesLeave() {
        #expect(table.columnWidths(for: 32) == [4, 16, 10])
        #expect(table.columnWidths(for: 20) == [4, 6, 10])
        let twoFlexible = TableView(columns: [
            TableColumn("A", width: .flexible(minimum: 10)),
            TableColumn("B", width: .flexible(minimum: 3)),
            TableColumn("C", width: .flexible(minimum: 3)),
        ])
        #expect(twoFlexible.columnWidths(for: 27) == [10, 8, 7])
        #expect(twoFlexible.columnWidths(for: 40) == [13, 13, 12])
    }

    @Test func drawsHeaderWithSortArrowAndTruncatesByDisplayWidth() {
        let grid = render(TableState(selected: 1), rows: customers)
        #expect(grid.text == """
            Code Name              Balance ▼
            C001 Ibáñez Ñandú S.… 1.234,56 €
            C002 日本商事            99,00 €
            C003 Ana 😀 López         5,00 €
            C004 日本商事株式会…      0,10 €
            C005

            """)
        #expect(grid[0, 0].style.role == .header)
        #expect(grid[31, 0].style.role == .header)
    }

    @Test func sortArrowStaysWhenTitleIsCut() {
        let narrow = TableView(columns: [TableColumn("Antigüedad", width: .fixed(6))],
                               sort: TableSort(column: 0, ascending: true))
        var grid = Grid(width: 6, height: 1)
        narrow.draw(into: &grid, in: grid.bounds, state: TableState(), rowCount: 0, row: noRows)
        #expect(grid.text == "Ant… ▲")
    }

    @Test func selectionBarCoversTheSelectedRowOverCellStyles() {
        let unselected = render(TableState(selected: 0), rows: customers)
        #expect(unselected[30, 3].style.role == .bucket61to90)
        #expect(unselected[5, 3].style.role == .normal)
        let selected = render(TableState(selected: 2), rows: customers)
        #expect((0..<32).allSatisfy { selected[$0, 3].style.role == .selection })
        #expect(selected[0, 2].style.role == .normal)
    }

    @Test func emptyTableSaysSo() {
        let empty = TableView(columns: table.columns, emptyMessage: "Sin clientes morosos")
        var grid = Grid(width: 32, height: 4)
        empty.draw(into: &grid, in: grid.bounds, state: TableState(), rowCount: 0, row: noRows)
        #expect(grid.text == "Code Name                Balance\nSin clientes morosos\n\n")
        #expect(grid[0, 1].style.role == .muted)
        #expect(TableState().positionText(rowCount: 0) == "0/0")
        var headerOnly = Grid(width: 32, height: 2)
        empty.draw(into: &headerOnly, in: headerOnly.bounds.splitTop(1).top,
                   state: TableState(), rowCount: 0, row: noRows)
        #expect(headerOnly.text == "Code Name                Balance\n")
    }

    @Test func keysMoveTheSelectionAndScrollKeepsItVisible() {
        let rows = (0..<100).map { TableRow(texts: [String($0), "Cliente \($0)", "\($0),00 €"]) }
        let pageSize = TableView.pageSize(in: Rect(x: 0, y: 0, width: 32, height: 5))
        #expect(pageSize == 4)
        var state = TableState()
        func press(_ key: Key, rowCount: Int = 100) -> Bool {
            state.handle(key, rowCount: rowCount, pageSize: pageSize)
        }
        #expect(!press(.up))
        for _ in 0..<5 { #expect(press(.character("j"))) }
        #expect(state.selected == 5 && state.top == 2)
        #expect(render(state, rows: rows, height: 5).text == """
            Code Name              Balance ▼
            2    Cliente 2            2,00 €
            3    Cliente 3            3,00 €
            4    Cliente 4            4,00 €
            5    Cliente 5            5,00 €
            """)
        #expect(state.positionText(rowCount: 100) == "6/100")
        #expect(press(.pageDown))
        #expect(state.selected == 9 && state.top == 6)
        #expect(press(.character("k")))
        #expect(state.selected == 8 && state.top == 6)
        #expect(press(.end))
        #expect(state.selected == 99 && state.top == 96)
        #expect(!press(.pageDown))
        #expect(press(.pageUp))
        #expect(state.selected == 95 && state.top == 92)
        #expect(press(.home))
        #expect(state.selected == 0 && state.top == 0)
        #expect(!press(.character("x")))
        #expect(!press(.down, rowCount: 0))
    }

    @Test func shrinkingRowsClampTheSelection() {
        var state = TableState()
        state.select(50, rowCount: 100, pageSize: 4)
        #expect(state.selection(rowCount: 3) == 2)
        let grid = render(state, rows: Array(customers.prefix(3)), height: 4)
        #expect(grid.row(3).hasPrefix("C003"))
        #expect(grid[0, 3].style.role == .selection)
        let moved = state.handle(.up, rowCount: 3, pageSize: 3)
        #expect(moved && state.selected == 1)
    }

    @Test func drawsOnlyInsideItsRect() {
        var grid = Grid(width: 40, height: 4)
        for y in 0..<4 { grid.put(String(repeating: "·", count: 40), x: 0, y: y) }
        let rect = Rect(x: 4, y: 1, width: 32, height: 2)
        table.draw(into: &grid, in: rect, state: TableState(), rowCount: customers.count) { customers[$0] }
        #expect(grid.text == """
            ········································
            ····Code Name              Balance ▼····
            ····C001 Ibáñez Ñandú S.… 1.234,56 €····
            ········································
            """)
    }
}
