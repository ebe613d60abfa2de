/// An invoice or credit note as aging sees it.
public struct AgingDocument: Sendable {
    /// The identity payments name it by (the store's row id).
    public var id: Int64
    public var number: String
    public var issueDate: CivilDate
    public var dueDate: CivilDate
    /// Minor units; negative for a credit note.
    public var amount: Int64

    public init(id: Int64, number: String, issueDate: CivilDate, dueDate: CivilDate, amount: Int64) {
        self.id = id
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
    /// The `AgingDocument.id` of the invoice the payment names, if any.
    public var invoiceID: Int64?

    public init(date: CivilDate, amount: Int64, invoiceID: Int64? = nil) {
        self.date = date
        self.amount = amount
        self.invoiceID = invoiceID
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

    /// Ages the ledger as of `asOf` (SPEC §5 "Aging"): the open amounts by bucket, and the credit
    /// left unapplied.
    public func aged(asOf: CivilDate) -> AgingFigures {
        let allocation = allocated(asOf: asOf)
        var figures = AgingFigures()
        for item in allocation.openItems {
            figures.add(item.remaining, daysPastDue: asOf.days(since: item.document.dueDate))
        }
        figures.unapplied = -allocation.unappliedCredit
        return figures
    }

    /// Applies payments and credit notes as of `asOf`: only documents issued and payments dated on
    /// or before it count; a payment naming a counted invoice pays it first and its excess joins
    /// the pool; every other payment and every credit note forms the pool, applied to open
    /// invoices by due date, issue date, then number; what is left of the pool is unapplied.
    public func allocated(asOf: CivilDate) -> Allocation {
        var open: [OpenItem] = []
        open.reserveCapacity(documents.count)
        var pool: Int64 = 0
        for document in documents where document.issueDate <= asOf {
            if document.amount < 0 {
                pool += -document.amount
            } else if document.amount > 0 {
                open.append(OpenItem(document: document, remaining: document.amount))
            }
        }
        let position = OpenInvoicePositions(open)
        for payment in payments where payment.date <= asOf {
            guard let invoiceID = payment.invoiceID, let index = position.of(invoiceID, in: open) else {
                pool += payment.amount
                continue
            }
            let applied = min(open[index].remaining, payment.amount)
            open[index].remaining -= applied
            pool += payment.amount - applied
        }
        open.sort { lhs, rhs in AgingLedger.allocationOrder(lhs.document, rhs.document) }
        for index in open.indices {
            let applied = min(open[index].remaining, pool)
            pool -= applied
            open[index].remaining -= applied
        }
        open.removeAll { $0.remaining == 0 }
        return Allocation(openItems: open, unappliedCredit: pool)
    }

    /// An invoice with what is still owed on it.
    public struct OpenItem: Sendable {
        public var document: AgingDocument
        /// Minor units still owed, > 0 once allocation is done.
        public var remaining: Int64
    }

    /// What allocation leaves: the invoices still open, in allocation order, and unused credit (≥ 0).
    public struct Allocation: Sendable {
        public var openItems: [OpenItem]
        public var unappliedCredit: Int64
    }

    /// Due date, then issue date, then number compared byte-wise on UTF-8.
    static func allocationOrder(_ lhs: AgingDocument, _ rhs: AgingDocument) -> Bool {
        if lhs.dueDate != rhs.dueDate { return lhs.dueDate < rhs.dueDate }
        if lhs.issueDate != rhs.issueDate { return lhs.issueDate < rhs.issueDate }
        return lhs.number.utf8.lexicographicallyPrecedes(rhs.number.utf8)
    }
}

/// Finds an open invoice by id: a linear scan for the usual handful, a dictionary for large ledgers.
private struct OpenInvoicePositions {
    private let indexByID: [Int64: Int]?

    init(_ open: [AgingLedger.OpenItem]) {
        indexByID = open.count > 32
            ? Dictionary(open.enumerated().map { ($1.document.id, $0) }, uniquingKeysWith: { first, _ in first }) : nil
    }

    func of(_ id: Int64, in open: [AgingLedger.OpenItem]) -> Int? {
        indexByID.map { $0[id] } ?? open.firstIndex { $0.document.id == id }
    }
}
