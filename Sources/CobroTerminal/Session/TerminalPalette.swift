import CNcurses

/// The ncurses attributes and colour pair of every role of a theme: one pair per role,
/// numbered from 1 in `ThemeRole.allCases` order.
struct TerminalPalette {
    /// What ncurses needs to draw one style.
    struct Pen: Equatable {
        var attributes: attr_t
        var pair: Int16
    }

    /// A colour pair to define with `init_pair`; -1 is the terminal's default colour.
    struct ColorPair: Equatable {
        var number: Int16
        var foreground: Int16
        var background: Int16
    }

    private let pens: [ThemeRole: Pen]
    /// Empty when the palette draws with attributes only.
    let colorPairs: [ColorPair]

    /// `colorCount` is how many colours the terminal has, nil when colour is off: the theme's
    /// colours are then dropped and its attributes kept.
    init(theme: Theme, colorCount: Int?) {
        var pens: [ThemeRole: Pen] = [:]
        var colorPairs: [ColorPair] = []
        for (index, role) in ThemeRole.allCases.enumerated() {
            let appearance = theme[role]
            var pen = Pen(attributes: Self.attributes(appearance.attributes), pair: 0)
            if let colorCount {
                pen.pair = Int16(index + 1)
                colorPairs.append(ColorPair(number: pen.pair,
                                            foreground: Self.number(appearance.foreground, colorCount: colorCount),
                                            background: Self.number(appearance.background, colorCount: colorCount)))
            }
            pens[role] = pen
        }
        self.pens = pens
        self.colorPairs = colorPairs
    }

    /// The role's pen, plus the attributes the style adds (a bold figure in a normal row).
    func pen(for style: Style) -> Pen {
        var pen = pens[style.role]!
        var extra: TextAttributes = []
        if style.bold { extra.insert(.bold) }
        if style.reverse { extra.insert(.reverse) }
        if style.underline { extra.insert(.underline) }
        pen.attributes |= Self.attributes(extra)
        return pen
    }

    private static func attributes(_ attributes: TextAttributes) -> attr_t {
        var result = cn_a_normal()
        if attributes.contains(.bold) { result |= cn_a_bold() }
        if attributes.contains(.reverse) { result |= cn_a_reverse() }
        if attributes.contains(.underline) { result |= cn_a_underline() }
        if attributes.contains(.dim) { result |= cn_a_dim() }
        return result
    }

    private static func number(_ color: ThemeColor, colorCount: Int) -> Int16 {
        switch color.fitted(toColorCount: colorCount) {
        case .terminalDefault: return -1
        case .indexed(let index): return Int16(index)
        }
    }
}
