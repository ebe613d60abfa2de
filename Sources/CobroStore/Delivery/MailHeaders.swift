import Foundation

/// Header values as RFC 5322 and RFC 2047 want them: one line each (customer data can never
/// start a header of its own), non-ASCII text as UTF-8 encoded-words.
enum MailHeaders {
    /// Control characters (CR and LF above all) become spaces, runs of spaces one.
    static func singleLine(_ text: String) -> String {
        let spaced = String(text.unicodeScalars.map { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : Character($0) })
        return spaced.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// An unstructured value (Subject): plain ASCII words as they are, folded at spaces to keep
    /// lines within 78 characters (a word too long to fold, or one that looks like an
    /// encoded-word, is encoded itself); any other text as encoded-words.
    static func unstructured(_ text: String, header: String) -> String {
        let line = singleLine(text)
        guard line.allSatisfy({ $0.isASCII }) else { return encodedWords(line) }
        let words = line.split(separator: " ").flatMap { word in
            word.utf8.count > longestPlainWord || word.contains("=?")
                ? encodedWords(String(word)).components(separatedBy: "\r\n ") : [String(word)]
        }
        return folded(words, after: header.count + 2)
    }

    /// Longer words cannot be folded onto a line of their own within 78 characters.
    private static var longestPlainWord: Int { 64 }

    /// `Name <address>`, folded at spaces to keep lines within 78 characters. The name is a
    /// phrase of words: plain ASCII words as atoms or quoted strings, runs of non-ASCII words as
    /// one encoded-word each. Parsers disagree on the space between two adjacent encoded-words
    /// (RFC 2047 drops it, Python's `email` keeps it), so runs only split when longer than one
    /// word can hold.
    static func address(_ mailAddress: MailAddress, header: String) -> String {
        let name = mailAddress.name.map(singleLine) ?? ""
        guard !name.isEmpty else { return mailAddress.address }
        return folded(phrase(name) + ["<\(mailAddress.address)>"], after: header.count + 2)
    }

    private static func phrase(_ name: String) -> [String] {
        var words: [String] = []
        var run: [Substring] = []
        func endRun() {
            if !run.isEmpty { words += encodedWords(run.joined(separator: " ")).components(separatedBy: "\r\n ") }
            run = []
        }
        for word in name.split(separator: " ") {
            // A typed `=?UTF-8?B?…?=` is encoded itself, so that no mail reader decodes it (some
            // do even inside quotes); a word too long to fold is encoded too, which splits it.
            if word.allSatisfy(\.isASCII), !word.contains("=?") {
                let plain = word.allSatisfy(isAtomText) ? String(word)
                    : "\"" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
                if plain.utf8.count <= longestPlainWord {
                    endRun()
                    words.append(plain)
                    continue
                }
            }
            run.append(word)
        }
        endRun()
        return words
    }

    // RFC 5322 atext: letters, digits and these.
    private static func isAtomText(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "!#$%&'*+-/=?^_`{|}~".contains(character))
    }

    /// Words joined by spaces, a space turned into a fold where the line would pass 78 characters.
    private static func folded(_ words: [String], after used: Int) -> String {
        var text = ""
        var length = used
        for word in words {
            if !text.isEmpty {
                if length + 1 + word.count > 78 {
                    text += "\r\n"
                    length = 0
                }
                text += " "
                length += 1
            }
            text += word
            length += word.count
        }
        return text
    }

    /// `=?UTF-8?B?…?=` words (RFC 2047 allows 75 characters), split between characters (never inside
    /// one), separated by folding white space.
    static func encodedWords(_ text: String) -> String {
        var words: [String] = []
        var chunk: [UInt8] = []
        // 39 bytes make 52 base64 characters: a 64-character word, which fits a 78-character
        // line after `Subject: ` or a folding space.
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 39 {
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
