import Foundation

/// Header values as RFC 5322 and RFC 2047 want them: one line each (customer data can never
/// start a header of its own), non-ASCII text as UTF-8 encoded-words.
enum MailHeaders {
    /// Control characters (CR and LF above all) become spaces, runs of spaces one.
    static func singleLine(_ text: String) -> String {
        let spaced = String(text.unicodeScalars.map { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : Character($0) })
        return spaced.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// An unstructured value (Subject): as is when plain ASCII, else encoded-words.
    static func unstructured(_ text: String) -> String {
        let line = singleLine(text)
        return line.allSatisfy({ $0.isASCII }) ? line : encodedWords(line)
    }

    /// `Name <address>`: the name quoted when ASCII, encoded-words otherwise.
    static func address(_ mailAddress: MailAddress) -> String {
        guard let name = mailAddress.name.map(singleLine), !name.isEmpty else { return mailAddress.address }
        let phrase = name.allSatisfy({ $0.isASCII })
            ? "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
            : encodedWords(name)
        return "\(phrase) <\(mailAddress.address)>"
    }

    /// `=?UTF-8?B?…?=` words of at most 75 characters, split between characters (never inside
    /// one), separated by folding white space.
    static func encodedWords(_ text: String) -> String {
        var words: [String] = []
        var chunk: [UInt8] = []
        // 75 − len("=?UTF-8?B?") − len("?=") = 63 base64 characters: 45 bytes.
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(word(chunk)) }
        return words.joined(separator: "\r\n ")
    }

    private static func word(_ bytes: [UInt8]) -> String { "=?UTF-8?B?\(Data(bytes).base64EncodedString())?=" }

    /// `Mon, 23 Nov 2026 09:30:00 +0100` in the desk's time zone.
    static func date(_ date: Date, in timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
