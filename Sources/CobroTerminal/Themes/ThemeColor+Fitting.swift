extension ThemeColor {
    /// The nearest colour a terminal with `count` colours can show: itself when it has it, else
    /// the closest (by xterm's RGB values) of the first 8 or 16. A 256-colour theme then still
    /// reads on an 8-colour terminal instead of failing to define its colour pairs.
    public func fitted(toColorCount count: Int) -> ThemeColor {
        guard case .indexed(let index) = self, Int(index) >= count else { return self }
        let candidates = UInt8(0)..<UInt8(count >= 16 ? 16 : 8)
        let target = Self.rgb(of: index)
        let nearest = candidates.min { Self.distance(Self.rgb(of: $0), target) < Self.distance(Self.rgb(of: $1), target) }
        return .indexed(nearest ?? 0)
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr + dg * dg + db * db
    }

    /// xterm's default RGB value of a 256-colour index.
    private static func rgb(of index: UInt8) -> (Int, Int, Int) {
        switch index {
        case 0..<16:
            return firstSixteen[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        default:
            let grey = 8 + 10 * (Int(index) - 232)
            return (grey, grey, grey)
        }
    }

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    private static let firstSixteen = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
}
