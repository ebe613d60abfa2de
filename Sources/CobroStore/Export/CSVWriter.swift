/// Writes RFC 4180 CSV (`,`, LF line ends, UTF-8, no BOM) that `cobro import` reads back.
public struct CSVWriter<Output: TextOutputStream> {
    public var output: Output

    public init(output: Output) { self.output = output }

    public mutating func writeRow(_ fields: [String]) {
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            line += CSVWriter.quotedIfNeeded(field)
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
