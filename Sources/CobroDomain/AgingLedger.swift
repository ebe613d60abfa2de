/// An invoice or credit note as aging sees it.
public struct AgingDocument: Sendable {
    public var number: String
    public var issueDate: CivilDate
    public var dueDate: CivilDate
    /// Minor units; negative for a credit note.
    public var amount: Int64

    public init(number: String, issueDate: CivilDate, dueDate: CivilDate, amount: Int64) {
        self.number = number
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.amount = amount
    }
}

/// A payment as aging sees it.
public struct AgingPayment: Sendable {
    public var date: CivilDate
    /// Minor units, > 0.
    public var amount: Int64
    /// The invoice the payment names, if any.
    public var invoiceNumber: String?

    public init(date: CivilDate, amount: Int64, invoiceNumber: String? = nil) {
        self.date = date
        self.amount = amount
        self.invoiceNumber = invoiceNumber
    }
}

/// One customer's invoices, credit notes and payments in one currency: the unit that aging
/// allocates. Amounts are minor units of that currency.
public struct AgingLedger: Sendable {
    public var documents: [AgingDocument]
    public var payments: [AgingPayment]

    public init(documents: [AgingDocument] = [], payments: [AgingPayment] = []) {
        self.documents = documents
        self.payments = payments
    }

    /// Ages the ledger as of `asOf` (SPEC §5 "Aging"):
    /// only documents issued and payments dated on or before `asOf` count; a payment naming a
    /// counted invoice pays it first and its excess joins the pool; every other payment and every
    /// credit note forms the pool, applied to open invoices by due date, issue date, then number;
    /// what is left of the pool is unapplied.
    public func aged(asOf: CivilDate) -> AgingFigures {
        var open: [(document: AgingDocument, remaining: Int64)] = []
        var indexByNumber: [String: Int] = [:]
        var pool: Int64 = 0
        for document in documents where document.issueDate <= asOf {
            if document.amount < 0 {
                pool += -document.amount
            } else if document.amount > 0 {
                indexByNumber[document.number] = open.count
                open.append((document, document.amount))
            }
        }
        for payment in payments where payment.date <= asOf {
            guard let number = payment.invoiceNumber, let index = indexByNumber[number] else {
                pool += payment.amount
                continue
            }
            let applied = min(open[index].remaining, payment.amount)
            open[index].remaining -= applied
            pool += payment.amount - applied
        }
        open.sort { lhs, rhs in AgingLedger.allocationOrder(lhs.document, rhs.document) }

        var figures = AgingFigures()
        for entry in open {
            let applied = min(entry.remaining, pool)
            pool -= applied
            let remaining = entry.remaining - applied
            guard remaining > 0 else { continue }
            figures.add(remaining, daysPastDue: asOf.days(since: entry.document.dueDate))
        }
        figures.unapplied = -pool
        return figures
    }

    /// Due date, then issue date, then number compared byte-wise on UTF-8.
    static func allocationOrder(_ lhs: AgingDocument, _ rhs: AgingDocument) -> Bool {
        if lhs.dueDate != rhs.dueDate { return lhs.dueDate < rhs.dueDate }
        if lhs.issueDate != rhs.issueDate { return lhs.issueDate < rhs.issueDate }
        return lhs.number.utf8.lexicographicallyPrecedes(rhs.number.utf8)
    }
}
