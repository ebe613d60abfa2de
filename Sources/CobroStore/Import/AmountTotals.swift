import CobroDomain
import GRDB

/// Keeps every sum the desk makes of amounts within 64-bit minor units: aging buckets and
/// totals, overdue amounts in the queue, an agreement's debt. Each of those adds up some
/// invoices and payments of one currency, signed, so none can overflow while the magnitudes of
/// all of them together fit. An import that would pass that limit is refused at the row that
/// passes it, instead of the desk trapping on a sum later. (One total for every currency: it is
/// one scan without grouping, a fraction of a second at a million invoices, and 2⁶³ minor units
/// leave room for any real portfolio.)
struct AmountTotals {
    /// The magnitudes of every stored invoice, credit note and payment, added up.
    private var magnitudes: Int64

    init(_ db: Database) throws {
        let row = try Row.fetchOne(db, sql: """
            SELECT (SELECT ifnull(SUM(ABS(amount)), 0) FROM invoice), (SELECT ifnull(SUM(ABS(amount)), 0) FROM payment)
            """)!
        let (total, overflow) = (row[0] as Int64).addingReportingOverflow(row[1])
        magnitudes = overflow ? .max : total
    }

    /// Counts a newly stored amount; false, with the problem noted, when the total would no longer fit.
    mutating func add(_ money: Money, line: Int, log: inout ImportLog) -> Bool {
        let magnitude = Int64(exactly: money.minorUnits.magnitude) ?? .max
        let (total, overflow) = magnitudes.addingReportingOverflow(magnitude)
        guard !overflow else {
            log.problem(line, "amount \(money.decimalString) \(money.currency.code) would bring the invoices and payments to more than \(Int64.max) minor units in all, more than cobro can add up")
            return false
        }
        magnitudes = total
        return true
    }
}
