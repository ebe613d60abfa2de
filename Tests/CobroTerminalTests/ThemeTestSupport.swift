import CobroTerminal
import Foundation

/// The package's `Themes/` folder, found from this file's path.
let shippedThemesFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Themes").path

/// A fresh empty folder under the temporary directory; the caller removes it.
func makeTemporaryFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-themes-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Theme text giving every role (but `omitting`) the appearance `value`, one line each in
/// `ThemeRole.allCases` order — so role N is on line N — then the `extra` lines.
func themeText(allRolesAs value: String = "{ fg: red }", omitting: Set<ThemeRole> = [], extra: String = "") -> String {
    ThemeRole.allCases.filter { !omitting.contains($0) }.map { "\($0.rawValue): \(value)\n" }.joined() + extra
}

/// Writes `text` to `folder/name.yaml`.
func writeTheme(_ text: String, named name: String, in folder: String) throws {
    try text.write(toFile: "\(folder)/\(name).yaml", atomically: true, encoding: .utf8)
}
