import CobroDomain

/// One customer's invoices, credit notes and payments over the fifteen months before `today`.
///
/// Each invoice is paid (or not) as the customer's habit dictates; a payment whose date would
/// fall after `today` has simply not arrived yet. That alone spreads the open invoices over
/// every aging bucket: recent ones are current or slightly late, the old ones still open belong
/// to customers who pay late, in part, or not at all.
struct DemoLedgerBuilder {
    let today: CivilDate
    let region: DemoRegion
    let habit: DemoHabit
    let status: CustomerStatus

    private(set) var documents: [DemoDocument] = []
    private(set) var payments: [DemoPayment] = []

    /// How far back the oldest invoices go: about fifteen months.
    static let historyDays = 455

    private var scale: Int64 = 100
    private var usualTerms = 30
    private var usualMethod = PaymentMethod.transfer
    private var targetedPerMille = 1000

    init(today: CivilDate, region: DemoRegion, habit: DemoHabit, status: CustomerStatus) {
        self.today = today
        self.region = region
        self.habit = habit
        self.status = status
    }

    mutating func build(_ random: inout DemoRandom) {
        scale = DemoAmounts.customerScale(&random)
        usualTerms = random.weighted(Self.terms)
        usualMethod = random.weighted(region.paymentMethods)
        // Some customers always say which invoice they pay; others just send money.
        targetedPerMille = random.weighted([(950, 50), (750, 35), (300, 15)])

        let issueDates = self.issueDates(&random)
        let currencies = self.currencies(count: issueDates.count, &random)
        for (issueDate, currency) in zip(issueDates, currencies) {
            addInvoice(issued: issueDate, currency: currency, &random)
        }
        // Row ids then follow the order in which the money arrived.
        payments = payments.enumerated().sorted { lhs, rhs in
            lhs.element.date != rhs.element.date ? lhs.element.date < rhs.element.date : lhs.offset < rhs.offset
        }.map(\.element)
    }

    // MARK: - Invoices

    /// Net days: cash on delivery, 15, 30 or 60 days.
    private static let terms: [(Int, weight: Int)] = [(0, 15), (15, 20), (30, 45), (60, 20)]

    /// About ten invoices per customer: small accounts buy once or twice, large ones every few weeks.
    private func invoiceCount(_ random: inout DemoRandom) -> Int {
        switch random.below(100) {
        case 0..<35: return random.int(in: 1...8)
        case 35..<80: return random.int(in: 5...15)
        default: return random.int(in: 12...25)
        }
    }

    /// Issue dates in order. Accounts handed to lawyers or agencies stopped buying long ago;
    /// a quarter of the others are newer customers; a few invoices are dated in the next days.
    private func issueDates(_ random: inout DemoRandom) -> [CivilDate] {
        let count = invoiceCount(&random)
        var newest = 0
        var oldest = Self.historyDays
        if !status.isWorkedByDesk {
            newest = random.int(in: 120...300)
            oldest = min(Self.historyDays, newest + random.int(in: 60...240))
        } else if random.chance(perMille: 250) {
            oldest = random.int(in: 30...Self.historyDays)
        }
        let dates = (0..<count).map { _ in
            status.isWorkedByDesk && random.chance(perMille: 10)
                ? today.adding(days: random.int(in: 1...5))
                : today.adding(days: -random.int(in: newest...oldest))
        }
        return dates.sorted()
    }

    /// The currency of each invoice: one per customer, a second one for about one in ten.
    private func currencies(count: Int, _ random: inout DemoRandom) -> [Currency] {
        var currencies = Array(repeating: region.currency, count: count)
        guard count > 1, random.chance(perMille: 100) else { return currencies }
        for index in currencies.indices where random.chance(perMille: 300) { currencies[index] = region.secondCurrency }
        if !currencies.contains(region.secondCurrency) { currencies[random.below(count)] = region.secondCurrency }
        return currencies
    }

