import CobroTerminal
import Foundation
import Testing

@Suite struct ThemeCatalogTests {
    @Test func userFolderComesBeforeThePackageFolder() throws {
        let user = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: user) }
        try writeTheme(themeText(allRolesAs: "{ fg: magenta }"), named: "dark", in: user)
        let catalog = ThemeCatalog(folders: [user, shippedThemesFolder])

        #expect(try catalog.load(named: "dark")[.normal].foreground == .indexed(5))
        #expect(try catalog.load(named: "high-contrast") == ThemeLoader.load(contentsOf: "\(shippedThemesFolder)/high-contrast.yaml"))
    }

    @Test func brokenThemeNamesItsFileAndLine() throws {
        let user = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: user) }
        try writeTheme(themeText(omitting: [.bar], extra: "bar: { bg: purplish }\n"), named: "odd", in: user)
        let error = #expect(throws: ThemeError.self) { try ThemeCatalog(folders: [user]).load(named: "odd") }
        #expect(error?.description.hasPrefix("\(user)/odd.yaml:\(ThemeRole.allCases.count): unknown colour 'purplish'") == true)
    }

    @Test func unknownThemeListsTheAvailableOnes() throws {
        let user = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: user) }
        try writeTheme(themeText(), named: "solarized", in: user)
        let catalog = ThemeCatalog(folders: [user, shippedThemesFolder])

        #expect(throws: ThemeError.unknownTheme(name: "purple", available: ["dark", "default", "high-contrast", "mono", "solarized"],
                                                searched: [user, shippedThemesFolder])) {
            try catalog.load(named: "purple")
        }
        #expect(throws: ThemeError.self) { try catalog.load(named: "../Themes/dark") }
    }

    @Test func monoIsBuiltInWhenNoThemeIsInstalled() throws {
        let catalog = ThemeCatalog(folders: ["/nonexistent"])
        #expect(catalog.availableNames == ["mono"])
        #expect(try catalog.load(named: "mono") == Theme.monochrome)
        #expect(try catalog.deskTheme(requested: nil, environment: [:]) == Theme.monochrome)
    }

    @Test func deskUsesDefaultUnlessNoColorIsSet() throws {
        let catalog = ThemeCatalog(folders: [shippedThemesFolder])
        #expect(try catalog.deskTheme(requested: nil, environment: [:]).name == "default")
        #expect(try catalog.deskTheme(requested: nil, environment: ["NO_COLOR": ""]).name == "default")
        #expect(try catalog.deskTheme(requested: nil, environment: ["NO_COLOR": "1"]) == Theme.monochrome)
        #expect(try catalog.deskTheme(requested: "dark", environment: ["NO_COLOR": "1"]).name == "dark")
    }

    @Test func noColorUsesTheUsersOwnMono() throws {
        let user = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: user) }
        try writeTheme(themeText(allRolesAs: "{ attributes: [underline] }"), named: "mono", in: user)
        let theme = try ThemeCatalog(folders: [user, shippedThemesFolder]).deskTheme(requested: nil, environment: ["NO_COLOR": "yes"])
        #expect(theme[.selection].attributes == [.underline])
    }

    @Test func standardFoldersAreUserThenInstalledThenPackage() throws {
        let root = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let package = "\(root)/checkout"
        try FileManager.default.createDirectory(atPath: "\(package)/Themes", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: "\(package)/.build/debug", withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: "\(package)/Package.swift"))

        let fromBuild = ThemeCatalog.standard(environment: ["XDG_CONFIG_HOME": "\(root)/config"],
                                              executablePath: "\(package)/.build/debug/cobro", currentDirectory: "/")
        #expect(fromBuild.folders == ["\(root)/config/cobro/themes", "\(package)/.build/share/cobro/themes", "\(package)/Themes"])

        let installed = ThemeCatalog.standard(environment: ["HOME": "/home/ana"], executablePath: "/usr/local/bin/cobro",
                                              currentDirectory: "\(package)/Sources")
        #expect(installed.folders == ["/home/ana/.config/cobro/themes", "/usr/local/share/cobro/themes", "\(package)/Themes"])
    }
}
