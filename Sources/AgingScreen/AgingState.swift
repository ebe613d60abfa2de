import CobroDomain
import CobroTerminal

/// Everything the aging screen shows, and nothing else: the screen is this value plus `reduce`
/// and `render`.
public struct AgingState: Sendable {
    public var language: Language
    public var asOf: CivilDate
    /// nil while the report is being computed.
    public var report: AgingReport? { prepared?.report }
    var prepared: PreparedAgingReport?
    public internal(set) var currencyIndex = 0
    public internal(set) var sort = AgingSort.balance
    public internal(set) var filter = ""
    public internal(set) var mode = Mode.browsing
    public internal(set) var table = TableState()
    /// Rows of the table visible at once; the app sets it from the layout.
    public internal(set) var pageSize = 20
    public internal(set) var message: String?

    /// The current currency's sort orders and search keys.
    var index: AgingRowIndex? {
        guard let prepared, prepared.indices.indices.contains(currencyIndex) else { return nil }
        return prepared.indices[currencyIndex]
    }
    /// Indices into the current currency's customers, sorted and filtered.
    var visibleRows: [Int32] = []
    /// The rows of each filter typed so far, for Backspace and the next letter.
    private var filterSteps = FilterSteps(unfiltered: [])

    public enum Mode: Sendable {
        case browsing
        case filtering(TextField)
        case choosingDate(ValidatedField)
    }

    public init(language: Language, asOf: CivilDate) {
        self.language = language
        self.asOf = asOf
    }

    public var currentSection: CurrencyAging? {
        guard let report, report.currencies.indices.contains(currencyIndex) else { return nil }
        return report.currencies[currencyIndex]
    }

    public var visibleCount: Int { visibleRows.count }

    /// The customer under the selection bar.
    public var selectedCustomer: CustomerAging? {
        guard let section = currentSection, visibleRows.indices.contains(table.selected) else { return nil }
        return section.customers[Int(visibleRows[table.selected])]
    }

    /// The customer shown at row `position` of the table.
    public func customer(at position: Int) -> CustomerAging? {
        guard let section = currentSection, visibleRows.indices.contains(position) else { return nil }
        return section.customers[Int(visibleRows[position])]
    }

    /// Whether leaving now would lose something typed.
    public var hasUnsavedInput: Bool {
        switch mode {
        case .browsing: return false
        case .filtering(let field): return !field.text.isEmpty && field.text != filter
        case .choosingDate(let field): return !field.text.isEmpty
        }
    }

    /// Rebuilds the rows for a new sort or currency; with `keepingSelection` the selected customer
    /// stays selected if it is still listed.
    mutating func rebuildRows(keepingSelection: Bool = false) {
        let selectedRow = keepingSelection && visibleRows.indices.contains(table.selected) ? visibleRows[table.selected] : nil
        resetRows()
        // Same currency, so the same customer has the same row number: compare numbers, not codes.
        if let selectedRow, let position = visibleRows.firstIndex(of: selectedRow) {
            table.select(position, rowCount: visibleRows.count, pageSize: pageSize)
        }
    }

    /// Rebuilds the rows of a new report and selects the customer with `selectedCode` if it is still listed.
    mutating func rebuildRows(selecting selectedCode: String?) {
        resetRows()
        if let selectedCode, let section = currentSection,
           let position = visibleRows.firstIndex(where: { section.customers[Int($0)].code == selectedCode }) {
            table.select(position, rowCount: visibleRows.count, pageSize: pageSize)
        }
    }

    /// The filter is now `newFilter` (typed, erased or cleared); the selection goes back to the top.
    mutating func applyFilter(_ newFilter: String) {
        filter = newFilter
        table = TableState()
        guard let index else {
            visibleRows = []
            return
        }
        visibleRows = filterSteps.rows(matching: filter, in: index.searchKeys)
    }

    /// The current sort order filtered afresh, with nothing selected but the first row.
    private mutating func resetRows() {
        filterSteps = FilterSteps(unfiltered: index?.order(sort) ?? [])
        applyFilter(filter)
    }
}
