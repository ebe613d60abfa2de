import Testing
@testable import CobroTerminal

@Suite("Box, Dialog and ConfirmDialog")
struct WidgetDialogTests {
    func backdrop(width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        for y in 0..<height { grid.put(String(repeating: "·", count: width), x: 0, y: y) }
        return grid
    }

    @Test func boxDrawsAFrameWithItsTitle() {
        var grid = Grid(width: 12, height: 4)
        let inside = Box.draw(into: &grid, in: grid.bounds, title: "Ñandú")
        #expect(inside == Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(grid.text == """
            ┌─ Ñandú ──┐
            │          │
            │          │
            └──────────┘
            """)
        #expect(grid[0, 0].style.role == .border)
        #expect(grid[3, 0].style.role == .title)
        var narrow = Grid(width: 8, height: 2)
        Box.draw(into: &narrow, in: narrow.bounds, title: "日本語のタイトル")
        #expect(narrow.text == "┌─ … ──┐\n└──────┘")
    }

    @Test func wrapsAtSpacesAndBreaksOnlyOverlongWords() {
        #expect(TextWidth.wrap("¿Anular el acuerdo de Ibáñez?", width: 12) == ["¿Anular el", "acuerdo de", "Ibáñez?"])
        #expect(TextWidth.wrap("日本商事株式会社", width: 5) == ["日本", "商事", "株式", "会社"])
        #expect(TextWidth.wrap("Uno\n\nDos", width: 10) == ["Uno", "", "Dos"])
    }

    @Test func dialogIsCentredOverTheScreen() {
        let dialog = Dialog(title: "Confirmar", message: "¿Anular el acuerdo de Ibáñez?",
                            buttons: [DialogButton("Sí", shortcut: "s"), DialogButton("No", shortcut: "n")])
        var grid = backdrop(width: 40, height: 10)
        dialog.draw(into: &grid, in: grid.bounds, selected: 1)
        #expect(grid.text == """
            ········································
            ········································
            ···┌─ Confirmar ───────────────────┐····
            ···│                               │····
            ···│ ¿Anular el acuerdo de Ibáñez? │····
            ···│                               │····
            ···│        [ Sí ]  [ No ]         │····
            ···└───────────────────────────────┘····
            ········································
            ········································
            """)
        #expect(grid[4, 3].style.role == .dialog)
        #expect(grid[12, 6].style.role == .dialog)
        #expect(grid[22, 6].style.role == .selection)
        #expect(grid[14, 6].style.underline)
        #expect(!grid[15, 6].style.underline)
        #expect(grid[22, 6].style.underline)
    }

    @Test func longMessagesWrapAndShortScreensKeepTheButtons() {
        let dialog = Dialog(title: "Aviso", message: "El cliente 日本商事 tiene un acuerdo activo; anularlo lo devuelve a la cola 📞.",
                            buttons: [DialogButton("Aceptar")])
        var grid = Grid(width: 30, height: 7)
        dialog.draw(into: &grid, in: grid.bounds, selected: 0)
        #expect(grid.text == """
            ┌─ Aviso ───────────────────┐
            │ El cliente 日本商事 tiene │
            │ un acuerdo activo;        │
            │ anularlo lo devuelve a la │
            │ cola 📞.                  │
            │        [ Aceptar ]        │
            └───────────────────────────┘
            """)
        var shorter = Grid(width: 30, height: 6)
        dialog.draw(into: &shorter, in: shorter.bounds, selected: 0)
        #expect(shorter.text == """
            ┌─ Aviso ───────────────────┐
            │ El cliente 日本商事 tiene │
            │ un acuerdo activo;        │
            │ anularlo lo devuelve a la │
            │        [ Aceptar ]        │
            └───────────────────────────┘
            """)
    }

    @Test func spanishShortcutsArrowsTabEnterAndEscape() {
        var dialog = ConfirmDialog.yesNo(title: "Anular", message: "¿Seguro?",
                                         yes: DialogButton("Sí", shortcut: "s"), no: DialogButton("No", shortcut: "n"))
        #expect(dialog.selected == 1)
        #expect(dialog.handle(.enter) == .chosen(false))
        #expect(dialog.handle(.character("S")) == .chosen(true))
        #expect(dialog.handle(.character("y")) == nil)
        #expect(dialog.handle(.left) == nil)
        #expect(dialog.selected == 0)
        #expect(dialog.handle(.left) == nil)
        #expect(dialog.selected == 0)
        #expect(dialog.handle(.enter) == .chosen(true))
        #expect(dialog.handle(.tab) == nil)
        #expect(dialog.handle(.tab) == nil)
        #expect(dialog.selected == 0)
        #expect(dialog.handle(.backTab) == nil)
        #expect(dialog.selected == 1)
        #expect(dialog.handle(.right) == nil)
        #expect(dialog.selected == 1)
        #expect(dialog.handle(.escape) == .cancelled)
    }

    @Test func buttonsAnswerWithTheirOwnValues() {
        enum Leave: Hashable { case save, discard, stay }
        var dialog = ConfirmDialog(title: "Cambios sin guardar", message: "El acuerdo tiene cambios.",
                                   choices: [(DialogButton("Guardar", shortcut: "g"), Leave.save),
                                             (DialogButton("Descartar", shortcut: "d"), .discard),
                                             (DialogButton("Volver", shortcut: "v"), .stay)])
        #expect(dialog.handle(.character("d")) == .chosen(.discard))
        #expect(dialog.handle(.right) == nil)
        #expect(dialog.handle(.right) == nil)
        #expect(dialog.handle(.enter) == .chosen(.stay))
        var grid = Grid(width: 44, height: 8)
        dialog.draw(into: &grid, in: grid.bounds)
        #expect(grid.row(5).contains("[ Guardar ]  [ Descartar ]  [ Volver ]"))
        let volver = grid.row(5).distance(of: "[ Volver ]")
        #expect(grid[volver, 5].style.role == .selection)
    }
}

extension String {
    /// The column where `needle` starts, for text without wide characters.
    fileprivate func distance(of needle: String) -> Int {
        distance(from: startIndex, to: firstRange(of: needle)!.lowerBound)
    }
}
