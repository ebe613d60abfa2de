/// How many terminal columns text takes: combining marks take none, East Asian wide and
/// full-width characters and emoji take two, everything else one.
public enum TextWidth {
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// A grapheme cluster takes the width of its widest scalar (a base letter with accents is
    /// one column; an emoji sequence is two). A tab takes one column, drawn as a space; other
    /// control characters (ESC, DEL) take none and are never drawn.
    public static func of(_ character: Character) -> Int {
        if character.isASCII {
            let value = character.asciiValue!
            return character == "\t" ? 1 : (value < 0x20 || value == 0x7F ? 0 : 1)
        }
        return character.unicodeScalars.reduce(0) { max($0, of($1)) }
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        // U+2028 and U+2029 end a line like LF does, so they are not drawn either.
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(scalar.value) } ? 2 : 1
    }

    /// Cuts `text` to at most `width` columns, ending in `…` when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 0 else { return "" }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// Pads `text` with spaces to `width` columns, on the right (`.left` aligned) or the left.
    public static func pad(_ text: String, to width: Int, alignment: Alignment) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return alignment == .left ? text + padding : padding + text
    }

    /// Exactly `width` columns: truncated with `…` when too wide, padded when too narrow, so
    /// table cells and status texts line up whatever the text.
    public static func fit(_ text: String, to width: Int, alignment: Alignment) -> String {
        pad(truncate(text, to: width), to: width, alignment: alignment)
    }

    public enum Alignment: Sendable { case left, right }

    // Unicode East Asian Width W and F blocks (Hangul Jamo, CJK, Hangul syllables, compatibility
    // ideographs, full-width forms, supplementary ideographic planes).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
