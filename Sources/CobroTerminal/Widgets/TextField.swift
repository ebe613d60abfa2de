/// A single-line text editor. It edits by grapheme cluster, so "é" typed as e + ◌́, a flag or
/// a family emoji is one character to the cursor, Backspace and Delete, and it scrolls
/// sideways by display width, so names like Ibáñez or 日本 never split a glyph.
public struct TextField: Hashable, Sendable {
    private var characters: [Character]
    /// The cursor, as a count of characters before it.
    public private(set) var cursor: Int
    /// Shown in .muted while the field is empty: the expected format ("YYYY-MM-DD").
    public var placeholder: String

    public init(text: String = "", placeholder: String = "") {
        characters = Array(text)
        cursor = characters.count
        self.placeholder = placeholder
    }

    /// The text; setting it puts the cursor at the end, where typing would continue.
    public var text: String {
        get { String(characters) }
        set {
            characters = Array(newValue)
            cursor = characters.count
        }
    }

    /// How many characters (grapheme clusters) the text has: what a length limit counts.
    public var count: Int { characters.count }

    /// Edits for typed characters, Backspace, Delete, ←/→, Home/End, ^A/^E (start/end),
    /// ^U (clear) and ^W (delete the word before the cursor).
    public mutating func handle(_ key: Key) -> FieldResponse {
        let before = characters
        switch key {
        case .character(let character):
            guard !character.isNewline, !character.unicodeScalars.contains(where: Self.isControl) else { return .ignored }
            insert(character)
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeAll()
            cursor = 0
        case .control("w"): deleteWordBeforeCursor()
        default: return .ignored
        }
        return characters == before ? .handled : .textChanged
    }

    /// Draws the text (or the placeholder) on the first row of `rect` in `style`, scrolled so
    /// the cursor shows, and puts the terminal cursor there when `focused`.
    public func draw(into grid: inout Grid, in rect: Rect, focused: Bool, style: Style = Style(.input)) {
        guard !rect.isEmpty else { return }
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        grid.fill(line, style: style)
        let columns = characterColumns()
        let start = firstVisibleCharacter(columns: columns, width: rect.width)
        if characters.isEmpty {
            grid.put(TextWidth.truncate(placeholder, to: rect.width), x: rect.x, y: rect.y,
                     style: Style(.muted), maxWidth: rect.width)
        } else {
            grid.put(String(characters[start...]), x: rect.x, y: rect.y, style: style, maxWidth: rect.width)
        }
        if focused {
            grid.cursor = Point(x: rect.x + columns[cursor] - columns[start], y: rect.y)
        }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }

    /// Inserts through `String` so a typed combining accent or a second regional indicator
    /// joins the character before it, as it does on screen. Only the characters either side of
    /// the cursor can join the typed one, so only they are put together again: a 10,000-character
    /// note takes a key as fast as a short one.
    private mutating func insert(_ character: Character) {
        let start = max(0, cursor - 1), end = min(characters.count, cursor + 1)
        let head = String(characters[start..<cursor]) + String(character)
        let joined = Array(head + String(characters[cursor..<end]))
        characters.replaceSubrange(start..<end, with: joined)
        cursor = start + min(head.count, joined.count)
    }

    /// Unix word rubout: the spaces before the cursor, then the word before them.
    private mutating func deleteWordBeforeCursor() {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// The screen column where each character starts, plus the end: `count + 1` entries.
    private func characterColumns() -> [Int] {
        var columns = [0]
        columns.reserveCapacity(characters.count + 1)
        for character in characters { columns.append(columns.last! + TextWidth.of(character)) }
        return columns
    }

    /// Where the visible part starts. Text that fits is shown whole; longer text scrolls in
    /// half-field steps, which keeps the view still while the cursor moves within it, and
    /// never further than needed to fill the field up to the end of the text. The result
    /// depends only on the text, the cursor and the width, so drawing stays a pure function.
    private func firstVisibleCharacter(columns: [Int], width: Int) -> Int {
        let textWidth = columns[characters.count]
        guard textWidth + 1 > width else { return 0 }
        let step = max(1, width / 2)
        let windowStart = min(columns[cursor] / step * step, textWidth + 1 - width)
        return columns.firstIndex { $0 >= windowStart } ?? cursor
    }
}
