import Testing
@testable import CobroTerminal

@Suite("TextField")
struct WidgetTextFieldTests {
    func type(_ text: String, into field: inout TextField) {
        for character in text { #expect(field.handle(.character(character)) == .textChanged) }
    }

    func render(_ field: TextField, width: Int = 12, focused: Bool = true) -> Grid {
        var grid = Grid(width: width, height: 1)
        field.draw(into: &grid, in: grid.bounds, focused: focused)
        return grid
    }

    @Test func typesAccentedAndWideCharacters() {
        var field = TextField()
        type("Ibáñez 日本 €", into: &field)
        #expect(field.text == "Ibáñez 日本 €")
        #expect(field.count == 11)
        let grid = render(field, width: 16)
        #expect(grid.text == "Ibáñez 日本 €")
        #expect(grid.cursor == Point(x: 13, y: 0))
        #expect(grid[0, 0].style.role == .input)
        #expect(grid[15, 0].style.role == .input)
    }

    @Test func combiningAccentsAndFlagsAreOneCharacter() {
        var field = TextField()
        type("Nandu", into: &field)
        #expect(field.handle(.home) == .handled)
        #expect(field.handle(.right) == .handled)
        #expect(field.handle(.character("\u{303}")) == .textChanged)
        #expect(field.text == "N\u{303}andu")
        #expect(field.count == 5 && field.cursor == 1)
        #expect(field.handle(.backspace) == .textChanged)
        #expect(field.text == "andu")
        #expect(field.handle(.end) == .handled)
        type("🇪", into: &field)
        type("🇸", into: &field)
        #expect(field.count == 5)
        #expect(render(field).cursor == Point(x: 6, y: 0))
        #expect(field.handle(.backspace) == .textChanged)
        #expect(field.text == "andu")
    }

    @Test func movesAndDeletesByGraphemeCluster() {
        var field = TextField(text: "Ibáez")
        #expect(field.cursor == 5)
        _ = field.handle(.left)
        _ = field.handle(.left)
        #expect(field.handle(.character("ñ")) == .textChanged)
        #expect(field.text == "Ibáñez")
        #expect(field.handle(.control("a")) == .handled)
        #expect(field.handle(.left) == .handled)
        #expect(field.handle(.backspace) == .handled)
        #expect(field.handle(.delete) == .textChanged)
        #expect(field.text == "báñez")
        #expect(field.handle(.control("e")) == .handled)
        #expect(field.cursor == 5)
        #expect(field.handle(.delete) == .handled)
        #expect(field.handle(.right) == .handled)
        #expect(field.cursor == 5)
    }

    @Test func controlUClearsAndControlWDeletesAWord() {
        var field = TextField(text: "Pago parcial  100 €")
        #expect(field.handle(.control("w")) == .textChanged)
        #expect(field.text == "Pago parcial  100 ")
        #expect(field.handle(.control("w")) == .textChanged)
        #expect(field.text == "Pago parcial  ")
        #expect(field.handle(.control("w")) == .textChanged)
        #expect(field.text == "Pago ")
        _ = field.handle(.home)
        #expect(field.handle(.control("w")) == .handled)
        #expect(field.handle(.control("u")) == .textChanged)
        #expect(field.text.isEmpty && field.cursor == 0)
    }

    @Test func leavesFormKeysToTheForm() {
        var field = TextField(text: "Ñandú")
        for key in [Key.tab, .backTab, .enter, .escape, .up, .down, .control("x"), .character("\n"), .character("\u{7}")] {
            #expect(field.handle(key) == .ignored)
        }
        #expect(field.text == "Ñandú")
    }

    @Test func placeholderShowsMutedWhileEmpty() {
        let grid = render(TextField(placeholder: "Nombre o código"), width: 10)
        #expect(grid.text == "Nombre o …")
        #expect(grid[0, 0].style.role == .muted)
        #expect(grid[9, 0].style.role == .muted)
        #expect(grid.cursor == Point(x: 0, y: 0))
        #expect(render(TextField(placeholder: "Nombre"), focused: false).cursor == nil)
    }

    @Test func scrollsSidewaysToKeepTheCursorVisible() {
        var field = TextField(text: "Ñandú Ibáñez García")
        var grid = render(field, width: 10)
        #expect(grid.text == "ez García")
        #expect(grid.cursor == Point(x: 9, y: 0))
        _ = field.handle(.home)
        grid = render(field, width: 10)
        #expect(grid.text == "Ñandú Ibáñ")
        #expect(grid.cursor == Point(x: 0, y: 0))
        for _ in 0..<4 { _ = field.handle(.right) }
        #expect(render(field, width: 10).text == "Ñandú Ibáñ")
        _ = field.handle(.right)
        grid = render(field, width: 10)
        #expect(grid.text == " Ibáñez Ga")
        #expect(grid.cursor == Point(x: 0, y: 0))
    }

    @Test func scrollingNeverSplitsAWideCharacter() {
        var field = TextField(text: "日本商事株式会社")
        var grid = render(field, width: 7)
        #expect(grid.text == "式会社")
        #expect(grid.cursor == Point(x: 6, y: 0))
        _ = field.handle(.home)
        _ = field.handle(.right)
        _ = field.handle(.right)
        grid = render(field, width: 7)
        #expect(grid.text == "商事株")
        #expect(grid.cursor == Point(x: 0, y: 0))
    }
}
