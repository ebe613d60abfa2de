/// A dialog button: its label and the letter that presses it. The letter comes with the label
/// because it depends on the language: "Sí" is `s`, "Yes" is `y`.
public struct DialogButton: Hashable, Sendable {
    public var label: String
    public var shortcut: Character?

    public init(_ label: String, shortcut: Character? = nil) {
        self.label = label
        self.shortcut = shortcut
    }
}

/// A modal box over the screen: a title, a message wrapped to a readable width and a row of
/// buttons. It draws only its own box, centred in the area, so what is below stays visible
/// around it and the clerk keeps their place.
public struct Dialog: Hashable, Sendable {
    public var title: String
    public var message: String
    public var buttons: [DialogButton]

    /// Messages wrap at this width even on a wide terminal: long lines are hard to read.
    static let readableWidth = 60

    public init(title: String, message: String, buttons: [DialogButton]) {
        self.title = title
        self.message = message
        self.buttons = buttons
    }

    /// Draws the dialog centred in `area`, the `selected` button in .selection and each
    /// button's shortcut letter underlined. When the area is too short, the blank lines around
    /// the message go first, then message lines from the end; the buttons always show.
    public func draw(into grid: inout Grid, in area: Rect, selected: Int?) {
        let lines = TextWidth.wrap(message, width: min(Self.readableWidth, area.width - 4))
        let buttonsWidth = buttons.reduce(0) { $0 + TextWidth.of($1.label) + 4 } + 2 * max(0, buttons.count - 1)
        let contentWidth = ([buttonsWidth, TextWidth.of(title) + 4] + lines.map { TextWidth.of($0) }).max() ?? 0
        // Border, blank, message lines, blank, buttons, border.
        let box = area.centered(width: contentWidth + 4, height: lines.count + 5)
        grid.fill(box, style: Style(.dialog))
        let inside = Box.draw(into: &grid, in: box, title: title).inset(dx: 1)
        guard inside.height >= 1 else { return }
        let messageRows = inside.height - 1
        let top = inside.y + (messageRows >= lines.count + 2 ? 1 : 0)
        for (offset, line) in lines.prefix(messageRows).enumerated() {
            grid.put(line, x: inside.x, y: top + offset, style: Style(.dialog), maxWidth: inside.width)
        }
        drawButtons(into: &grid, y: inside.maxY - 1, x: inside.x + max(0, (inside.width - buttonsWidth) / 2),
                    limit: inside.maxX, selected: selected)
    }

    /// "[ Sí ]  [ No ]".
    private func drawButtons(into grid: inout Grid, y: Int, x: Int, limit: Int, selected: Int?) {
        var x = x
        for (index, button) in buttons.enumerated() where x < limit {
            let style = Style(index == selected ? .selection : .dialog)
            var underlined = style
            underlined.underline = true
            let shortcut = button.shortcut.map { $0.lowercased() }
            var marked = false
            x += grid.put("[ ", x: x, y: y, style: style, maxWidth: limit - x)
            for character in button.label {
                let isShortcut = !marked && character.lowercased() == shortcut
                marked = marked || isShortcut
                x += grid.put(String(character), x: x, y: y, style: isShortcut ? underlined : style, maxWidth: limit - x)
            }
            x += grid.put(" ]", x: x, y: y, style: style, maxWidth: limit - x) + 2
        }
    }
}
