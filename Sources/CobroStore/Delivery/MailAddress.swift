import Foundation

/// An e-mail address with an optional display name: `Cobranza <cobros@example.com>`.
public struct MailAddress: Hashable, Sendable, CustomStringConvertible {
    public var name: String?
    /// The addr-spec, `local@domain`, ASCII with no spaces or angle brackets.
    public var address: String

    /// nil when `address` is not a plain `local@domain`: a customer's typo never reaches a header.
    public init?(name: String? = nil, address: String) {
        guard MailAddress.isAddrSpec(address) else { return nil }
        self.name = name.flatMap { $0.isEmpty ? nil : $0 }
        self.address = address
    }

    /// `Name <local@domain>`, `"Name" <local@domain>` or `local@domain`, as the config file writes it.
    public init?(parsing text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix(">"), let open = text.lastIndex(of: "<") else {
            self.init(address: text)
            return
        }
        var name = text[..<open].trimmingCharacters(in: .whitespaces)
        if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
        self.init(name: name, address: String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
    }

    public var description: String { name.map { "\($0) <\(address)>" } ?? address }

    private static func isAddrSpec(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        // A domain without a dot (`localhost`) is valid: sendmail's default sender is user@host.
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !parts[1].contains("..") else { return false }
        let forbidden: Set<Character> = ["<", ">", "(", ")", "[", "]", ",", ";", ":", "\\", "\""]
        return text.allSatisfy { $0.isASCII && !$0.isWhitespace && $0.asciiValue! > 32 && $0.asciiValue! < 127 && !forbidden.contains($0) }
    }
}
