import Foundation

/// Each row's code and name, folded (lower-case, accents removed), as UTF-8 bytes in one buffer:
/// filtering 100,000 rows is then a byte scan of a few megabytes instead of 100,000 comparisons of
/// `String`s by grapheme, which took tens of milliseconds per key. The folded names also give the
/// order by name, so each row is folded once. A row is its position in the collection the keys
/// were made from, as an `Int32` (half the memory of `Int` for 100,000-row orders and results).
public struct FoldedSearchKeys: Sendable {
    /// Per row: the folded code, a space, the folded name. Key `row` is
    /// `bytes[starts[row]..<starts[row + 1]]`; its name starts at `nameStarts[row]`.
    private let bytes: [UInt8]
    private let starts: [Int32]
    private let nameStarts: [Int32]

    /// No rows.
    public init() {
        bytes = []
        starts = [0]
        nameStarts = []
    }

    /// The keys of `rows`, in their order, from each one's code and name.
    public init<Rows: Collection>(_ rows: Rows, code: (Rows.Element) -> String, name: (Rows.Element) -> String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rows.reduce(0) { $0 + code($1).utf8.count + 1 + name($1).utf8.count })
        var starts: [Int32] = [0], nameStarts: [Int32] = []
        starts.reserveCapacity(rows.count + 1)
        nameStarts.reserveCapacity(rows.count)
        for row in rows {
            FoldedSearchKeys.appendFolded(code(row), to: &bytes)
            bytes.append(UInt8(ascii: " "))
            nameStarts.append(Int32(bytes.count))
            FoldedSearchKeys.appendFolded(name(row), to: &bytes)
            starts.append(Int32(bytes.count))
        }
        self.bytes = bytes
        self.starts = starts
        self.nameStarts = nameStarts
    }

    /// Lower-case, without accents: "Ibáñez" is found by "ibanez". Keys and filters go through the
    /// same folding, so a folded filter's bytes appear in a folded key exactly when it matches.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// A filter as typed, folded to the UTF-8 bytes that `rows(of:containing:)` looks for.
    public static func foldedUTF8(_ filter: String) -> [UInt8] {
        var bytes: [UInt8] = []
        appendFolded(filter, to: &bytes)
        return bytes
    }

    /// ASCII text (most codes and names) folds to its lower-case bytes; asking Foundation for
    /// each of 100,000 rows would double the time to prepare them.
    private static func appendFolded(_ text: String, to bytes: inout [UInt8]) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            bytes.append(contentsOf: text.utf8.lazy.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 })
        } else {
            bytes.append(contentsOf: fold(text).utf8)
        }
    }

    /// `rows` ordered by folded name, byte by byte (accents and case do not count).
    public func sortByName(_ rows: inout [Int32]) {
        bytes.withUnsafeBufferPointer { bytes in
            rows.sort { left, right in
                let leftName = UnsafeBufferPointer(rebasing: bytes[Int(nameStarts[Int(left)])..<Int(starts[Int(left) + 1])])
                let rightName = UnsafeBufferPointer(rebasing: bytes[Int(nameStarts[Int(right)])..<Int(starts[Int(right) + 1])])
                return leftName.lexicographicallyPrecedes(rightName)
            }
        }
    }

    /// The rows of `candidates`, in their order, whose key contains `needle` (folded UTF-8).
    public func rows(of candidates: [Int32], containing needle: [UInt8]) -> [Int32] {
        guard !needle.isEmpty else { return candidates }
        return bytes.withUnsafeBufferPointer { haystack in
            starts.withUnsafeBufferPointer { starts in
                needle.withUnsafeBufferPointer { needle in
                    candidates.filter { row in
                        FoldedSearchKeys.contains(haystack, from: Int(starts[Int(row)]), to: Int(starts[Int(row) + 1]), needle)
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
