import CobroDomain

/// A reminder the daily dunning run sent a demo customer, before the writer gives its invoices
/// their numbers.
struct DemoReminder {
    /// The run's day, and the instant it logged the message (08:00 on the customer's clock).
    var on: CivilDate
    var at: Int64
    var stage: DunningStage
    var channel: ContactChannel
    /// By due date, then number, as the run lists them.
    var invoices: [DemoRemindedInvoice]
}

struct DemoRemindedInvoice {
    /// An index into the customer's documents.
    var documentIndex: Int
    var dueDate: CivilDate
    /// What was still open on the run's day.
    var open: Money
}

/// What `cobro remind`, run every morning of the last `daysSinceFirstRun` days before `today`,
/// would have sent one demo customer under the standard ladder (SPEC §5 "Dunning stages").
///
/// Each day that can matter is replayed with the domain's own selection (`DunningPolicy.plan`)
/// on the ledger and agreement as they stood that morning, and what it sends is remembered as
/// sent, so the history holds exactly the reminders a real run would have left — and a run on
/// `today` sends only what falls due today. Days that can matter: an invoice reaching a stage,
/// an invoice being issued (it can take pool money from an older one and reopen it), and every
/// day an agreement stands (it keeps reminders away while it is kept). On any other day the
/// selection is what it was the day before, less what has been paid since.
struct DemoDunningRuns {
    let today: CivilDate
    let region: DemoRegion
    let offsets: DemoZoneOffsets
    let status: CustomerStatus
    let hasEmail: Bool
    let hasPhone: Bool
    let documents: [DemoDocument]
    let payments: [DemoPayment]
    let agreement: DemoAgreement?

    static let policy = DunningPolicy.standard
    static let agreementGraceDays = ContactPolicy.standard.agreementGraceDays
    /// The run is scheduled before the desk opens.
    static let runMinute = 8 * 60
    /// The business started the daily run this many days before `today`; its first run caught
    /// up on what was due then (the latest stage only), as `cobro remind` does.
    static let daysSinceFirstRun = 120

    private var sent: [Int: Set<SentReminder>] = [:]

    init(today: CivilDate, region: DemoRegion, offsets: DemoZoneOffsets, status: CustomerStatus, hasEmail: Bool, hasPhone: Bool,
         documents: [DemoDocument], payments: [DemoPayment], agreement: DemoAgreement?) {
        self.today = today
        self.region = region
        self.offsets = offsets
        self.status = status
        self.hasEmail = hasEmail
        self.hasPhone = hasPhone
        self.documents = documents
        self.payments = payments
        self.agreement = agreement
    }

    /// The reminders sent before `today`, oldest first.
    mutating func history() -> [DemoReminder] {
        // Every invoice of a customer the desk no longer works is left out on every day.
        guard status.isWorkedByDesk else { return [] }
        var reminders: [DemoReminder] = []
        var ledgers = DemoLedgerCache(documents: documents, payments: payments)
        for day in daysThatCanMatter() {
            for message in plan(on: day, &ledgers).messages {
                reminders.append(record(message, on: day))
            }
        }
        return reminders
    }

    /// Whether the run on `today`, after the history, has an e-mail to send.
    func sendsEmailToday() -> Bool {
        guard status.isWorkedByDesk else { return false }
        var ledgers = DemoLedgerCache(documents: documents, payments: payments)
        return plan(on: today, &ledgers).messages.contains { $0.channel == .email }
    }

    private func daysThatCanMatter() -> [CivilDate] {
        let firstRun = today.adding(days: -Self.daysSinceFirstRun)
        var days: Set<CivilDate> = [firstRun]
        for document in documents where document.amount > 0 && !document.disputed {
            days.insert(document.issueDate)
            for stage in Self.policy.stages { days.insert(document.dueDate.adding(days: stage.days)) }
        }
        if let agreement {
            var day = max(agreement.agreement.agreementDate, firstRun)
            while day < today {
                days.insert(day)
                day = day.adding(days: 1)
            }
        }
        return days.filter { $0 >= firstRun && $0 < today }.sorted()
    }

