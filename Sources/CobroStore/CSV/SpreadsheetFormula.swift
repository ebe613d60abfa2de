/// Keeps exported text from being run as a spreadsheet formula (CSV injection, OWASP): a text
/// cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, which spreadsheets show
/// as plain text without the `'`. Amount and date columns are written as they are, so they stay
/// numbers.
///
/// The import takes that `'` off again, so a customer named `=SUM(A1)` comes back unchanged
/// from export → import. To keep that exact for names that really start with `'`, the mark is
/// added to any run of `'` followed by a trigger (`'=x` → `''=x`), and the import removes one
/// `'` only from such a run. Any other leading `'` (`'Tis Ltd`) is left alone both ways.
enum SpreadsheetFormula {
    /// The text as a cell no spreadsheet evaluates.
    static func neutralised(_ text: String) -> String {
        startsWithQuotedTrigger(text.utf8, quotes: 0...) ? "'" + text : text
    }

    /// The text a neutralised cell stood for.
    static func restored(_ cell: String) -> String {
        startsWithQuotedTrigger(cell.utf8, quotes: 1...) ? String(cell.dropFirst()) : cell
    }

    /// Whether the text is `quotes` apostrophes then a trigger character. Most cells start with a
    /// letter or digit and are answered by their first byte, which matters on a million-row export.
    private static func startsWithQuotedTrigger(_ utf8: String.UTF8View, quotes: PartialRangeFrom<Int>) -> Bool {
        var leadingQuotes = 0
        for byte in utf8 {
            if byte == UInt8(ascii: "'") {
                leadingQuotes += 1
                continue
            }
            return quotes.contains(leadingQuotes) && isTrigger(byte)
        }
        return false
    }

    private static func isTrigger(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@")
            || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
