import CobroTerminal
import Testing

@Suite struct RenderDiffTests {
    /// Each change as "row,column:text", continuation cells skipped.
    private func describe(_ changes: [GridChange]) -> [String] {
        changes.map { "\($0.row),\($0.column):" + $0.cells.map(\.text).joined() }
    }

    @Test func firstFrameIsEveryRowWhole() {
        var grid = Grid(width: 4, height: 2)
        grid.put("ab", x: 1, y: 1)
        #expect(describe(GridDiff.changes(from: nil, to: grid)) == ["0,0:    ", "1,0: ab "])
    }

    @Test func sameFrameHasNoChanges() {
        var grid = Grid(width: 10, height: 3)
        grid.put("Gestión 日本", x: 0, y: 1)
        #expect(GridDiff.changes(from: grid, to: grid).isEmpty)
    }

    @Test func onlyChangedRunsAreReported() {
        var old = Grid(width: 12, height: 3)
        old.put("Ibáñez 1000", x: 0, y: 0)
        old.put("unchanged", x: 0, y: 1)
        var new = old
        new.put("Ibañez", x: 0, y: 0)
        new.put("2", x: 7, y: 0)
        new.put("€", x: 11, y: 2)
        #expect(describe(GridDiff.changes(from: old, to: new)) == ["0,2:a", "0,7:2", "2,11:€"])
    }

    @Test func styleChangeIsAChange() {
        let old = Grid(width: 5, height: 1)
        var new = old
        new.restyle(Rect(x: 1, y: 0, width: 2, height: 1), style: Style(.selection))
        let changes = GridDiff.changes(from: old, to: new)
        #expect(describe(changes) == ["0,1:  "])
        #expect(changes.first?.cells.allSatisfy { $0.style.role == .selection } == true)
    }

    @Test func runsCoverWideCharactersWhole() {
        var old = Grid(width: 6, height: 1)
        old.put("a日本", x: 0, y: 0)
        var new = old
        new.put("x", x: 2, y: 0)   // overwrites the right half of 日: its left half must be redrawn too
        #expect(describe(GridDiff.changes(from: old, to: new)) == ["0,1: x"])

        var narrow = Grid(width: 6, height: 1)
        narrow.put("abcd", x: 0, y: 0)
        var widened = narrow
        widened.put("語", x: 1, y: 0)
        #expect(describe(GridDiff.changes(from: narrow, to: widened)) == ["0,1:語"])
    }

    @Test func sizeChangeRedrawsEverything() {
        let old = Grid(width: 3, height: 1)
        let new = Grid(width: 4, height: 1)
        #expect(describe(GridDiff.changes(from: old, to: new)) == ["0,0:    "])
    }
}
