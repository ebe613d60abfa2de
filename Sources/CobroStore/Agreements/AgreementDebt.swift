import CobroDomain
import GRDB

extension CobroDatabase {
    /// What a plan for `customerCode` covers by default (SPEC §5): the aging `balance` as of
    /// `asOf` in `currency`, or in the one currency the customer owes when none is named.
    /// Throws `AgreementPlanError.currencyRequired` when the customer owes in several,
    /// `.currencyNotOwed` for a currency with no debt, `AgreementError.owesNothing` when there is
    /// no debt at all, and `StoreError.unknownCustomer`.
    public func agreementDebt(customerCode: String, currency: Currency?, asOf: CivilDate) throws -> Money {
        try read { db in
            let debt = try AgreementDebt(db, customerCode: customerCode, asOf: asOf)
            return try debt.balance(in: currency)
        }
    }
}

/// One customer's debt per currency on a day, by the aging rules: the balance a plan covers and
/// the invoices still open.
struct AgreementDebt {
    let customerID: Int64
    let customerCode: String
    let asOf: CivilDate
    private let allocations: [Currency: (balance: Int64, open: [AgingLedger.OpenItem])]

    init(_ db: Database, customerCode: String, asOf: CivilDate) throws {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM customer WHERE code = ?", arguments: [customerCode]) else {
            throw StoreError.unknownCustomer(customerCode)
        }
        var ledgers: [String: AgingLedger] = [:]
        let invoices = try Row.fetchCursor(db, sql: """
            SELECT currency, id, number, issue_date, due_date, amount FROM invoice WHERE customer_id = ? AND issue_date <= ?
            """, arguments: [id, asOf.iso])
        while let row = try invoices.next() {
            ledgers[row[0], default: AgingLedger()].documents.append(
                AgingDocument(id: row[1], number: row[2], issueDate: try storedDate(row[3]), dueDate: try storedDate(row[4]), amount: row[5]))
        }
        let payments = try Row.fetchCursor(db, sql: "SELECT currency, date, amount, invoice_id FROM payment WHERE customer_id = ? AND date <= ?",
                                           arguments: [id, asOf.iso])
        while let row = try payments.next() {
            ledgers[row[0], default: AgingLedger()].payments.append(AgingPayment(date: try storedDate(row[1]), amount: row[2], invoiceID: row[3]))
        }
        var allocations: [Currency: (balance: Int64, open: [AgingLedger.OpenItem])] = [:]
        for (code, ledger) in ledgers {
            allocations[try storedCurrency(code)] = (ledger.aged(asOf: asOf).balance, ledger.allocated(asOf: asOf).openItems)
        }
        self.customerID = id
        self.customerCode = customerCode
        self.asOf = asOf
        self.allocations = allocations
    }

    /// The currencies with a balance above zero, by code.
    var owed: [Currency] { allocations.filter { $0.value.balance > 0 }.keys.sorted() }

    /// The balance in `currency`, or in the only currency owed when it is nil.
    func balance(in currency: Currency?) throws -> Money {
        let chosen: Currency
        if let currency {
            chosen = currency
        } else if owed.count == 1 {
            chosen = owed[0]
        } else if owed.isEmpty {
            throw AgreementError.owesNothing(customer: customerCode, asOf: asOf)
        } else {
            throw AgreementPlanError.currencyRequired(owed: owed)
        }
        guard let balance = allocations[chosen]?.balance, balance > 0 else { throw AgreementPlanError.currencyNotOwed(chosen) }
        return Money(minorUnits: balance, currency: chosen)
    }

    /// The row ids of the invoices open in `currency`, in the order payments reach them.
    func openInvoiceIDs(in currency: Currency) -> [Int64] {
        allocations[currency]?.open.map(\.document.id) ?? []
    }
}
