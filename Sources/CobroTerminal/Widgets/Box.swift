/// A bordered frame (─│┌┐└┘) with an optional title in its top edge. Dialogs, the help overlay
/// and screen panels share it, so every box on the desk looks the same.
public enum Box {
    /// Draws the frame on the edge cells of `rect` and returns the rectangle inside it. The
    /// inside is left as it was: a dialog fills it, a panel over a table does not.
    @discardableResult
    public static func draw(into grid: inout Grid, in rect: Rect, title: String? = nil,
                            style: Style = Style(.border), titleStyle: Style = Style(.title)) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let edge = String(repeating: "─", count: rect.width - 2)
        grid.put("┌" + edge + "┐", x: rect.x, y: rect.y, style: style)
        grid.put("└" + edge + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            grid.put("│", x: rect.x, y: y, style: style)
            grid.put("│", x: rect.maxX - 1, y: y, style: style)
        }
        // "┌─ Title ─┐": one rule cell each side of the title keeps the corners readable.
        let titleSpace = rect.width - 4
        if let title, !title.isEmpty, titleSpace >= 3 {
            let shown = " " + TextWidth.truncate(title, to: titleSpace - 2) + " "
            grid.put(shown, x: rect.x + 2, y: rect.y, style: titleStyle, maxWidth: titleSpace)
        }
        return rect.inset(dx: 1, dy: 1)
    }
}
