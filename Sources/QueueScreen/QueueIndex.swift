import CobroDomain
import CobroTerminal

/// What filtering and drawing need of the entries, worked out once per load: the folded search
/// keys, each entry's tier and what it owes per currency, the widths of the widest customer,
/// overdue and promise cells, and the currencies owed. Kept cheap for 100,000 accounts: ASCII
/// text is folded and measured without Foundation, and an overdue cell's width is worked out from
/// its amounts' digit counts. Filtering reads these arrays, never the entries themselves: copying
/// 100,000 entries (strings, amounts, a zone) per key took most of a frame.
struct QueueIndex: Sendable {
    var searchKeys = FoldedSearchKeys()
    var widestCustomer = 0
    var widestOverdue = 0
    var widestPromise = 0
    var currencies: [Currency] = []
    /// Per entry: its tier.
    private var reasons: [QueueReason] = []
    /// Per currency owed: the entries owing it.
    private var owing: [Currency: Debtors] = [:]

    /// The entries owing in one currency, in queue order, with the amount each owes.
    private struct Debtors: Sendable {
        var rows: [Int32] = []
        var minorUnits: [Int64] = []

        /// An entry's amount; only its first in a currency counts, as it is the one a minimum compares against.
        mutating func add(_ row: Int32, owing amount: Money) {
            guard rows.last != row else { return }
            rows.append(row)
            minorUnits.append(amount.minorUnits)
        }
    }

    init() {}

    init(_ entries: [QueueEntry], language: Language) {
        let text = QueueStrings(language)
        var amountWidths = AmountWidths(language: language)
        searchKeys = FoldedSearchKeys(entries, code: \.code, name: \.name)
        reasons.reserveCapacity(entries.count)
        for (row, entry) in entries.enumerated() {
            reasons.append(entry.reason)
            // A cell is never wider than its UTF-8 byte count: measure only possible winners.
            let customerBytes = entry.code.utf8.count + 2 + entry.name.utf8.count
            if customerBytes > widestCustomer {
                widestCustomer = max(widestCustomer, TextWidth.of(Self.customerText(entry)))
            }
            var overdueWidth = 2 * max(0, entry.overdue.count - 1)
            for owed in entry.overdue {
                overdueWidth += amountWidths.width(of: owed.amount)
                owing[owed.currency, default: Debtors()].add(Int32(row), owing: owed.amount)
            }
            widestOverdue = max(widestOverdue, overdueWidth)
            if entry.reason != .priority, entry.reason != .callback {
                widestPromise = max(widestPromise, TextWidth.of(text.promiseStatus(entry.detail)))
            }
        }
        currencies = owing.keys.sorted()
    }

    /// The entries, in queue order, of `tier` (nil: any) owing in `currency` (nil: any) at least
    /// `minimum` when it is in that currency.
    func rows(tier: QueueReason?, currency: Currency?, minimum: Money?) -> [Int32] {
        guard let currency else {
            guard let tier else { return Array(0..<Int32(reasons.count)) }
            return (0..<Int32(reasons.count)).filter { reasons[Int($0)] == tier }
        }
        guard let debtors = owing[currency] else { return [] }
        let least = minimum.flatMap { $0.currency == currency ? $0.minorUnits : nil }
        var rows: [Int32] = []
        for (row, minorUnits) in zip(debtors.rows, debtors.minorUnits) {
            if let tier, reasons[Int(row)] != tier { continue }
            if let least, minorUnits < least { continue }
            rows.append(row)
        }
        return rows
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
