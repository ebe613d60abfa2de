/// The rows matched by each filter typed so far, shortest first: typing a letter narrows the last
/// result instead of scanning every customer, and Backspace goes back to the result kept for the
/// shorter filter instead of scanning 100,000 customers again.
struct AgingFilterSteps: Sendable {
    /// The rows with no filter: the current sort order.
    private let unfiltered: [Int32]
    /// Folded filters (UTF-8), each one extending the one before, with the rows each matched.
    private var steps: [(filter: [UInt8], rows: [Int32])] = []

    init(unfiltered: [Int32]) {
        self.unfiltered = unfiltered
    }

    /// The rows, in sort order, whose search key contains `folded` (a folded filter's UTF-8).
    mutating func rows(matching folded: [UInt8], in keys: AgingSearchKeys) -> [Int32] {
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
