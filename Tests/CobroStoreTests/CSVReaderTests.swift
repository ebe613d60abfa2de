import Testing
@testable import CobroStore

@Suite("CSVReader")
struct CSVReaderTests {
    // MARK: - Helpers

    private func reader(_ text: String) throws -> CSVReader {
        try CSVReader(bytes: Array(text.utf8))
    }

    /// Every remaining result, in file order.
    private func readAll(_ reader: inout CSVReader) -> [Result<CSVRecord, CSVRowError>] {
        var results: [Result<CSVRecord, CSVRowError>] = []
        while let result = reader.next() { results.append(result) }
        return results
    }

    private func records(_ text: String) throws -> [CSVRecord] {
        var reader = try reader(text)
        return try readAll(&reader).map { try $0.get() }
    }

    private func errors(_ text: String) throws -> [CSVRowError] {
        var reader = try reader(text)
        return readAll(&reader).compactMap { result in
            if case .failure(let error) = result { error } else { nil }
        }
    }

    private func fileError(_ bytes: [UInt8]) -> CSVFileError? {
        do {
            _ = try CSVReader(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Delimiter detection

    @Test func detectsCommaDelimiter() throws {
        let reader = try reader("name,amount,date\nAna,10,2024-01-01\n")
        #expect(reader.delimiter == UInt8(ascii: ","))
        #expect(reader.header == ["name", "amount", "date"])
    }

    @Test func detectsSemicolonDelimiter() throws {
        var reader = try reader("name;amount;note\nAna;10,50;a, b\n")
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(try reader.next()?.get().fields == ["Ana", "10,50", "a, b"])
    }

    @Test func detectsTabDelimiter() throws {
        var reader = try reader("name\tamount\tnote\nAna\t10,50\tx;y\n")
        #expect(reader.delimiter == UInt8(ascii: "\t"))
        #expect(try reader.next()?.get().fields == ["Ana", "10,50", "x;y"])
    }

    @Test func delimitersInsideQuotedHeaderFieldsAreNotCounted() throws {
        let reader = try reader("\"a;b;c\",d,e\n")
        #expect(reader.delimiter == UInt8(ascii: ","))
        #expect(reader.header == ["a;b;c", "d", "e"])
    }

    @Test func headerWithoutDelimiterIsSingleColumnWithComma() throws {
        var reader = try reader("email\nana@example.com\n")
        #expect(reader.delimiter == UInt8(ascii: ","))
        #expect(reader.header == ["email"])
        #expect(try reader.next()?.get() == CSVRecord(line: 2, fields: ["ana@example.com"]))
    }

    @Test func headerNamesAreTrimmedAndKeepTheirCase() throws {
        let reader = try reader("  Name , \"Amount \" ,DATE\n")
        #expect(reader.header == ["Name", "Amount", "DATE"])
    }

    // MARK: - Encoding and line endings

    @Test func skipsUTF8ByteOrderMark() throws {
        var reader = try CSVReader(bytes: [0xEF, 0xBB, 0xBF] + Array("name,amount\nAna,1\n".utf8))
        #expect(reader.header == ["name", "amount"])
        #expect(reader.headerLine == 1)
        #expect(try reader.next()?.get() == CSVRecord(line: 2, fields: ["Ana", "1"]))
    }

    @Test func readsCRLFLineEndings() throws {
        let records = try records("name,amount\r\nAna,1\r\nLuis,2\r\n")
        #expect(records == [
            CSVRecord(line: 2, fields: ["Ana", "1"]),
            CSVRecord(line: 3, fields: ["Luis", "2"]),
        ])
    }

    @Test func loneCarriageReturnEndsALine() throws {
        let records = try records("name,amount\rAna,1\rLuis,2")
        #expect(records == [
            CSVRecord(line: 2, fields: ["Ana", "1"]),
            CSVRecord(line: 3, fields: ["Luis", "2"]),
        ])
    }

    @Test func lastRecordNeedsNoLineBreak() throws {
        #expect(try records("a,b\n1,2") == [CSVRecord(line: 2, fields: ["1", "2"])])
    }

    @Test func readsAccentedAndEuroText() throws {
        let records = try records("name,city,amount\nIbáñez,Ñandú,12 €\n\"Ibáñez, José\",\"Ñandú\",\"€ 3\"\n")
        #expect(records.map(\.fields) == [
            ["Ibáñez", "Ñandú", "12 €"],
            ["Ibáñez, José", "Ñandú", "€ 3"],
        ])
    }

    // MARK: - Quoted fields

    @Test func quotedFieldsMayContainDelimiters() throws {
        #expect(try records("name,note\n\"Pérez, Ana\",\"a,b,c\"\n").map(\.fields) == [["Pérez, Ana", "a,b,c"]])
    }

    @Test func doubledQuotesInQuotedFieldsMeanOneQuote() throws {
        let records = try records("name,note\n\"Ana \"\"la Jefa\"\"\",\"\"\"\"\n")
        #expect(records.map(\.fields) == [["Ana \"la Jefa\"", "\""]])
    }

    @Test func embeddedNewlineReportsTheRecordStartLine() throws {
        let records = try records("name,note\n\"Ana\",\"first line\nsecond line\r\nthird\"\nLuis,ok\n")
        #expect(records == [
            CSVRecord(line: 2, fields: ["Ana", "first line\nsecond line\r\nthird"]),
            CSVRecord(line: 5, fields: ["Luis", "ok"]),
        ])
    }

    @Test func emptyQuotedAndUnquotedFieldsAreEmptyStrings() throws {
        #expect(try records("a,b,c\n\"\",,\n").map(\.fields) == [["", "", ""]])
    }

    // MARK: - Whitespace

    @Test func unquotedFieldsAreTrimmedOfSpacesAndTabs() throws {
        #expect(try records("a,b\n  Ana \t, \t 1 0  \n").map(\.fields) == [["Ana", "1 0"]])
    }

    @Test func tabDelimitedFieldsAreTrimmedOfSpacesOnly() throws {
        #expect(try records("a\tb\tc\n Ana \t\t 1 \n").map(\.fields) == [["Ana", "", "1"]])
    }

    @Test func quotedFieldsKeepInnerWhitespaceAndIgnoreOuterWhitespace() throws {
        #expect(try records("a,b\n  \"  Ana \"  , \"\t1\t\"\n").map(\.fields) == [["  Ana ", "\t1\t"]])
    }

    // MARK: - Blank lines

    @Test func blankLinesAreSkippedAndLineNumbersStayPhysical() throws {
        var reader = try reader("\n  \n\nname,amount\n\nAna,1\n \t \r\n\r\nLuis,2\n\n")
        #expect(reader.headerLine == 4)
        #expect(readAll(&reader).map { try? $0.get() } == [
            CSVRecord(line: 6, fields: ["Ana", "1"]),
            CSVRecord(line: 9, fields: ["Luis", "2"]),
        ])
    }

    @Test func headerOnlyFileHasNoRecords() throws {
        var reader = try reader("name,amount\n")
        #expect(reader.header == ["name", "amount"])
        #expect(reader.next() == nil)
    }

    // MARK: - Record errors

    @Test func quoteInsideUnquotedFieldIsReportedAndReadingResumesOnTheNextLine() throws {
        var reader = try reader("a,b,c\n1,ab\"c,\"x\ny\"\n2,3,4\n")
        #expect(reader.next() == .failure(CSVRowError(line: 2, reason: "unexpected quote in unquoted field 2")))
        // The rest of line 2 is dropped, so line 3 is read as a fresh record.
        #expect(reader.next() == .failure(CSVRowError(line: 3, reason: "unexpected quote in unquoted field 1")))
        #expect(reader.next() == .success(CSVRecord(line: 4, fields: ["2", "3", "4"])))
        #expect(reader.next() == nil)
    }

    @Test func textAfterClosingQuoteIsReported() throws {
        let errors = try errors("a,b\n\"x\"y,1\n1,\"multi\nline\" z\n")
        #expect(errors == [
            CSVRowError(line: 2, reason: "unexpected text after closing quote in field 1"),
            CSVRowError(line: 3, reason: "unexpected text after closing quote in field 2"),
        ])
    }

    @Test func unclosedQuotedFieldIsReportedAtTheRecordStartAndEndsTheInput() throws {
        var reader = try reader("a,b\n1,2\n3,\"never\nclosed,4\n5,6\n")
        #expect(reader.next() == .success(CSVRecord(line: 2, fields: ["1", "2"])))
        #expect(reader.next() == .failure(CSVRowError(line: 3, reason: "quoted field 2 is never closed")))
        #expect(reader.next() == nil)
    }

    @Test func wrongFieldCountIsReported() throws {
        let errors = try errors("a,b,c\n1,2\n1,2,3,4\n1,2,3\n")
        #expect(errors == [
            CSVRowError(line: 2, reason: "expected 3 fields, found 2"),
            CSVRowError(line: 3, reason: "expected 3 fields, found 4"),
        ])
    }

    @Test func invalidUTF8InARecordIsReportedForThatRecordOnly() throws {
        let bytes = Array("name,amount\nAna,1\n".utf8) + [0x4A, 0xFF, 0x6F] + Array(",2\nLuis,3\n".utf8)
        var reader = try CSVReader(bytes: bytes)
        #expect(readAll(&reader) == [
            .success(CSVRecord(line: 2, fields: ["Ana", "1"])),
            .failure(CSVRowError(line: 3, reason: "invalid UTF-8 text in field 1")),
            .success(CSVRecord(line: 4, fields: ["Luis", "3"])),
        ])
    }

    @Test func truncatedMultibyteSequenceInQuotedFieldIsInvalidUTF8() throws {
        // "€" is E2 82 AC; its first two bytes alone are not UTF-8.
        let bytes = Array("a,b\n1,\"".utf8) + [0xE2, 0x82] + Array("\"\"x\"\n".utf8)
        var reader = try CSVReader(bytes: bytes)
        #expect(reader.next() == .failure(CSVRowError(line: 2, reason: "invalid UTF-8 text in field 2")))
        #expect(reader.next() == nil)
    }

    @Test func everyBadRecordIsReportedInLineOrderAndGoodOnesAreKept() throws {
        let text = """
            name,amount
            Ana,1
            Bad"Quote,2
            Luis,2

            "Closed"junk,3
            Marta
            "Ñandú, S.A.","1,5"
            Pedro,4,extra
            Eva,5
            """
        var reader = try reader(text)
        #expect(readAll(&reader) == [
            .success(CSVRecord(line: 2, fields: ["Ana", "1"])),
            .failure(CSVRowError(line: 3, reason: "unexpected quote in unquoted field 1")),
            .success(CSVRecord(line: 4, fields: ["Luis", "2"])),
            .failure(CSVRowError(line: 6, reason: "unexpected text after closing quote in field 1")),
            .failure(CSVRowError(line: 7, reason: "expected 2 fields, found 1")),
            .success(CSVRecord(line: 8, fields: ["Ñandú, S.A.", "1,5"])),
            .failure(CSVRowError(line: 9, reason: "expected 2 fields, found 3")),
            .success(CSVRecord(line: 10, fields: ["Eva", "5"])),
        ])
    }

    // MARK: - File errors

    @Test func emptyFileIsRejected() {
        #expect(fileError([]) == CSVFileError(reason: "the file is empty"))
    }

    @Test func fileWithOnlyAByteOrderMarkIsEmpty() {
        #expect(fileError([0xEF, 0xBB, 0xBF]) == CSVFileError(reason: "the file is empty"))
    }

    @Test func fileWithOnlyBlankLinesHasNoHeaderRow() {
        #expect(fileError(Array("\n  \r\n\t\n".utf8)) == CSVFileError(reason: "the file has no header row"))
    }

    @Test func malformedHeaderIsAFileError() {
        #expect(fileError(Array("\nname,am\"ount\nAna,1\n".utf8)) == CSVFileError(
            reason: "the header row on line 2 is not valid CSV: unexpected quote in unquoted field 2"))
    }

    @Test func invalidUTF8InHeaderIsNotACSVTextFile() {
        let bytes: [UInt8] = [0x6E, 0x61, 0xC3, 0x28, 0x2C, 0x62, 0x0A]
        #expect(fileError(bytes) == CSVFileError(reason: "the file is not a UTF-8 CSV text file"))
    }

    @Test("a NUL byte in a record, quoted or not, is an error on its line: SQLite would cut the text short at it")
    func nulByteInARecordIsAnError() throws {
        #expect(try errors("code,name\nC1,\"\u{0}abc\"\nC2,Ana\nC3,x\u{0}\n") == [
            CSVRowError(line: 2, reason: "a NUL byte (not text)"),
            CSVRowError(line: 4, reason: "a NUL byte (not text)"),
        ])
    }

    @Test func nulByteInHeaderIsNotACSVTextFile() {
        let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x2C, 0x0A]
        #expect(fileError(bytes) == CSVFileError(reason: "the file is not a UTF-8 CSV text file"))
    }
}
