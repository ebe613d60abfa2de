import Foundation

/// One plain-text e-mail as RFC 5322 and MIME (RFC 2045–2047) write it: UTF-8 body in
/// quoted-printable, CRLF line ends.
public struct MailMessage: Sendable {
    public var from: MailAddress
    public var to: MailAddress
    public var subject: String
    public var body: String
    public var date: Date
    /// Without the angle brackets: `20261123T093000.3f2a…@example.com`.
    public var messageID: String

    public init(from: MailAddress, to: MailAddress, subject: String, body: String, date: Date, messageID: String? = nil) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        self.messageID = messageID ?? MailMessage.newMessageID(from: from)
    }

    /// A unique id in the sender's domain (RFC 5322 §3.6.4).
    public static func newMessageID(from sender: MailAddress) -> String {
        let domain = sender.address.split(separator: "@").last.map(String.init) ?? "localhost"
        return "\(UUID().uuidString.lowercased())@\(domain)"
    }

    /// The whole message, headers and body.
    public func rendered(timeZone: TimeZone) -> String {
        let headers = [
            "From: \(MailHeaders.address(from, header: "From"))",
            "To: \(MailHeaders.address(to, header: "To"))",
            "Subject: \(MailHeaders.unstructured(subject, header: "Subject"))",
            "Date: \(MailHeaders.date(date, in: timeZone))",
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + QuotedPrintable.encode(body) + "\r\n"
    }
}
