import Testing
@testable import CobroTerminal

@Suite("ValidatedField")
struct WidgetValidatedFieldTests {
    static func isoDateMessage(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let valid = parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isWholeNumber) }
        return valid ? nil : "Fecha AAAA-MM-DD"
    }

    func press(_ text: String, into field: inout ValidatedField) -> [FieldResponse] {
        text.map { field.handle(.character($0)) }
    }

    func render(_ field: ValidatedField, width: Int = 12) -> Grid {
        var grid = Grid(width: width, height: 1)
        field.draw(into: &grid, in: grid.bounds, focused: true)
        return grid
    }

    @Test func dateFieldTakesDigitsAndDashesUpToTen() {
        var field = ValidatedField.date(validate: Self.isoDateMessage)
        let empty = render(field)
        #expect(empty.text == "YYYY-MM-DD")
        #expect(empty[0, 0].style.role == .muted)
        #expect(empty[11, 0].style.role == .inputInvalid)
        #expect(press("2026/11-2a", into: &field) == [
            .textChanged, .textChanged, .textChanged, .textChanged, .refused,
            .textChanged, .textChanged, .textChanged, .textChanged, .refused,
        ])
        #expect(field.text == "202611-2")
        #expect(field.message == "Fecha AAAA-MM-DD")
        #expect(!field.isValid)
        #expect(render(field)[0, 0].style.role == .inputInvalid)
        field.text = "2026-11-23"
        #expect(field.handle(.character("4")) == .refused)
        #expect(field.text == "2026-11-23")
        #expect(field.message == nil)
        let valid = render(field)
        #expect(valid.text == "2026-11-23")
        #expect(valid[0, 0].style.role == .input)
        #expect(valid.cursor == Point(x: 10, y: 0))
        #expect(field.handle(.backspace) == .textChanged)
        #expect(field.handle(.control("u")) == .textChanged)
        #expect(field.handle(.tab) == .ignored)
    }

    @Test func amountFieldRefusesLettersSymbolsAndForeignDigits() {
        var field = ValidatedField.amount(placeholder: "0,00") { $0.isEmpty ? "Importe obligatorio" : nil }
        #expect(field.message == "Importe obligatorio")
        #expect(press("-1.234,56", into: &field).allSatisfy { $0 == .textChanged })
        for refused in ["€", "x", "½", "٣", "日", " "] as [Character] {
            #expect(field.handle(.character(refused)) == .refused)
        }
        #expect(field.text == "-1.234,56")
        #expect(field.isValid)
    }

    @Test func maxLengthCountsCharactersNotBytes() {
        var field = ValidatedField(maxLength: 5)
        #expect(press("Ñandú", into: &field).allSatisfy { $0 == .textChanged })
        #expect(field.handle(.character("x")) == .refused)
        #expect(field.handle(.character("\u{301}")) == .textChanged)
        #expect(field.text == "Ñandú\u{301}")
        #expect(field.field.count == 5)
        _ = field.handle(.home)
        #expect(field.handle(.character("日")) == .refused)
        #expect(field.handle(.delete) == .textChanged)
        #expect(field.handle(.character("日")) == .textChanged)
        #expect(render(field).text == "日andú\u{301}")
    }

    @Test func fieldsWithTheSameTextCompareEqual() {
        var typed = ValidatedField.date(validate: Self.isoDateMessage)
        _ = press("2026-01-31", into: &typed)
        #expect(typed == ValidatedField.date(text: "2026-01-31", validate: Self.isoDateMessage))
        #expect(typed != ValidatedField.date(text: "2026-01-30", validate: Self.isoDateMessage))
    }
}
