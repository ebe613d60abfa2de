import CobroDomain

/// The customer a plan is built for, as the desk knows them when it opens the builder.
public struct PlanCustomer: Hashable, Sendable {
    public var code: String
    public var name: String
    /// The open balance (aging `balance`) per currency as of today; a plan can cover any
    /// currency with a positive balance.
    public var balances: [Money]

    public init(code: String, name: String, balances: [Money]) {
        self.code = code
        self.name = name
        self.balances = balances
    }

    /// The currencies a plan can be in, by code.
    var owedCurrencies: [Currency] {
        balances.filter { $0.minorUnits > 0 }.map(\.currency).sorted()
    }

    func balance(in currency: Currency) -> Money? {
        balances.first { $0.currency == currency }
    }
}
