/// A bar whose length shows a share (a bucket's part of the total owed) with eighth-of-a-cell
/// precision, so buckets a few percent apart still look different in a narrow column.
public struct HorizontalBar: Hashable, Sendable {
    /// 0…1; values outside are clamped, NaN counts as 0.
    public var fraction: Double
    public var style: Style

    public init(fraction: Double, style: Style = Style(.bar)) {
        self.fraction = fraction
        self.style = style
    }

    /// The bar as text for `width` columns: full blocks, then one partial block (▏…▉). Any share
    /// above zero shows at least ▏, so a small debt is never drawn as none. Usable as a table
    /// cell's text.
    public static func blocks(fraction: Double, width: Int) -> String {
        guard width > 0, fraction > 0 else { return "" }
        let eighths = max(1, Int((min(1, fraction) * Double(width * 8)).rounded()))
        return String(repeating: "█", count: eighths / 8) + partialBlocks[eighths % 8]
    }

    /// Draws the bar from the left of `rect`'s first row; cells past its end are left as they
    /// were, so the bar can sit on a row's own background.
    public func draw(into grid: inout Grid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        grid.put(Self.blocks(fraction: fraction, width: rect.width), x: rect.x, y: rect.y, style: style, maxWidth: rect.width)
    }

    private static let partialBlocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
}