    private mutating func addInvoice(issued issueDate: CivilDate, currency: Currency, _ random: inout DemoRandom) {
        let terms = random.chance(perMille: 800) ? usualTerms : random.weighted(Self.terms)
        let dueDate = issueDate.adding(days: terms)
        // Exports (the second currency) carry no domestic VAT.
        let tax = currency == region.currency ? region.salesTaxPercent : 0
        let amount = DemoAmounts.invoice(currency: currency, taxPercent: tax, customerScale: scale, &random)
        let disputed = random.chance(perMille: habit.disputedPerMille)
        let index = documents.count
        documents.append(DemoDocument(issueDate: issueDate, dueDate: dueDate, amount: amount, currency: currency, disputed: disputed))

        // A credit note settles a dispute or a return; disputed invoices get one far more often.
        var owed = amount
        let creditDate = issueDate.adding(days: random.int(in: 3...40))
        if random.chance(perMille: disputed ? 250 : 25), creditDate <= today {
            let credit = DemoAmounts.credit(of: amount, &random)
            documents.append(DemoDocument(issueDate: creditDate, dueDate: creditDate, amount: -credit, currency: currency, disputed: false))
            owed -= credit
        }
        guard owed > 0 else { return }
        pay(invoice: index, owed: owed, terms: terms, disputed: disputed, &random)
    }

    /// An invoice nobody has paid, due on `dueDate` in the customer's currency: the one a demo
    /// needs so that the first dunning run on it has a stage to send.
    mutating func addUnpaidInvoice(due dueDate: CivilDate, _ random: inout DemoRandom) {
        let issueDate = dueDate.adding(days: -usualTerms)
        let amount = DemoAmounts.invoice(currency: region.currency, taxPercent: region.salesTaxPercent, customerScale: scale, &random)
        let index = documents.firstIndex { $0.issueDate > issueDate } ?? documents.count
        documents.insert(DemoDocument(issueDate: issueDate, dueDate: dueDate, amount: amount, currency: region.currency, disputed: false),
                         at: index)
        // Payments name invoices by their index.
        for payment in payments.indices {
            if let named = payments[payment].documentIndex, named >= index { payments[payment].documentIndex = named + 1 }
        }
    }

    // MARK: - Payments

    /// Pays what the customer owes on one invoice (net of its credit note) as its habit dictates.
    private mutating func pay(invoice index: Int, owed: Int64, terms: Int, disputed: Bool, _ random: inout DemoRandom) {
        let document = documents[index]
        let currency = document.currency
        let date = max(document.issueDate, document.dueDate.adding(days: habit.paymentDelay(terms: terms, &random)))
        if disputed {
            // The customer pays the part it does not contest, if anything.
            if random.chance(perMille: 250) {
                record(DemoAmounts.part(of: owed, currency: currency, &random), on: date, for: index, &random)
            }
            return
        }
        let roll = random.below(1000)
        if roll < habit.unpaidPerMille { return }
        if roll < habit.unpaidPerMille + habit.partialPerMille {
            let part = DemoAmounts.part(of: owed, currency: currency, &random)
            guard record(part, on: date, for: index, &random) else { return }
            // Half of those who paid a part pay the rest some weeks later.
            if random.chance(perMille: 500) {
                record(owed - part, on: date.adding(days: random.int(in: 15...90)), for: index, &random)
            }
            return
        }
        // A few pay a round figure above the amount, or pay the same invoice twice: the excess
        // stays on the account as unapplied credit.
        if random.chance(perMille: 10) {
            record(DemoAmounts.roundedUp(owed, currency: currency), on: date, for: index, &random)
            return
        }
        guard record(owed, on: date, for: index, &random) else { return }
        if random.chance(perMille: 8) {
            record(owed, on: date.adding(days: random.int(in: 2...20)), for: index, &random)
        }
    }

    /// Adds a payment unless its date is still to come; says whether it did.
    @discardableResult
    private mutating func record(_ amount: Int64, on date: CivilDate, for index: Int, _ random: inout DemoRandom) -> Bool {
        guard date <= today, amount > 0 else { return false }
        let method: PaymentMethod? = switch random.below(1000) {
        case 0..<30: nil
        case 30..<800: usualMethod
        default: random.weighted(region.paymentMethods)
        }
        let targeted = random.chance(perMille: targetedPerMille)
        let hasReference = random.chance(perMille: 900)
        payments.append(DemoPayment(date: date, amount: amount, currency: documents[index].currency, method: method,
                                    documentIndex: targeted ? index : nil, hasReference: hasReference))
        return true
    }
}
