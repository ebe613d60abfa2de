import CobroDomain
import Foundation

/// How e-mail leaves the desk: the config's `mail:` section.
public struct MailSettings: Hashable, Sendable {
    /// A sendmail-compatible command that reads the message on stdin and its recipients from the
    /// headers (`msmtp -t`); nil writes e-mail to the outbox as `.eml` files.
    public var command: String?
    public var from: MailAddress

    public init(command: String?, from: MailAddress) {
        self.command = command
        self.from = from
    }
}

/// What delivering a reminder wrote.
public struct DeliveryReceipt: Hashable, Sendable {
    /// The outbox file, or nil when the e-mail went to the sendmail command.
    public var file: String?
    /// The e-mail's Message-ID; nil for letters and SMS texts.
    public var messageID: String?
    /// What was delivered, as the customer reads it (for the contact log).
    public var text: String
}

/// Sends e-mail reminders through the configured command, or writes them to the outbox as
/// `.eml`; writes letters and SMS texts to the outbox as `.txt`.
public struct ReminderDelivery: Sendable {
    public var mail: MailSettings
    /// The outbox folder, created when first written to.
    public var outbox: String
    /// The zone of the e-mail's `Date:` header.
    public var timeZone: TimeZone

    public init(mail: MailSettings, outbox: String, timeZone: TimeZone) {
        self.mail = mail
        self.outbox = outbox
        self.timeZone = timeZone
    }

    /// `$XDG_DATA_HOME/cobro/outbox`, else `~/.local/share/cobro/outbox`.
    public static func defaultOutbox(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.local/share"
        return "\(dataHome)/cobro/outbox"
    }

    /// Delivers `reminder` to `customer` (e-mail to the customer's address, addressed by name).
    /// Outbox files are named after `day` — the run's as-of day — or else the day of `date`.
    public func deliver(_ reminder: RenderedReminder, to customer: Customer, at date: Date,
                        filedUnder day: CivilDate? = nil) throws(DeliveryError) -> DeliveryReceipt {
        let stem = fileStem(reminder, customer, day ?? CivilDate(containing: date, in: timeZone))
        switch reminder.key.channel {
        case .email:
            let message = try mailMessage(reminder, to: customer, at: date)
            let text = message.rendered(timeZone: timeZone)
            if let command = mail.command {
                try SendmailCommand(command).send(text)
                return DeliveryReceipt(file: nil, messageID: message.messageID, text: reminder.body)
            }
            let file = try OutboxFolder(outbox).write(text, name: stem, extension: "eml")
            return DeliveryReceipt(file: file, messageID: message.messageID, text: reminder.body)
        default:
            let file = try OutboxFolder(outbox).write(reminder.body, name: stem, extension: "txt")
            return DeliveryReceipt(file: file, messageID: nil, text: reminder.body)
        }
    }

    /// The e-mail a reminder makes, for a preview or a test; the same checks as `deliver`.
    public func mailMessage(_ reminder: RenderedReminder, to customer: Customer, at date: Date) throws(DeliveryError) -> MailMessage {
        guard let email = customer.email, let to = MailAddress(name: customer.name, address: email.trimmingCharacters(in: .whitespaces)) else {
            throw .noEmailAddress(customer: customer.code, address: customer.email)
        }
        guard let subject = reminder.subject, !subject.isEmpty else { throw .noSubject(customer: customer.code) }
        return MailMessage(from: mail.from, to: to, subject: subject, body: reminder.body, date: date)
    }

    /// `2026-11-23_C001_first_email`: the day, the customer, the stage and the
    /// channel; the outbox adds `-2`, `-3`… when that name is taken.
    private func fileStem(_ reminder: RenderedReminder, _ customer: Customer, _ day: CivilDate) -> String {
        [day.iso, OutboxFolder.safeName(customer.code), OutboxFolder.safeName(reminder.key.stage), reminder.key.channel.rawValue]
            .joined(separator: "_")
    }
}
