/// Which template: a dunning stage (or another kind of reminder), a language and a channel.
/// The stage is a name, not a closed list, because the owner may add stages to the dunning ladder.
public struct TemplateKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var stage: String
    public var language: Language
    /// email, letter or sms.
    public var channel: ContactChannel

    public init(stage: String, language: Language, channel: ContactChannel) {
        self.stage = stage
        self.language = language
        self.channel = channel
    }

    /// `first.es.email`: how errors and file names name the template.
    public var description: String { "\(stage).\(language.rawValue).\(channel.rawValue)" }

    public static func < (lhs: TemplateKey, rhs: TemplateKey) -> Bool {
        (lhs.stage, lhs.language.rawValue, lhs.channel.rawValue) < (rhs.stage, rhs.language.rawValue, rhs.channel.rawValue)
    }
}

/// The stages the package ships templates for: the SPEC's dunning ladder plus the two reminders
/// the clerk sends by hand.
public enum TemplateStage {
    public static let courtesy = "courtesy"
    public static let first = "first"
    public static let second = "second"
    public static let final = "final"
    public static let demand = "demand"
    public static let agreementConfirmation = "agreement"
    public static let brokenPromise = "broken_promise"

    public static let shipped = [courtesy, first, second, final, demand, agreementConfirmation, brokenPromise]
}

/// A reminder template as stored: Mustache text for the body and, for e-mail, the subject.
public struct ReminderTemplate: Hashable, Sendable {
    public var key: TemplateKey
    /// The e-mail subject (a Mustache template too); nil for letters and SMS texts.
    public var subject: String?
    public var body: String

    public init(key: TemplateKey, subject: String? = nil, body: String) {
        self.key = key
        self.subject = subject
        self.body = body
    }
}
