import CobroDomain
import Foundation

/// What the templates screen asks of the store and of the renderer. The screen never sees
/// either: the desk implements this with CobroStore and CobroTemplates, tests with a fake.
public protocol TemplateDesk {
    /// Every stored template, with who edited it last.
    func templates() throws -> [TemplateEntry]
    /// The customer with `code`, or nil when there is none.
    func customer(code: String) throws -> TemplateCustomer?
    /// What is wrong with the template's text itself (unknown fields, unclosed tags), each with
    /// its part and line, in `language`.
    func problems(in template: ReminderTemplate, language: Language) -> [TemplateProblem]
    /// The template filled in with the customer's account, or why it cannot be.
    func preview(_ template: ReminderTemplate, customerCode: String, language: Language) -> TemplatePreview
    /// Stores an edited template (audited) as the acting user.
    func save(_ template: ReminderTemplate) throws
    /// Renders the template for the customer, sends it (`.deliver`) or files it in the outbox
    /// (`.outbox`), and records it in the contact log; returns where it went, in `language`.
    func send(_ template: ReminderTemplate, customerCode: String, route: ReminderRoute, language: Language) throws -> String
    /// The ladder `cobro remind` follows, with the late-payment figures its stages claim.
    func dunningLadder() throws -> DunningLadder
    /// The desk's as-of day: its half-year's rate is the one in force.
    var today: CivilDate { get }
    /// Stores the owner's ladder (audited), as the acting user.
    func saveLadder(_ policy: DunningPolicy) throws
}

/// A stored template and its history.
public struct TemplateEntry: Hashable, Sendable {
    public var template: ReminderTemplate
    /// nil while it is the shipped text.
    public var editedBy: String?
    public var editedAt: Date?

    public init(template: ReminderTemplate, editedBy: String? = nil, editedAt: Date? = nil) {
        self.template = template
        self.editedBy = editedBy
        self.editedAt = editedAt
    }

    public var key: TemplateKey { template.key }
    public var isEdited: Bool { editedBy != nil }
}

/// Whom a reminder is written for.
public struct TemplateCustomer: Hashable, Sendable {
    public var code: String
    public var name: String
    /// The customer's own language, when they have one.
    public var language: Language?

    public init(code: String, name: String, language: Language?) {
        self.code = code
        self.name = name
        self.language = language
    }
}

/// One problem of a template's text, placed for the editor.
public struct TemplateProblem: Hashable, Sendable {
    public var isSubject: Bool
    /// 1-based; nil when the problem has no line (a missing subject).
    public var line: Int?
    public var message: String

    public init(isSubject: Bool, line: Int?, message: String) {
        self.isSubject = isSubject
        self.line = line
        self.message = message
    }
}

/// A template filled in for one account, or why it cannot be: never a blank.
public enum TemplatePreview: Hashable, Sendable {
    case rendered(subject: String?, body: String, invoices: [String])
    case refused(String)
}

/// Where a reminder goes.
public enum ReminderRoute: Hashable, Sendable {
    /// As configured: e-mail through the mail command (or the outbox without one), letters and
    /// texts as files in the outbox.
    case deliver
    /// Always a file in the outbox (a letter to print, an .eml to send by hand).
    case outbox
}

/// A refusal the desk words for the user (no e-mail address, every invoice disputed).
public struct TemplateDeskRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The dunning ladder in force (SPEC §5 "Dunning stages"), where it comes from, and the
/// late-payment interest and compensation its stages claim (config.yaml `dunning:` or Spain's).
public struct DunningLadder: Hashable, Sendable {
    public var policy: DunningPolicy
    public var source: LadderSource
    public var latePayment: LatePaymentRules

    public init(policy: DunningPolicy, source: LadderSource, latePayment: LatePaymentRules = .spain) {
        self.policy = policy
        self.source = source
        self.latePayment = latePayment
    }
}

public enum LadderSource: Hashable, Sendable {
    /// Never changed: the SPEC's ladder.
    case standard
    /// The owner's, saved in the database.
    case saved
    /// config.yaml `dunning: stages:`, which overrides the database: read-only in the desk.
    case config
}
