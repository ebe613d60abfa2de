import CobroDomain
import Foundation

/// Every customer's code and name, folded (lower-case, accents removed), as UTF-8 bytes in one
/// buffer: filtering 100,000 customers is then a byte scan of a few megabytes instead of 100,000
/// comparisons of `String`s by grapheme, which took tens of milliseconds per key. The folded names
/// also give the order by name, so each customer is folded once.
struct AgingSearchKeys: Sendable {
    /// Per customer: the folded code, a space, the folded name. Key `row` is
    /// `bytes[starts[row]..<starts[row + 1]]`; its name starts at `nameStarts[row]`.
    private let bytes: [UInt8]
    private let starts: [Int32]
    private let nameStarts: [Int32]

    init(_ customers: [CustomerAging]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(customers.reduce(0) { $0 + $1.code.utf8.count + 1 + $1.name.utf8.count })
        var starts: [Int32] = [0], nameStarts: [Int32] = []
        starts.reserveCapacity(customers.count + 1)
        nameStarts.reserveCapacity(customers.count)
        for customer in customers {
            AgingSearchKeys.appendFolded(customer.code, to: &bytes)
            bytes.append(UInt8(ascii: " "))
            nameStarts.append(Int32(bytes.count))
            AgingSearchKeys.appendFolded(customer.name, to: &bytes)
            starts.append(Int32(bytes.count))
        }
        self.bytes = bytes
        self.starts = starts
        self.nameStarts = nameStarts
    }

    /// Lower-case, without accents: "Ibáñez" is found by "ibanez". Keys and filters go through the
    /// same folding, so a folded filter's bytes appear in a folded key exactly when it matches.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// ASCII text (most codes and names) folds to its lower-case bytes; asking Foundation for
    /// each of 100,000 customers would double the time to prepare a report.
    private static func appendFolded(_ text: String, to bytes: inout [UInt8]) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            bytes.append(contentsOf: text.utf8.lazy.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 })
        } else {
            bytes.append(contentsOf: fold(text).utf8)
        }
    }

    /// `rows` ordered by folded name, byte by byte (accents and case do not count).
    func sortedByName(_ rows: inout [Int32]) {
        bytes.withUnsafeBufferPointer { bytes in
            rows.sort { left, right in
                let leftName = UnsafeBufferPointer(rebasing: bytes[Int(nameStarts[Int(left)])..<Int(starts[Int(left) + 1])])
                let rightName = UnsafeBufferPointer(rebasing: bytes[Int(nameStarts[Int(right)])..<Int(starts[Int(right) + 1])])
                return leftName.lexicographicallyPrecedes(rightName)
            }
        }
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
