/// One customer's line in the aging report.
public struct CustomerAging: Equatable, Sendable {
    public var code: String
    public var name: String
    public var figures: AgingFigures

    public init(code: String, name: String, figures: AgingFigures) {
        self.code = code
        self.name = name
        self.figures = figures
    }
}

/// The aging of one currency: its customers and their totals. Currencies are never added together.
public struct CurrencyAging: Sendable {
    public var currency: Currency
    public var totals: AgingFigures
    /// Sorted by code, byte-wise.
    public var customers: [CustomerAging]

    public init(currency: Currency, totals: AgingFigures, customers: [CustomerAging]) {
        self.currency = currency
        self.totals = totals
        self.customers = customers
    }

    /// The section holding only `customers` (a filtered view), with totals of those alone.
    public init(currency: Currency, customers: [CustomerAging]) {
        var totals = AgingFigures()
        for customer in customers { totals.accumulate(customer.figures) }
        self.init(currency: currency, totals: totals, customers: customers)
    }

    /// `amount` of this currency as a `Money`, for formatting.
    public func money(_ amount: Int64) -> Money { Money(minorUnits: amount, currency: currency) }
}

/// The aging report as of one date, per currency (sorted by code).
public struct AgingReport: Sendable {
    public var asOf: CivilDate
    public var currencies: [CurrencyAging]

    public init(asOf: CivilDate, currencies: [CurrencyAging]) {
        self.asOf = asOf
        self.currencies = currencies
    }
}

/// Collects customers' aged ledgers and assembles the report in the SPEC's order, leaving out
/// settled customers and currencies with no customer left.
public struct AgingReportBuilder {
    public let asOf: CivilDate
    private var customersByCurrency: [Currency: [CustomerAging]] = [:]

    public init(asOf: CivilDate) { self.asOf = asOf }

    public mutating func add(code: String, name: String, currency: Currency, ledger: AgingLedger) {
        add(CustomerAging(code: code, name: name, figures: ledger.aged(asOf: asOf)), currency: currency)
    }

    public mutating func add(_ customer: CustomerAging, currency: Currency) {
        guard !customer.figures.isSettled else { return }
        customersByCurrency[currency, default: []].append(customer)
    }

    public func build() -> AgingReport {
        let currencies = customersByCurrency.keys.sorted().map { currency in
            CurrencyAging(currency: currency, customers: customersByCurrency[currency]!.sorted {
                $0.code.utf8.lexicographicallyPrecedes($1.code.utf8)
            })
        }
        return AgingReport(asOf: asOf, currencies: currencies)
    }
}
