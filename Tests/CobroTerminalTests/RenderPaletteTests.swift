import CNcurses
@testable import CobroTerminal
import Testing

@Suite struct RenderPaletteTests {
    @Test func monochromeUsesAttributesAndNoColourPairs() {
        let palette = TerminalPalette(theme: .monochrome, colorCount: nil)
        #expect(palette.colorPairs.isEmpty)
        #expect(palette.pen(for: Style(.selection)) == .init(attributes: cn_a_reverse(), pair: 0))
        #expect(palette.pen(for: Style(.header)) == .init(attributes: cn_a_bold() | cn_a_underline(), pair: 0))
        #expect(palette.pen(for: Style(.normal, bold: true)) == .init(attributes: cn_a_bold(), pair: 0))
    }

    @Test func colourThemeHasOnePairPerRoleFittedToTheTerminal() {
        let theme = Theme(name: "t") { role in
            role == .error ? RoleAppearance(foreground: .indexed(196), attributes: [.bold]) : RoleAppearance()
        }
        let palette = TerminalPalette(theme: theme, colorCount: 8)
        #expect(palette.colorPairs.count == ThemeRole.allCases.count)
        let errorPair = Int16(ThemeRole.allCases.firstIndex(of: .error)! + 1)
        #expect(palette.colorPairs.first { $0.number == errorPair } == .init(number: errorPair, foreground: 1, background: -1))
        #expect(palette.pen(for: Style(.error, underline: true)) == .init(attributes: cn_a_bold() | cn_a_underline(), pair: errorPair))
    }
}
