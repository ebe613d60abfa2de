import Foundation

/// A field-level problem in one record, reported with the 1-based physical line where the record starts.
public struct CSVRowError: Error, Equatable, Sendable {
    public let line: Int
    public let reason: String
}

/// A problem that makes the whole file unreadable (empty file, no header, binary data).
public struct CSVFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let reason: String
    public var description: String { reason }
}

public struct CSVRecord: Equatable, Sendable {
    public let line: Int
    public let fields: [String]
}

/// A byte-level RFC 4180 reader that keeps track of physical line numbers,
/// so that every bad record can be reported with the line where it starts.
///
/// Reading never stops at a bad record: after a structural error the reader
/// resumes at the next physical line, so one pass reports every problem.
public struct CSVReader {
    /// One of ",", ";", "\t" as ASCII.
    public let delimiter: UInt8
    /// Header fields, trimmed of whitespace even when quoted, so that column names match however they were typed.
    public let header: [String]
    /// 1 unless blank lines precede the header.
    public let headerLine: Int

    private let bytes: [UInt8]
    private var cursor: Cursor

    /// Reads the header; detects the delimiter and skips a UTF-8 BOM.
    public init(bytes: [UInt8]) throws(CSVFileError) {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let contentStart = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        guard bytes.count > contentStart else { throw CSVFileError(reason: "the file is empty") }

        let scannedHeader = try bytes.withUnsafeBufferPointer { buffer throws(CSVFileError) in
            var cursor = Cursor(position: contentStart, line: 1)
            // The delimiter is not known yet, so both spaces and tabs count as blank here.
            guard Self.skipBlankLines(in: buffer, cursor: &cursor, trimsTabs: true) else {
                throw CSVFileError(reason: "the file has no header row")
            }
            let delimiter = try Self.detectDelimiter(in: buffer, headerStart: cursor.position)
            guard let header = Self.scanRecord(in: buffer, cursor: &cursor, delimiter: delimiter, expectedFieldCount: 0)
            else { throw CSVFileError(reason: "the file has no header row") }
            return (delimiter: delimiter, record: header, cursor: cursor)
        }

        switch scannedHeader.record.fields {
        case .success(let fields):
            header = fields.map { $0.trimmingCharacters(in: .whitespaces) }
        case .failure(.invalidText):
            throw CSVFileError(reason: Self.notTextReason)
        case .failure(.malformed(let reason)):
            throw CSVFileError(reason: "the header row on line \(scannedHeader.record.startLine) is not valid CSV: \(reason)")
        }
        self.bytes = bytes
        delimiter = scannedHeader.delimiter
        headerLine = scannedHeader.record.startLine
        cursor = scannedHeader.cursor
    }

    /// The next record, or the error for that record; nil at end of input. Blank lines are skipped.
    public mutating func next() -> Result<CSVRecord, CSVRowError>? {
        var cursor = self.cursor
        let scanned = bytes.withUnsafeBufferPointer { buffer in
            Self.scanRecord(in: buffer, cursor: &cursor, delimiter: delimiter, expectedFieldCount: header.count)
        }
        self.cursor = cursor
        guard let scanned else { return nil }

        switch scanned.fields {
        case .success(let fields) where fields.count == header.count:
            return .success(CSVRecord(line: scanned.startLine, fields: fields))
        case .success(let fields):
            let reason = "expected \(header.count) fields, found \(fields.count)"
            return .failure(CSVRowError(line: scanned.startLine, reason: reason))
        case .failure(let problem):
            return .failure(CSVRowError(line: scanned.startLine, reason: problem.reason))
        }
    }
}

// MARK: - Scanning

/// Where reading resumes: a byte offset and the physical line it lies on.
private struct Cursor {
    var position: Int
    var line: Int
}

/// Why a record could not be turned into fields.
private enum RecordProblem: Error {
    /// Broken quoting, with the reason to report.
    case malformed(String)
    /// The record is well formed but a field is not valid UTF-8.
    case invalidText(fieldNumber: Int)

    var reason: String {
        switch self {
        case .malformed(let reason): reason
        case .invalidText(let fieldNumber): "invalid UTF-8 text in field \(fieldNumber)"
        }
    }
}

private struct ScannedRecord {
    let startLine: Int
    let fields: Result<[String], RecordProblem>
}

