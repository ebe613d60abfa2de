import CobroDomain
import GRDB

/// Keeps every sum the desk makes of one currency's amounts within 64-bit minor units: aging
/// buckets and totals, overdue amounts in the queue, an agreement's debt. Each of those adds up
/// some of the currency's invoices and payments, signed, so none can overflow while all of them
/// together, as magnitudes, fit. An import that would pass that limit is refused at the row that
/// passes it, instead of the desk trapping on a sum later.
struct AmountTotals {
    /// Per currency code: the magnitudes of every stored invoice, credit note and payment, added up.
    private var magnitudes: [String: Int64] = [:]

    init(_ db: Database) throws {
        for table in ["invoice", "payment"] {
            let rows = try Row.fetchCursor(db, sql: "SELECT currency, SUM(ABS(amount)) FROM \(table) GROUP BY currency")
            while let row = try rows.next() {
                let code: String = row[0]
                let (total, overflow) = (magnitudes[code] ?? 0).addingReportingOverflow(row[1])
                magnitudes[code] = overflow ? .max : total
            }
        }
    }

    /// Counts a newly stored amount; false, with the problem noted, when the currency's total
    /// would no longer fit.
    mutating func add(_ money: Money, line: Int, log: inout ImportLog) -> Bool {
        let code = money.currency.code
        let magnitude = Int64(exactly: money.minorUnits.magnitude) ?? .max
        let (total, overflow) = (magnitudes[code] ?? 0).addingReportingOverflow(magnitude)
        guard !overflow else {
            let limit = Money(minorUnits: .max, currency: money.currency).decimalString
            log.problem(line, "amount \(money.decimalString) would bring the \(code) invoices and payments to more than \(limit) \(code) in all, more than cobro can add up")
            return false
        }
        magnitudes[code] = total
        return true
    }
}
