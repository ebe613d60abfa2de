/// The rows matched by each filter typed so far, shortest first: typing a letter narrows the last
/// result instead of scanning every row, and Backspace goes back to the result kept for the
/// shorter filter instead of scanning 100,000 rows again.
public struct FilterSteps: Sendable {
    /// The rows with no filter, in the order the screen lists them.
    private let unfiltered: [Int32]
    /// Folded filters (UTF-8), each one extending the one before, with the rows each matched.
    private var steps: [(filter: [UInt8], rows: [Int32])] = []

    public init(unfiltered: [Int32]) {
        self.unfiltered = unfiltered
    }

    /// The rows of `unfiltered`, in its order, whose search key contains `filter` as typed
    /// (accents and case ignored).
    public mutating func rows(matching filter: String, in keys: FoldedSearchKeys) -> [Int32] {
        let folded = FoldedSearchKeys.foldedUTF8(filter)
        // A key containing the longer filter contains every prefix of it, so the last step that
        // `folded` extends holds every row it can match.
        while let last = steps.last, !folded.starts(with: last.filter) { steps.removeLast() }
        guard !folded.isEmpty else { return unfiltered }
        if let last = steps.last, last.filter == folded { return last.rows }
        let rows = keys.rows(of: steps.last?.rows ?? unfiltered, containing: folded)
        steps.append((folded, rows))
        return rows
    }
}
