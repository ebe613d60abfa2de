/// RFC 2045 quoted-printable: readable in the outbox for Spanish text, 7-bit safe on the wire.
enum QuotedPrintable {
    private static let hex = Array("0123456789ABCDEF".utf8)

    /// The text's lines, each encoded and wrapped at 76 characters with soft breaks, joined by
    /// CRLF; the text's last line break is left to the message, which ends every body with one.
    static func encode(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "\r\n", with: "\n")
        if text.hasSuffix("\n") { text.removeLast() }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { encodeLine(Array($0.utf8)) }.joined(separator: "\r\n")
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var lines: [String] = []
        var current = ""
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            // A space at the end of a line would be stripped in transit; "From " and "." opening a
            // line are mangled by some mail software.
            let literal = (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "="))
                || ((byte == 32 || byte == 9) && !isLast)
            let risky = index == 0 && (byte == UInt8(ascii: ".") || (byte == UInt8(ascii: "F") && bytes.starts(with: Array("From ".utf8))))
            let piece = literal && !risky ? String(UnicodeScalar(byte)) : "=" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 15)]], as: UTF8.self)
            // 75 characters leave room for the soft break's "=".
            if current.count + piece.count > 75 {
                lines.append(current + "=")
                current = ""
            }
            current += piece
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }
}