private extension UInt8 {
    static var lineFeed: UInt8 { 0x0A }
    static var carriageReturn: UInt8 { 0x0D }
    static var tab: UInt8 { 0x09 }
    static var space: UInt8 { 0x20 }
    static var quote: UInt8 { 0x22 }
    static var comma: UInt8 { 0x2C }
    static var semicolon: UInt8 { 0x3B }
    static var nul: UInt8 { 0x00 }
}

extension CSVReader {
    fileprivate static let notTextReason = "the file is not a UTF-8 CSV text file"

    /// Counts `,` `;` and tab outside quotes in the header record; the most frequent wins,
    /// ties going to the earlier of `,` `;` tab. A header with none of them is a single column.
    /// Also rejects binary data, which shows itself by a NUL byte in the header.
    fileprivate static func detectDelimiter(
        in bytes: UnsafeBufferPointer<UInt8>, headerStart: Int
    ) throws(CSVFileError) -> UInt8 {
        var commas = 0, semicolons = 0, tabs = 0
        var insideQuotes = false
        var index = headerStart
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .nul { throw CSVFileError(reason: notTextReason) }
            if byte == .quote {
                // A doubled quote toggles twice, which leaves the state unchanged as it should.
                insideQuotes.toggle()
            } else if !insideQuotes {
                if byte == .lineFeed || byte == .carriageReturn { break }
                if byte == .comma { commas += 1 }
                else if byte == .semicolon { semicolons += 1 }
                else if byte == .tab { tabs += 1 }
            }
            index += 1
        }
        if semicolons > commas && semicolons >= tabs { return .semicolon }
        if tabs > commas && tabs > semicolons { return .tab }
        return .comma
    }

    /// Moves the cursor past any lines holding only blanks.
    /// Returns false when nothing but blank lines remains.
    fileprivate static func skipBlankLines(
        in bytes: UnsafeBufferPointer<UInt8>, cursor: inout Cursor, trimsTabs: Bool
    ) -> Bool {
        let end = bytes.count
        var index = cursor.position
        var line = cursor.line
        defer { cursor = Cursor(position: index, line: line) }
        while true {
            while index < end && isBlank(bytes[index], trimsTabs: trimsTabs) { index += 1 }
            guard index < end else { return false }
            guard bytes[index] == .lineFeed || bytes[index] == .carriageReturn else { return true }
            index = indexAfterLineBreak(in: bytes, at: index)
            line += 1
        }
    }

    /// Reads one record after skipping blank lines, and leaves the cursor at the start of the next line.
    /// After a quoting error the rest of the physical line where it was found is skipped, so that reading
    /// resumes at a plausible record start. Returns nil at end of input.
    fileprivate static func scanRecord(
        in bytes: UnsafeBufferPointer<UInt8>, cursor: inout Cursor, delimiter: UInt8, expectedFieldCount: Int
    ) -> ScannedRecord? {
        // Tabs are content, not padding, when they separate fields.
        let trimsTabs = delimiter != .tab
        guard skipBlankLines(in: bytes, cursor: &cursor, trimsTabs: trimsTabs) else { return nil }

        let end = bytes.count
        var index = cursor.position
        let recordStart = index
        var line = cursor.line
        let startLine = line
        var fields: [String] = []
        fields.reserveCapacity(expectedFieldCount)
        var firstInvalidField: Int?
        var quotingError: String?

        fieldLoop: while true {
            let fieldNumber = fields.count + 1
            while index < end && isBlank(bytes[index], trimsTabs: trimsTabs) { index += 1 }

            // Every byte of the field OR-ed together: below 0x80 means pure ASCII, which needs no UTF-8 check.
            var unionOfBytes: UInt8 = 0
            let value: String?
            if index < end && bytes[index] == .quote {
                index += 1
                let contentStart = index
                var containsDoubledQuote = false
                while true {
                    guard index < end else {
                        cursor = Cursor(position: end, line: line)
                        return ScannedRecord(
                            startLine: startLine,
                            fields: .failure(.malformed("quoted field \(fieldNumber) is never closed")))
                    }
                    let byte = bytes[index]
                    unionOfBytes |= byte
                    if byte == .quote {
                        guard index + 1 < end && bytes[index + 1] == .quote else { break }
                        containsDoubledQuote = true
                        index += 2
                        continue
                    }
                    // A CR followed by LF is one line break, counted at the LF.
                    if byte == .lineFeed || (byte == .carriageReturn && !(index + 1 < end && bytes[index + 1] == .lineFeed)) {
                        line += 1
                    }
                    index += 1
                }
                let content = contentStart..<index
                index += 1
                while index < end && isBlank(bytes[index], trimsTabs: trimsTabs) { index += 1 }
                if index < end && bytes[index] != delimiter && bytes[index] != .lineFeed && bytes[index] != .carriageReturn {
                    quotingError = "unexpected text after closing quote in field \(fieldNumber)"
                    break fieldLoop
                }
                let isASCII = unionOfBytes < 0x80
                value = containsDoubledQuote
                    ? unescapedString(in: bytes, content, isASCII: isASCII)
                    : string(in: bytes, content, isASCII: isASCII)
            } else {
                let valueStart = index
                while index < end {
                    let byte = bytes[index]
                    unionOfBytes |= byte
                    if byte == delimiter || byte == .lineFeed || byte == .carriageReturn { break }
                    if byte == .quote {
                        quotingError = "unexpected quote in unquoted field \(fieldNumber)"
                        break fieldLoop
                    }
                    index += 1
                }
                var valueEnd = index
                while valueEnd > valueStart && isBlank(bytes[valueEnd - 1], trimsTabs: trimsTabs) { valueEnd -= 1 }
                value = string(in: bytes, valueStart..<valueEnd, isASCII: unionOfBytes < 0x80)
            }

            if let value {
                fields.append(value)
            } else {
                // Keep scanning: the record's extent is still well defined, and the next one must start after it.
                firstInvalidField = firstInvalidField ?? fieldNumber
                fields.append("")
            }
            guard index < end && bytes[index] == delimiter else { break }
            index += 1
        }

        if quotingError != nil {
            while index < end && bytes[index] != .lineFeed && bytes[index] != .carriageReturn { index += 1 }
        }
        if index < end {
            index = indexAfterLineBreak(in: bytes, at: index)
            line += 1
        }
        cursor = Cursor(position: index, line: line)

        if let quotingError {
            return ScannedRecord(startLine: startLine, fields: .failure(.malformed(quotingError)))
        }
        if let firstInvalidField {
            return ScannedRecord(startLine: startLine, fields: .failure(.invalidText(fieldNumber: firstInvalidField)))
        }
        // A NUL is valid UTF-8 but not text: SQLite would cut the value short at it.
        if index > recordStart, memchr(bytes.baseAddress! + recordStart, 0, index - recordStart) != nil {
            return ScannedRecord(startLine: startLine, fields: .failure(.malformed("a NUL byte (not text)")))
        }
        return ScannedRecord(startLine: startLine, fields: .success(fields))
    }

    @inline(__always)
    private static func isBlank(_ byte: UInt8, trimsTabs: Bool) -> Bool {
        byte == .space || (byte == .tab && trimsTabs)
    }

    /// `index` is at a CR or LF; a CR LF pair counts as one line break.
    @inline(__always)
    private static func indexAfterLineBreak(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        if bytes[index] == .carriageReturn && index + 1 < bytes.count && bytes[index + 1] == .lineFeed {
            return index + 2
        }
        return index + 1
    }

    /// The bytes as a String, or nil when they are not valid UTF-8.
    @inline(__always)
    private static func string(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, isASCII: Bool) -> String? {
        validatedString(UnsafeBufferPointer(rebasing: bytes[range]), isASCII: isASCII)
    }

    /// `String(validating:as:)` would do, but it runs unspecialised and costs several times more.
    /// Decoding replaces invalid sequences with U+FFFD, so any change to the bytes means they were not UTF-8.
    @inline(__always)
    private static func validatedString(_ utf8: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String? {
        let value = String(decoding: utf8, as: UTF8.self)
        return isASCII || value.utf8.elementsEqual(utf8) ? value : nil
    }

    /// Quoted content with each doubled quote `""` turned into one `"`; nil when not valid UTF-8.
    private static func unescapedString(
        in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, isASCII: Bool
    ) -> String? {
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            unescaped.append(byte)
            // The scan guaranteed that every quote inside the content is the first of a pair.
            index += byte == .quote ? 2 : 1
        }
        return unescaped.withUnsafeBufferPointer { validatedString($0, isASCII: isASCII) }
    }
}
