/// The demo's own pseudo-random generator (SplitMix64, Steele, Lea & Flood 2014).
///
/// The demo must come out byte for byte the same for a seed on every machine and every Swift
/// release, so it uses neither `SystemRandomNumberGenerator` nor the standard library's
/// `random(in:using:)` (whose algorithm may change); every draw below is plain integer arithmetic.
struct DemoRandom {
    private var state: UInt64

    /// An independent stream for one customer: customer `n` is the same whatever the portfolio size.
    init(seed: UInt64, stream: UInt64) {
        state = DemoRandom.mix(seed ^ DemoRandom.mix(stream &+ 0x632B_E59B_D9B4_E019))
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return DemoRandom.mix(state)
    }

    /// A number in `0..<bound` (multiply-high; the bias for the small bounds used here is < 2⁻⁴⁰).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    mutating func int64(in range: ClosedRange<Int64>) -> Int64 {
        range.lowerBound + Int64(below(Int(range.upperBound - range.lowerBound + 1)))
    }

    /// True `perMille` times in a thousand.
    mutating func chance(perMille: Int) -> Bool { below(1000) < perMille }

    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }

    /// One of `choices`, each as likely as its weight.
    mutating func weighted<T>(_ choices: [(T, weight: Int)]) -> T {
        var roll = below(choices.reduce(0) { $0 + $1.weight })
        for (choice, weight) in choices {
            if roll < weight { return choice }
            roll -= weight
        }
        return choices[choices.count - 1].0
    }

    /// A letter `A`–`Z` or a digit, as in tax-id check characters.
    mutating func alphanumeric() -> Character { DemoRandom.alphanumerics[below(DemoRandom.alphanumerics.count)] }

    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(below(10))) })
    }

    private static let alphanumerics = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
