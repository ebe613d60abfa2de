/// A reminder filled in for one account, ready to deliver.
public struct RenderedReminder: Hashable, Sendable {
    public var key: TemplateKey
    /// One line, for e-mail; nil for letters and SMS texts.
    public var subject: String?
    public var body: String

    public init(key: TemplateKey, subject: String?, body: String) {
        self.key = key
        self.subject = subject
        self.body = body
    }
}
