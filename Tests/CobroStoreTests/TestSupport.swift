import CobroDomain
import CobroStore
import Foundation

/// A fresh folder under the system's temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` to a file in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let path = path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// The worked example shipped in ../shared/examples/aging.
enum SharedExample {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/examples/aging")

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func json(_ name: String) throws -> NSDictionary {
        try JSONSerialization.jsonObject(with: Data(bytes(name))) as! NSDictionary
    }
}

extension CobroDatabase {
    func importText(_ kind: ImportKind, _ text: String, fileName: String = "test.csv",
                    separator: DecimalSeparator = .point) throws -> ImportSummary {
        try importCSV(kind, bytes: Array(text.utf8), fileName: fileName, decimalSeparator: separator, actor: "tester")
    }

    func agingJSON(asOf: String) throws -> NSDictionary {
        let json = try agingReport(asOf: CivilDate(iso: asOf)!).json
        return try JSONSerialization.jsonObject(with: Data(json.utf8)) as! NSDictionary
    }
}
