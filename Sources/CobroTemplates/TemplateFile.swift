import Foundation
import CobroDomain

/// A template as a file: `Templates/LANGUAGE/STAGE.CHANNEL.mustache`. An e-mail's first line is
/// `Subject: …`, then a blank line, then the body, as in a message.
public enum TemplateFile {
    /// `es/first.email.mustache`, or nil for a name that is not a template's.
    public static func key(ofRelativePath path: String) -> TemplateKey? {
        let parts = path.split(separator: "/")
        guard parts.count == 2, let language = Language(rawValue: String(parts[0])), parts[1].hasSuffix(".mustache") else { return nil }
        let name = parts[1].dropLast(".mustache".count).split(separator: ".")
        guard name.count == 2, let channel = ContactChannel(rawValue: String(name[1])), [.email, .letter, .sms].contains(channel) else { return nil }
        return TemplateKey(stage: String(name[0]), language: language, channel: channel)
    }

    public static func relativePath(of key: TemplateKey) -> String {
        "\(key.language.rawValue)/\(key.stage).\(key.channel.rawValue).mustache"
    }

    public static func template(_ key: TemplateKey, text: String) -> ReminderTemplate {
        let prefix = "Subject:"
        guard key.channel == .email, text.hasPrefix(prefix) else { return ReminderTemplate(key: key, body: text) }
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let subject = lines[0].dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        var body = lines.count > 1 ? lines[1] : ""
        if body.hasPrefix("\n") { body = body.dropFirst() }
        return ReminderTemplate(key: key, subject: subject, body: String(body))
    }

    public static func text(of template: ReminderTemplate) -> String {
        guard let subject = template.subject, template.key.channel == .email else { return template.body }
        return "Subject: \(subject)\n\n\(template.body)"
    }
}
