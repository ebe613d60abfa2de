import Foundation

public enum ContactChannel: String, CaseIterable, Codable, Sendable {
    case call, email, sms, letter, visit
}

public enum ContactDirection: String, CaseIterable, Codable, Sendable {
    case outbound, inbound
}

public enum ContactOutcome: String, CaseIterable, Codable, Sendable {
    case noAnswer = "no_answer"
    case voicemail
    case wrongNumber = "wrong_number"
    case rightParty = "right_party"
    case promise
    case dispute
    case refused
    case paid
    case callback
    case other

    /// Outcomes in which the clerk spoke with the debtor: they start the seven-day hold on calls.
    public var isRightPartyConversation: Bool {
        switch self {
        case .rightParty, .promise, .dispute, .refused, .paid, .callback: return true
        case .noAnswer, .voicemail, .wrongNumber, .other: return false
        }
    }
}

/// Why a customer has not paid; it decides how the clerk approaches them.
public enum DebtorType: String, CaseIterable, Codable, Sendable {
    case forgot
    case cashFlow = "cash_flow"
    case dispute
    case refuses
    case unreachable
}

/// One contact with a customer. Entries are never edited: a correction is a new entry that
/// names the one it corrects.
public struct ContactLogEntry: Hashable, Sendable {
    public var customerCode: String
    public var contactPerson: String?
    public var user: String?
    public var at: Date
    public var channel: ContactChannel
    public var direction: ContactDirection
    public var outcome: ContactOutcome
    public var note: String?
    public var nextAction: String?
    public var promise: PromiseToPay?
    public var callbackAt: Date?
    /// The id of the entry this one corrects.
    public var corrects: Int64?

    public init(
        customerCode: String, contactPerson: String? = nil, user: String? = nil, at: Date,
        channel: ContactChannel, direction: ContactDirection = .outbound, outcome: ContactOutcome,
        note: String? = nil, nextAction: String? = nil, promise: PromiseToPay? = nil,
        callbackAt: Date? = nil, corrects: Int64? = nil
    ) {
        self.customerCode = customerCode
        self.contactPerson = contactPerson
        self.user = user
        self.at = at
        self.channel = channel
        self.direction = direction
        self.outcome = outcome
        self.note = note
        self.nextAction = nextAction
        self.promise = promise
        self.callbackAt = callbackAt
        self.corrects = corrects
    }
}

/// A promise made on a contact: this amount by this date.
public struct PromiseToPay: Hashable, Sendable {
    public var amount: Money
    public var date: CivilDate

    public init(amount: Money, date: CivilDate) {
        self.amount = amount
        self.date = date
    }
}

public enum PromiseStatus: String, CaseIterable, Codable, Sendable {
    case pending, kept, broken
}
