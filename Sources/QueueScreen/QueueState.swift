import CobroDomain
import CobroTerminal
import Foundation

/// What the desk loads for the queue screen.
public struct QueueSnapshot: Sendable {
    /// The instant the queue was built for.
    public var at: Date
    /// Ranked, accounts held by other clerks already removed.
    public var entries: [QueueEntry]
    /// Accounts not callable now that become callable later today (0 if unknown).
    public var laterToday: Int
    /// Accounts this clerk has logged a contact for today.
    public var contactedToday: Int

    public init(at: Date, entries: [QueueEntry], laterToday: Int = 0, contactedToday: Int = 0) {
        self.at = at
        self.entries = entries
        self.laterToday = laterToday
        self.contactedToday = contactedToday
    }
}

/// Everything the call queue screen shows: the queue as loaded, the filters, the selection and
/// what is being typed. The screen is this value plus `QueueFeature.reduce` and `QueueView.render`.
public struct QueueState: Sendable {
    public var language: Language {
        didSet { if language != oldValue { reindex() } }
    }
    /// The desk's zone: the queue's instant and last contacts show on its clock.
    public var timeZone: TimeZone
    /// nil until the first queue arrives.
    public internal(set) var snapshot: QueueSnapshot?
    /// A reload has been asked for and has not answered yet.
    public internal(set) var isLoading = true
    /// Why the last load failed, until the next one succeeds.
    public internal(set) var loadError: String?

    /// Only accounts owing in this currency; nil for all.
    public internal(set) var currency: Currency?
    /// Only accounts owing at least this much (in its currency, which is then `currency`).
    public internal(set) var minimum: Money?
    /// Only this tier; nil for all.
    public internal(set) var tier: QueueReason?
    /// Only accounts whose code or name contains this (accents and case ignored).
    public internal(set) var search = ""

    public internal(set) var mode = Mode.browsing
    public internal(set) var table = TableState()
    /// Rows of the table visible at once; the desk sets it from the layout.
    public internal(set) var pageSize = 15
    /// A one-line notice (another clerk took the account): shown until the next key.
    public internal(set) var message: String?

    /// Indices into `snapshot.entries` of the rows shown, in queue order.
    var visibleRows: [Int32] = []
    /// Per entry: the folded search key, tier and amounts owed, and the widest cells.
    var index = QueueIndex()
    /// The rows the tier, currency and minimum let through, and those each search typed so far
    /// matched of them: a letter narrows the last result, Backspace gives a kept one back.
    private var searchSteps = FilterSteps(unfiltered: [])

    public enum Mode: Sendable, Equatable {
        case browsing
        /// `/`: the search field has focus; the search applies as it is typed.
        case searching(TextField)
        /// `m`: the minimum-amount field has focus; it applies on Enter, when valid.
        case editingMinimum(ValidatedField)
    }

    public init(language: Language, timeZone: TimeZone) {
        self.language = language
        self.timeZone = timeZone
    }

    /// True while a text field has focus: letters are text then, not the desk's shortcuts.
    public var isEditingText: Bool { mode != .browsing }

    /// Whether leaving now would lose something typed (an amount not applied yet).
    public var hasUnsavedInput: Bool {
        guard case .editingMinimum(let field) = mode else { return false }
        let text = field.text.trimmingCharacters(in: .whitespaces)
        return !text.isEmpty && text != minimumText
    }

    /// Every account in the queue, filters or not.
    public var totalCount: Int { snapshot?.entries.count ?? 0 }
    /// The accounts the filters let through.
    public var visibleCount: Int { visibleRows.count }

    /// The account at row `position` of the table.
    public func entry(at position: Int) -> QueueEntry? {
        guard let snapshot, visibleRows.indices.contains(position) else { return nil }
        return snapshot.entries[Int(visibleRows[position])]
    }

    /// The account under the selection bar.
    public var selectedEntry: QueueEntry? {
        table.selection(rowCount: visibleCount).flatMap(entry(at:))
    }

    /// The accounts shown, in queue order.
    public var visibleEntries: [QueueEntry] {
        guard let snapshot else { return [] }
        return visibleRows.map { snapshot.entries[Int($0)] }
    }

    /// The currencies `c` cycles through: those owed in the queue, by code.
    public var currencies: [Currency] { index.currencies }

    public var hasFilters: Bool { currency != nil || minimum != nil || tier != nil || !search.isEmpty }

    /// The minimum as it was typed back into the field (`500.00`, `500,00`).
    var minimumText: String {
        guard let minimum else { return "" }
        return minimum.formattedNumber(in: language).filter { $0 != (language == .es ? "." : ",") }
    }

    // MARK: Rebuilding the rows

    mutating func reindex() {
        index = QueueIndex(snapshot?.entries ?? [], language: language)
    }

    /// Applies the filters again, keeping the account with `code` selected when it is still shown,
    /// else the row at the same position (the account that moved up into its place).
    mutating func refilter(keeping code: String?, fallback position: Int = 0) {
        let row = code.flatMap { code in snapshot?.entries.firstIndex { $0.code == code } }
        refilter(keepingRow: row.map(Int32.init), fallback: position)
    }

    /// Refilters keeping the account selected now.
    mutating func refilter() {
        refilter(keepingRow: selectedRow, fallback: 0)
    }

    /// Sets the search as typed; the selected account stays selected when it is still shown.
    mutating func setSearch(_ text: String) {
        search = text
        show(searchSteps.rows(matching: search, in: index.searchKeys), keepingRow: selectedRow, fallback: 0)
    }

    /// The entry under the selection bar, by its index in `snapshot.entries`.
    private var selectedRow: Int32? {
        table.selection(rowCount: visibleCount).map { visibleRows[$0] }
    }

    private mutating func refilter(keepingRow row: Int32?, fallback position: Int) {
        let unfiltered = snapshot == nil ? [] : index.rows(tier: tier, currency: currency, minimum: minimum)
        searchSteps = FilterSteps(unfiltered: unfiltered)
        show(searchSteps.rows(matching: search, in: index.searchKeys), keepingRow: row, fallback: position)
    }

    /// Shows `rows`, selecting `row` when it is among them, else the row at `position`.
    private mutating func show(_ rows: [Int32], keepingRow row: Int32?, fallback position: Int) {
        visibleRows = rows
        let kept = row.flatMap { rows.firstIndex(of: $0) }
        table = TableState()
        table.select(kept ?? position, rowCount: rows.count, pageSize: pageSize)
    }
}
