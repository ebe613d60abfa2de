import Foundation

/// SplitMix64: a tiny seeded generator, so that a fuzz run is replayed exactly from its seed
/// (`SystemRandomNumberGenerator` cannot be seeded).
struct FuzzRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// True about `percent` times in a hundred.
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &self) < percent }

    mutating func pick<Element>(_ elements: [Element]) -> Element { elements.randomElement(using: &self)! }

    mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8.random(in: 0...255, using: &self) } }
}

/// How long a fuzz run lasts and where it starts, from the environment so CI can bound it and a
/// failure can be replayed: `COBRO_FUZZ_SECONDS` (default 5) and `COBRO_FUZZ_SEED` (default: random).
struct FuzzBudget {
    let seconds: Double
    let seed: UInt64

    static func fromEnvironment() -> FuzzBudget {
        let environment = ProcessInfo.processInfo.environment
        let seconds = environment["COBRO_FUZZ_SECONDS"].flatMap(Double.init) ?? 5
        let seed = environment["COBRO_FUZZ_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 0...UInt64.max)
        return FuzzBudget(seconds: seconds, seed: seed)
    }
}
