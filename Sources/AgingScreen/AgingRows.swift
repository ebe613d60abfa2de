import CobroDomain
import CobroTerminal

/// How the owner orders the customers of a currency.
public enum AgingSort: String, CaseIterable, Sendable {
    /// Largest balance first: where the money is.
    case balance
    /// Oldest overdue invoice first: where the risk is.
    case oldest
    /// By name, for finding someone.
    case name

    var next: AgingSort {
        let all = AgingSort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// A report with everything the screen needs to sort and filter it already computed: made off the
/// key loop (`AgingFeature.prepare`), so that switching currency or sort answers within a frame.
public struct PreparedAgingReport: Sendable {
    public let report: AgingReport
    let indices: [AgingRowIndex]

    init(_ report: AgingReport) {
        self.report = report
        indices = report.currencies.map(AgingRowIndex.init)
    }
}

/// One currency's customers, with each sort order computed once and a folded search key per
/// customer, so that sorting and filtering 100,000 rows answers within a frame.
struct AgingRowIndex: Sendable {
    let section: CurrencyAging
    let searchKeys: FoldedSearchKeys
    private let orders: [AgingSort: [Int32]]
    /// Per amount column (six buckets, unapplied, balance): the amount that prints widest.
    let widestAmounts: [Int64]

    init(section: CurrencyAging) {
        self.section = section
        let searchKeys = FoldedSearchKeys(section.customers, code: \.code, name: \.name)
        self.searchKeys = searchKeys
        var widest = [Int64](repeating: 0, count: AgingRowIndex.amountColumns)
        for customer in section.customers {
            for (column, amount) in AgingRowIndex.amounts(customer.figures).enumerated() where amount.magnitude > widest[column].magnitude
                || (amount.magnitude == widest[column].magnitude && amount < 0) {
                widest[column] = amount
            }
        }
        widestAmounts = widest
        orders = Dictionary(uniqueKeysWithValues: AgingSort.allCases.map { ($0, AgingRowIndex.sorted(section.customers, by: $0, names: searchKeys)) })
    }

    static let amountColumns = 8

    /// The six buckets, unapplied and balance, in column order.
    static func amounts(_ figures: AgingFigures) -> [Int64] {
        AgingBucket.allCases.map { figures[$0] } + [figures.unapplied, figures.balance]
    }

    func order(_ sort: AgingSort) -> [Int32] { orders[sort]! }

    private static func sorted(_ customers: [CustomerAging], by sort: AgingSort, names: FoldedSearchKeys) -> [Int32] {
        var indices = Array(Int32(0)..<Int32(customers.count))
        switch sort {
        case .balance:
            indices.sort { customers[Int($0)].figures.balance > customers[Int($1)].figures.balance }
        case .oldest:
            indices.sort { lhs, rhs in
                let left = customers[Int(lhs)].figures, right = customers[Int(rhs)].figures
                if left.oldestDaysPastDue != right.oldestDaysPastDue { return (left.oldestDaysPastDue ?? -1) > (right.oldestDaysPastDue ?? -1) }
                return left.balance > right.balance
            }
        case .name:
            names.sortByName(&indices)
        }
        return indices
    }
}
