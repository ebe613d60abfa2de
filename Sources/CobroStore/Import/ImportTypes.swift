import CobroDomain

/// What `cobro import` can read (SPEC §4 "CSV formats").
public enum ImportKind: String, CaseIterable, Sendable {
    case customers, invoices, payments
}

/// What an import did.
public struct ImportSummary: Equatable, Sendable {
    public var inserted = 0
    public var updated = 0
    /// Rows identical to what the database already holds.
    public var unchanged = 0
    /// Problems that did not stop the import (unknown columns), as `FILE:LINE: …` lines.
    public var warnings: [String] = []

    public init() {}
}

/// One problem found in the file, at the physical line where its record starts.
public struct ImportProblem: Equatable, Sendable {
    public let line: Int
    public let reason: String
}

/// The import was refused and nothing was written; `problems` lists every one, in line order.
public struct ImportFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public let fileName: String
    /// A problem with the file as a whole (empty, not text); nil when the problems are per line.
    public let fileProblem: String?
    public let problems: [ImportProblem]
    public let warnings: [String]

    public var description: String { lines.joined(separator: "\n") }

    /// `FILE:LINE: reason`, one per problem.
    public var lines: [String] {
        if let fileProblem { return ["\(fileName): \(fileProblem)"] }
        return problems.map { "\(fileName):\($0.line): \($0.reason)" }
    }
}

/// Collects the problems of one import run as the rows are read.
struct ImportLog {
    let fileName: String
    private(set) var problems: [ImportProblem] = []
    private(set) var warnings: [String] = []

    init(fileName: String) { self.fileName = fileName }

    var hasProblems: Bool { !problems.isEmpty }

    mutating func problem(_ line: Int, _ reason: String) {
        problems.append(ImportProblem(line: line, reason: Self.oneLine(reason)))
    }

    mutating func warning(_ line: Int, _ reason: String) { warnings.append("\(fileName):\(line): warning: \(Self.oneLine(reason))") }

    /// A reason quotes the field it is about, which may hold a line break or a terminal escape:
    /// those are written as `\n`, `\u{1B}`…, so each problem stays one line and prints safely.
    private static func oneLine(_ reason: String) -> String {
        guard reason.unicodeScalars.contains(where: isUnprintable) else { return reason }
        var escaped = ""
        for scalar in reason.unicodeScalars {
            if isUnprintable(scalar) {
                escaped += scalar.escaped(asASCII: true)
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    func failure() -> ImportFailure {
        ImportFailure(fileName: fileName, fileProblem: nil, problems: problems, warnings: warnings)
    }
}
