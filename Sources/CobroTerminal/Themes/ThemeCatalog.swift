import Foundation

/// Where themes are found, and which one the desk uses. A theme is a file `NAME.yaml` in one of
/// `folders`; the first folder holding it wins.
public struct ThemeCatalog: Sendable {
    /// The folders searched, highest precedence first.
    public let folders: [String]

    public init(folders: [String]) {
        self.folders = folders
    }

    /// The user's themes (`$XDG_CONFIG_HOME/cobro/themes`, default `~/.config/cobro/themes`),
    /// then the installed ones (`PREFIX/share/cobro/themes` beside `PREFIX/bin/cobro`), then the
    /// package's `Themes/` when run from a checkout (found above the executable or the current
    /// directory).
    public static func standard(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String? = Bundle.main.executableURL?.resolvingSymlinksInPath().path,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> ThemeCatalog {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.config"
        let executableFolder = executablePath.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
        var folders = ["\(configHome)/cobro/themes"]
        if let executableFolder {
            folders.append(executableFolder.appendingPathComponent("../share/cobro/themes").standardizedFileURL.path)
        }
        for start in [executableFolder, URL(fileURLWithPath: currentDirectory)].compactMap({ $0 }) {
            if let themes = packageThemesFolder(above: start), !folders.contains(themes) { folders.append(themes) }
        }
        return ThemeCatalog(folders: folders)
    }

    /// Every theme name on offer, sorted; `mono` is always there (built in).
    public var availableNames: [String] {
        let files = folders.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] }
        let names = files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }
        return Set(names + [Theme.monochrome.name]).sorted()
    }

    /// The theme `name` from the first folder that has it; `mono` falls back to the built-in one.
    public func load(named name: String) throws(ThemeError) -> Theme {
        if let path = path(ofTheme: name) { return try ThemeLoader.load(contentsOf: path) }
        if name == Theme.monochrome.name { return .monochrome }
        throw .unknownTheme(name: name, available: availableNames, searched: folders)
    }

    /// The theme the desk starts with: the one asked for (command line or config file) if any;
    /// else `mono` when `NO_COLOR` is set and not empty (no-color.org: an explicit choice
    /// overrides it); else `default`, or the built-in monochrome one when none is installed.
    public func deskTheme(requested: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ThemeError) -> Theme {
        if let requested { return try load(named: requested) }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return try load(named: Theme.monochrome.name) }
        return path(ofTheme: "default") == nil ? .monochrome : try load(named: "default")
    }

    private func path(ofTheme name: String) -> String? {
        guard !name.isEmpty, !name.hasPrefix("."), !name.contains("/") else { return nil }
        return folders.lazy.map { "\($0)/\(name).yaml" }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// `Themes/` beside the nearest `Package.swift` at or above `folder`.
    private static func packageThemesFolder(above folder: URL) -> String? {
        var candidate = folder.standardizedFileURL
        while true {
            let themes = candidate.appendingPathComponent("Themes").path
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("Package.swift").path),
               FileManager.default.fileExists(atPath: themes, isDirectory: &isFolder), isFolder.boolValue {
                return themes
            }
            let parent = candidate.deletingLastPathComponent()
            if parent.path == candidate.path { return nil }
            candidate = parent
        }
    }
}
