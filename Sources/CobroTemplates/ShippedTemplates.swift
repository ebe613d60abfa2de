import CobroDomain
import Foundation

/// The templates that come with Cobro, which seed a database's `template` table: installed in
/// `PREFIX/share/cobro/templates` beside `PREFIX/bin/cobro`, or `Templates/` beside the
/// package's `Package.swift` when run from a checkout (the way the themes are found).
public struct ShippedTemplates: Sendable {
    public let folder: String

    public init(folder: String) { self.folder = folder }

    /// The installed folder if there is one, else the package's, found above the executable or
    /// the current directory; nil when neither exists.
    public static func standard(
        executablePath: String? = Bundle.main.executableURL?.resolvingSymlinksInPath().path,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> ShippedTemplates? {
        let executableFolder = executablePath.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
        if let installed = executableFolder?.appendingPathComponent("../share/cobro/templates").standardizedFileURL.path,
           isFolder(installed) {
            return ShippedTemplates(folder: installed)
        }
        for start in [executableFolder, URL(fileURLWithPath: currentDirectory)].compactMap({ $0 }) {
            if let folder = packageFolder(above: start) { return ShippedTemplates(folder: folder) }
        }
        return nil
    }

    /// Every template in the folder, by key; files that are not templates' are left alone.
    public func load() throws -> [ReminderTemplate] {
        var templates: [ReminderTemplate] = []
        for language in Language.allCases {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(folder)/\(language.rawValue)")) ?? []
            for name in names.sorted() {
                let relative = "\(language.rawValue)/\(name)"
                guard let key = TemplateFile.key(ofRelativePath: relative) else { continue }
                let text = try String(contentsOfFile: "\(folder)/\(relative)", encoding: .utf8)
                templates.append(TemplateFile.template(key, text: text))
            }
        }
        return templates
    }

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// `Templates/` beside the nearest `Package.swift` at or above `folder`.
    private static func packageFolder(above folder: URL) -> String? {
        var candidate = folder.standardizedFileURL
        while true {
            let templates = candidate.appendingPathComponent("Templates").path
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("Package.swift").path), isFolder(templates) {
                return templates
            }
            let parent = candidate.deletingLastPathComponent()
            if parent.path == candidate.path { return nil }
            candidate = parent
        }
    }
}
