import Foundation

/// Every customer's code and name, folded (lower-case, accents removed), as UTF-8 bytes in one
/// buffer: filtering 100,000 customers is then a byte scan of a few megabytes instead of 100,000
/// comparisons of `String`s by grapheme, which took tens of milliseconds per key.
struct AgingSearchKeys: Sendable {
    /// The folded keys one after another; key `row` is `bytes[starts[row]..<starts[row + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int32]

    init(_ keys: [String]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(keys.reduce(0) { $0 + $1.utf8.count })
        var starts: [Int32] = [0]
        starts.reserveCapacity(keys.count + 1)
        for key in keys {
            bytes.append(contentsOf: AgingSearchKeys.fold(key).utf8)
            starts.append(Int32(bytes.count))
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// Lower-case, without accents: "Ibáñez" is found by "ibanez". Keys and filters go through the
    /// same folding, so a folded filter's bytes appear in a folded key exactly when it matches.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The rows of `candidates`, in their order, whose key contains `needle` (folded UTF-8).
    func rows(of candidates: [Int32], containing needle: [UInt8]) -> [Int32] {
        guard !needle.isEmpty else { return candidates }
        return bytes.withUnsafeBufferPointer { haystack in
            starts.withUnsafeBufferPointer { starts in
                needle.withUnsafeBufferPointer { needle in
                    candidates.filter { row in
                        AgingSearchKeys.contains(haystack, from: Int(starts[Int(row)]), to: Int(starts[Int(row) + 1]), needle)
                    }
                }
            }
        }
    }

    /// Whether `haystack[from..<to]` contains `needle` (not empty). A plain scan: keys are short
    /// (a code and a name), so cleverer searches would not pay for their set-up.
    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, from: Int, to: Int,
                                 _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = needle[0]
        let lastStart = to - needle.count
        var start = from
        while start <= lastStart {
            if haystack[start] == first {
                var matched = 1
                while matched < needle.count && haystack[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