    /// The run's selection on `day`, as `DunningQuery` would read the account that morning.
    private func plan(on day: CivilDate, _ ledgers: inout DemoLedgerCache) -> DunningPlan {
        let latestReachable = day.adding(days: -Self.policy.firstDays)
        var invoices: [DunningInvoice] = []
        for item in ledgers.openItems(asOf: day) where item.document.dueDate <= latestReachable {
            let index = Int(item.document.id)
            let document = documents[index]
            invoices.append(DunningInvoice(
                number: DemoLedgerCache.sortKey(index), dueDate: document.dueDate,
                open: Money(minorUnits: item.remaining, currency: document.currency), disputed: document.disputed,
                sent: sent[index] ?? []))
        }
        guard !invoices.isEmpty else { return DunningPlan() }
        let account = DunningAccount(customerCode: "", status: status, hasEmail: hasEmail, hasPhone: hasPhone,
                                     agreementUpToDate: agreementUpToDate(on: day), invoices: invoices)
        return Self.policy.plan(for: account, asOf: day)
    }

    private mutating func record(_ message: DunningMessage, on day: CivilDate) -> DemoReminder {
        let sentReminder = SentReminder(stage: message.stage.name, channel: message.channel)
        let invoices = message.invoices.map { invoice in
            let index = DemoLedgerCache.index(of: invoice.number)
            sent[index, default: []].insert(sentReminder)
            return DemoRemindedInvoice(documentIndex: index, dueDate: invoice.dueDate, open: invoice.open)
        }
        return DemoReminder(on: day, at: runInstant(day), stage: message.stage, channel: message.channel, invoices: invoices)
    }

    private func runInstant(_ day: CivilDate) -> Int64 { offsets.instant(day, minute: Self.runMinute, in: region) }

    /// Whether the agreement, as the desk had recorded it by the morning run, was being kept
    /// (`QueueAgreements.standing`): made before the run, not yet cancelled, active and up to date.
    private func agreementUpToDate(on day: CivilDate) -> Bool {
        guard let agreement else { return false }
        let run = runInstant(day)
        guard agreement.createdAt <= run else { return false }
        if agreement.history.contains(where: { $0.status == .cancelled && $0.at <= run }) { return false }
        var terms = agreement.agreement
        terms.status = .active
        let currency = terms.amount.currency
        let paid = payments.filter { $0.currency == currency }.map { DatedPayment(date: $0.date, amount: Money(minorUnits: $0.amount, currency: currency)) }
        let progress = AgreementProgress(terms, payments: paid, today: day, graceDays: Self.agreementGraceDays)
        return progress.status == .active && progress.isUpToDate
    }
}

/// The customer's ledgers aged as of a day, recomputed only when a document or payment has
/// come in since the last day asked: most days that matter see the same ones.
private struct DemoLedgerCache {
    private let documentDates: [CivilDate]
    private let paymentDates: [CivilDate]
    /// One ledger per currency, document ids being indexes into the customer's documents.
    private let ledgers: [AgingLedger]
    private var lastKey: (documents: Int, payments: Int) = (-1, -1)
    private var lastItems: [AgingLedger.OpenItem] = []

    init(documents: [DemoDocument], payments: [DemoPayment]) {
        documentDates = documents.map(\.issueDate)
        paymentDates = payments.map(\.date)
        var ledgers: [Currency: AgingLedger] = [:]
        for (index, document) in documents.enumerated() {
            ledgers[document.currency, default: AgingLedger()].documents.append(AgingDocument(
                id: Int64(index), number: Self.sortKey(index), issueDate: document.issueDate, dueDate: document.dueDate,
                amount: document.amount))
        }
        for payment in payments {
            ledgers[payment.currency, default: AgingLedger()].payments.append(
                AgingPayment(date: payment.date, amount: payment.amount, invoiceID: payment.documentIndex.map(Int64.init)))
        }
        // In currency order, so the run sees the invoices in the same order every time.
        self.ledgers = ledgers.sorted { $0.key < $1.key }.map(\.value)
    }

    /// The open items of every currency as of `day`.
    mutating func openItems(asOf day: CivilDate) -> [AgingLedger.OpenItem] {
        // What counts only grows with the day, so how much of it counts names it.
        let key = (documentDates.reduce(0) { $1 <= day ? $0 + 1 : $0 }, paymentDates.reduce(0) { $1 <= day ? $0 + 1 : $0 })
        guard key != lastKey else { return lastItems }
        lastKey = key
        lastItems = ledgers.flatMap { $0.allocated(asOf: day).openItems }
        return lastItems
    }

    /// A stand-in for the invoice number that sorts as the writer's numbers will: the writer
    /// numbers a customer's documents in this order.
    static func sortKey(_ index: Int) -> String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func index(of sortKey: String) -> Int { Int(sortKey) ?? 0 }
}
