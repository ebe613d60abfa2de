import CobroDomain
@testable import CobroStore

/// One import for the fuzzer to try: what kind, the file's bytes, and the decimal separator.
struct FuzzFile {
    let kind: ImportKind
    let bytes: [UInt8]
    let separator: DecimalSeparator
}

/// Makes import files: mostly well-formed customers, invoices and payments files (so the fuzzer
/// gets past the header and into the rows and the database), with odd values in their fields,
/// then mutated at the byte level; sometimes plain random bytes.
struct FuzzFiles {
    var random: FuzzRandom
    /// How often a field of the current file gets an odd value: some files are meant to import.
    private var oddPercent = 25

    init(random: FuzzRandom) { self.random = random }

    mutating func next() -> FuzzFile {
        let kind = random.pick(ImportKind.allCases)
        let separator: DecimalSeparator = random.chance(20) ? .comma : .point
        guard !random.chance(10) else {
            return FuzzFile(kind: kind, bytes: random.bytes(Int.random(in: 0...300, using: &random)), separator: separator)
        }
        oddPercent = random.pick([0, 3, 10, 25])
        var bytes = wellFormed(kind)
        let mutations = random.chance(40) ? 0 : Int.random(in: 1...4, using: &random)
        for _ in 0..<mutations { mutate(&bytes) }
        return FuzzFile(kind: kind, bytes: bytes, separator: separator)
    }

    // MARK: - Well-formed files

    private static let columns: [ImportKind: [String]] = [
        .customers: ["code", "name", "tax_id", "phone", "email", "timezone", "language", "notes", "do_not_call", "status"],
        .invoices: ["number", "customer_code", "issue_date", "due_date", "amount", "currency", "disputed"],
        .payments: ["customer_code", "date", "amount", "currency", "method", "reference", "invoice_number"],
    ]

    private mutating func wellFormed(_ kind: ImportKind) -> [UInt8] {
        var columns = Self.columns[kind]!
        if random.chance(30) { columns.shuffle(using: &random) }
        if random.chance(10) { columns.append(random.pick(["extra", "Code", "amount", "", "ñ"])) }
        let delimiter = random.chance(70) ? "," : random.pick([";", "\t"])
        let lineEnd = random.pick(["\n", "\r\n", "\r"])
        var text = random.chance(10) ? "\u{FEFF}" : ""
        text += columns.map { quoted($0, delimiter) }.joined(separator: delimiter) + lineEnd
        for row in 0..<Int.random(in: 0...8, using: &random) {
            text += columns.map { quoted(value(of: $0, kind: kind, row: row), delimiter) }.joined(separator: delimiter) + lineEnd
        }
        return Array(text.utf8)
    }

    /// Mostly a plausible value, so that rows reach the database; otherwise an odd one.
    /// A customers file gives each row its own code, C1 to C9, which the other files name.
    private mutating func value(of column: String, kind: ImportKind, row: Int) -> String {
        let odd = random.chance(oddPercent)
        switch column {
        case "code", "customer_code":
            return odd ? random.pick(FuzzValues.codes) : "C\(kind == .customers ? row + 1 : Int.random(in: 1...5, using: &random))"
        case "number":
            return odd ? random.pick(FuzzValues.texts) : "F-\(Int.random(in: 1...2_000, using: &random))"
        case "invoice_number":
            return odd ? random.pick(FuzzValues.texts) : random.pick(["", "F-\(Int.random(in: 1...2_000, using: &random))"])
        case "reference":
            return odd ? random.pick(FuzzValues.texts) : random.pick(["", "R-\(Int.random(in: 1...2_000, using: &random))"])
        // Issued in the first half of the year, due in the second, so that plausible rows import.
        case "issue_date": return odd ? random.pick(FuzzValues.dates) : "2026-\(twoDigits(1...6))-\(twoDigits(1...28))"
        case "due_date": return odd ? random.pick(FuzzValues.dates) : "2026-\(twoDigits(7...12))-\(twoDigits(1...28))"
        case "date": return odd ? random.pick(FuzzValues.dates) : "2026-\(twoDigits(1...12))-\(twoDigits(1...28))"
        case "amount":
            return odd ? random.pick(FuzzValues.amounts) : "\(Int.random(in: 1...99_999, using: &random)).\(twoDigits(0...99))"
        case "currency": return odd ? random.pick(FuzzValues.currencies) : random.pick(["EUR", "USD"])
        case "disputed", "do_not_call": return random.pick(odd ? FuzzValues.booleans : ["true", "false", ""])
        case "timezone": return random.pick(odd ? FuzzValues.timeZones : ["Europe/Madrid", "UTC", ""])
        case "language": return random.pick(odd ? FuzzValues.languages : ["es", "en", ""])
        case "status": return random.pick(odd ? FuzzValues.statuses : ["active", "legal", ""])
        case "method": return random.pick(odd ? FuzzValues.methods : ["cash", "transfer", ""])
        default: return odd ? random.pick(FuzzValues.texts) : random.pick(["Ibáñez Hijos", "Zeta Ltd", "=SUM(A1)", "日本商事", ""])
        }
    }

    private mutating func twoDigits(_ range: ClosedRange<Int>) -> String {
        let value = Int.random(in: range, using: &random)
        return value < 10 ? "0\(value)" : "\(value)"
    }

    /// RFC 4180 quoting, but only sometimes when it is not needed, and now and then wrongly.
    private mutating func quoted(_ field: String, _ delimiter: String) -> String {
        let needsQuotes = field.contains(where: { "\"\r\n".contains($0) }) || field.contains(delimiter)
            || field.first == " " || field.last == " "
        if random.chance(2) { return "\"" + field }
        guard needsQuotes || random.chance(10) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: - Byte-level mutations

    private static let splices: [[UInt8]] = [
        [0x22], [0x2C], [0x3B], [0x09], [0x0A], [0x0D], [0x0D, 0x0A], [0x00], [0xEF, 0xBB, 0xBF], [0xFF], [0xC0, 0x80],
        [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x22, 0x22], [0x20], [0x2D], [0x3D],
        Array("9223372036854775807".utf8), Array("99999999999999999999".utf8), Array("9999-12-31".utf8),
    ]

    private mutating func mutate(_ bytes: inout [UInt8]) {
        let position = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
        switch Int.random(in: 0..<8, using: &random) {
        case 0, 1:
            bytes.insert(contentsOf: random.pick(Self.splices), at: position)
        case 2:
            guard position < bytes.count else { return }
            bytes[position] ^= 1 << UInt8.random(in: 0...7, using: &random)
        case 3:
            let end = min(bytes.count, position + Int.random(in: 1...40, using: &random))
            bytes.removeSubrange(position..<end)
        case 4:
            let end = min(bytes.count, position + Int.random(in: 1...60, using: &random))
            let copy = Array(bytes[position..<end])
            for _ in 0..<Int.random(in: 1...50, using: &random) { bytes.insert(contentsOf: copy, at: position) }
        case 5:
            bytes.removeSubrange(position...)
        case 6:
            bytes.insert(contentsOf: [UInt8](repeating: random.pick([0x61, 0x39, 0x22, 0x0A, 0x2C]),
                                             count: Int.random(in: 1_000...70_000, using: &random)), at: position)
        default:
            bytes.insert(contentsOf: random.bytes(Int.random(in: 1...16, using: &random)), at: position)
        }
    }
}
