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
    var visibleRows: [Int] = []
    /// Per entry: the folded search key, and the overdue column's text.
    var index = QueueIndex()

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
        return snapshot.entries[visibleRows[position]]
    }

    /// The account under the selection bar.
    public var selectedEntry: QueueEntry? {
        table.selection(rowCount: visibleCount).flatMap(entry(at:))
    }

    /// The accounts shown, in queue order.
    public var visibleEntries: [QueueEntry] {
        guard let snapshot else { return [] }
        return visibleRows.map { snapshot.entries[$0] }
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

    /// Applies the filters again, keeping the selected account selected when it is still shown,
    /// else the row at the same position (the account that moved up into its place).
    mutating func refilter(keeping code: String?, fallback position: Int = 0) {
        guard let snapshot else {
            visibleRows = []
            table = TableState()
            return
        }
        let folded = QueueIndex.fold(search)
        let entries = snapshot.entries
        visibleRows = entries.indices.filter { row in
            let entry = entries[row]
            if let tier, entry.reason != tier { return false }
            if let currency {
                guard let owed = entry.overdue.first(where: { $0.currency == currency }) else { return false }
                if let minimum, minimum.currency == currency, owed.amount.minorUnits < minimum.minorUnits { return false }
            }
            return folded.isEmpty || index.searchKeys[row].contains(folded)
        }
        let position = code.flatMap { code in visibleRows.firstIndex { entries[$0].code == code } } ?? position
        table = TableState()
        table.select(position, rowCount: visibleRows.count, pageSize: pageSize)
    }

    /// Refilters keeping the account selected now.
    mutating func refilter() {
        refilter(keeping: selectedEntry?.code, fallback: 0)
    }

    /// Sets the search as typed. When it only grew, which is what typing does, the rows shown
    /// are narrowed instead of filtering the whole queue again.
    mutating func setSearch(_ text: String) {
        let old = QueueIndex.fold(search)
        let new = QueueIndex.fold(text)
        search = text
        guard let snapshot, !old.isEmpty, new.hasPrefix(old) else {
            refilter()
            return
        }
        let code = selectedEntry?.code
        visibleRows = visibleRows.filter { index.searchKeys[$0].contains(new) }
        let position = code.flatMap { code in visibleRows.firstIndex { snapshot.entries[$0].code == code } } ?? 0
        table = TableState()
        table.select(position, rowCount: visibleRows.count, pageSize: pageSize)
    }
}

/// What filtering and drawing need of the entries, worked out once per load: the folded search
/// key of each, the widths of the widest customer, overdue and promise cells, and the
/// currencies owed. Kept cheap for 100,000 accounts: ASCII text is folded and measured without
/// Foundation, and an overdue cell's width is worked out from its amounts' digit counts.
struct QueueIndex: Sendable {
    var searchKeys: [String] = []
    var widestCustomer = 0
    var widestOverdue = 0
    var widestPromise = 0
    var currencies: [Currency] = []

    init() {}

    init(_ entries: [QueueEntry], language: Language) {
        let text = QueueStrings(language)
        var currencySet = Set<Currency>()
        var amountWidths = AmountWidths(language: language)
        searchKeys.reserveCapacity(entries.count)
        for entry in entries {
            searchKeys.append(Self.fold(entry.code + " " + entry.name))
            // A cell is never wider than its UTF-8 byte count: measure only possible winners.
            let customerBytes = entry.code.utf8.count + 2 + entry.name.utf8.count
            if customerBytes > widestCustomer {
                widestCustomer = max(widestCustomer, TextWidth.of(Self.customerText(entry)))
            }
            var overdueWidth = 2 * max(0, entry.overdue.count - 1)
            for owed in entry.overdue {
                overdueWidth += amountWidths.width(of: owed.amount)
                currencySet.insert(owed.currency)
            }
            widestOverdue = max(widestOverdue, overdueWidth)
            if entry.reason != .priority, entry.reason != .callback {
                widestPromise = max(widestPromise, TextWidth.of(text.promiseStatus(entry.detail)))
            }
        }
        currencies = currencySet.sorted()
    }

    /// Lower-case, without accents: "Ibáñez" is found by "ibanez".
    static func fold(_ text: String) -> String {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    static func customerText(_ entry: QueueEntry) -> String { entry.code + "  " + entry.name }

    /// Each currency owed, in the user's language, by code: `€150.00, $200.00`.
    static func overdueText(_ entry: QueueEntry, language: Language) -> String {
        entry.overdue.map { $0.amount.formatted(in: language) }.joined(separator: ", ")
    }
}

/// The width of a formatted amount depends only on its currency, sign and number of digits:
/// measured once per such kind.
private struct AmountWidths {
    let language: Language
    private var known: [Key: Int] = [:]

    private struct Key: Hashable {
        let currency: String
        let digits: Int
        let negative: Bool
    }

    init(language: Language) { self.language = language }

    mutating func width(of amount: Money) -> Int {
        var digits = 1
        var rest = amount.minorUnits.magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        let key = Key(currency: amount.currency.code, digits: digits, negative: amount.minorUnits < 0)
        if let width = known[key] { return width }
        let width = TextWidth.of(amount.formatted(in: language))
        known[key] = width
        return width
    }
}
