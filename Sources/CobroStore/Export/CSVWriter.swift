/// Writes RFC 4180 CSV (`,`, LF line ends, UTF-8, no BOM) that `cobro import` reads back.
/// Text cells that a spreadsheet would run as a formula are neutralised (`SpreadsheetFormula`).
public struct CSVWriter<Output: TextOutputStream> {
    public var output: Output

    public init(output: Output) { self.output = output }

    /// `numbers`: the columns holding amounts, written as they are so that they stay numbers
    /// (`-25.00` is a credit, not a formula); every other cell is text.
    public mutating func writeRow(_ fields: [String], numbers: Range<Int> = 0..<0) {
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            line += CSVWriter.quotedIfNeeded(numbers.contains(index) ? field : SpreadsheetFormula.neutralised(field))
        }
        line += "\n"
        output.write(line)
    }

    /// Quotes a field that holds a delimiter, a quote or a line break, or that starts or ends with
    /// a space (the importer trims unquoted fields and would lose it).
    static func quotedIfNeeded(_ field: String) -> String {
        let needsQuotes = field.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\t")
        } || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
