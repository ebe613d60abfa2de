/// Where an account stands in the collection process. Legal, agency and written-off accounts
/// are out of the clerk's hands: no calls, no reminders.
public enum CustomerStatus: String, CaseIterable, Codable, Sendable {
    case active
    case suspended
    case legal
    case agency
    case writtenOff = "written_off"

    /// Whether clerks still call and remind this customer.
    public var isWorkedByDesk: Bool { self == .active || self == .suspended }
}

/// A customer who owes (or may owe) money. `code` is the identity shared with the accounting system.
public struct Customer: Hashable, Sendable {
    public var code: String
    public var name: String
    public var taxID: String?
    public var phone: String?
    public var email: String?
    /// IANA identifier (`Europe/Madrid`); nil means the desk's own zone.
    public var timeZone: String?
    public var language: Language?
    public var notes: String?
    public var doNotCall: Bool
    public var status: CustomerStatus
    /// Why the customer has not paid, as the clerk has judged it; nil until someone does.
    public var debtorType: DebtorType?

    public init(
        code: String, name: String, taxID: String? = nil, phone: String? = nil, email: String? = nil,
        timeZone: String? = nil, language: Language? = nil, notes: String? = nil,
        doNotCall: Bool = false, status: CustomerStatus = .active, debtorType: DebtorType? = nil
    ) {
        self.code = code
        self.name = name
        self.taxID = taxID
        self.phone = phone
        self.email = email
        self.timeZone = timeZone
        self.language = language
        self.notes = notes
        self.doNotCall = doNotCall
        self.status = status
        self.debtorType = debtorType
    }
}

/// A person to talk to at a customer (the accounts-payable clerk, the owner, a lawyer).
public struct ContactPerson: Hashable, Sendable {
    public var customerCode: String
    public var name: String
    public var role: String?
    public var phone: String?
    public var email: String?

    public init(customerCode: String, name: String, role: String? = nil, phone: String? = nil, email: String? = nil) {
        self.customerCode = customerCode
        self.name = name
        self.role = role
        self.phone = phone
        self.email = email
    }
}
