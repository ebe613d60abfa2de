/// A colour as a theme names it: the terminal's own, or one of the 256 xterm colours
/// (0–7 basic, 8–15 bright, 16–231 a 6×6×6 cube, 232–255 greys).
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background colour.
    case terminalDefault
    case indexed(UInt8)

    /// The names a theme file may use, besides the numbers 0–255.
    public static let names: [String: ThemeColor] = {
        let basic = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        var names: [String: ThemeColor] = ["default": .terminalDefault]
        for (index, name) in basic.enumerated() {
            names[name] = .indexed(UInt8(index))
            names["bright-" + name] = .indexed(UInt8(index + 8))
        }
        return names
    }()

    /// Reads a colour as a theme file writes it: a name from `names` or a number 0–255.
    public init?(themeValue: String) {
        if let number = Int(themeValue) {
            guard let index = UInt8(exactly: number) else { return nil }
            self = .indexed(index)
        } else if let named = Self.names[themeValue.lowercased()] {
            self = named
        } else {
            return nil
        }
    }
}
