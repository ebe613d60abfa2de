import CobroTerminal
import Foundation
import Testing

@Suite struct ThemeLoaderTests {
    static let shippedNames = ["default", "dark", "high-contrast", "mono"]

    @Test(arguments: shippedNames)
    func shippedThemeLoadsAndCoversEveryRole(name: String) throws {
        let path = "\(shippedThemesFolder)/\(name).yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for role in ThemeRole.allCases {
            #expect(text.contains("\n\(role.rawValue):"), "\(name).yaml does not set \(role.rawValue)")
        }
        let theme = try ThemeLoader.load(contentsOf: path)
        #expect(theme.name == name)
        #expect(theme.usesColor == (name != "mono"))
    }

    @Test func monoFileIsTheBuiltInMonochromeTheme() throws {
        #expect(try ThemeLoader.load(contentsOf: "\(shippedThemesFolder)/mono.yaml") == Theme.monochrome)
    }

    @Test func monochromeTellsSelectionHeadersWarningsAndErrorsApart() {
        let roles: [ThemeRole] = [.normal, .selection, .header, .warning, .error]
        let looks = Set(roles.map { Theme.monochrome[$0] })
        #expect(looks.count == roles.count)
        #expect(!Theme.monochrome.usesColor)
    }

    @Test(arguments: ["default", "dark", "high-contrast"])
    func overdueBucketsDeepenWithAge(name: String) throws {
        let theme = try ThemeLoader.load(contentsOf: "\(shippedThemesFolder)/\(name).yaml")
        let buckets: [ThemeRole] = [.bucketCurrent, .bucket1to30, .bucket31to60, .bucket61to90, .bucket91to120, .bucketOver120]
        #expect(Set(buckets.map { theme[$0] }).count == buckets.count)
        #expect(theme[.bucketOver120].attributes.contains(.bold))
    }

    @Test func readsNamesNumbersAttributesAndDefaults() throws {
        let text = themeText(omitting: [.selection, .muted, .normal],
                             extra: "selection: { fg: bright-white, bg: 24, attributes: [bold, underline] }\nmuted: {}\nnormal:\n")
        let theme = try ThemeLoader.parse(text, name: "mine", file: "mine.yaml")
        #expect(theme[.selection] == RoleAppearance(foreground: .indexed(15), background: .indexed(24), attributes: [.bold, .underline]))
        #expect(theme[.muted] == RoleAppearance())
        #expect(theme[.normal] == RoleAppearance())
        #expect(theme[.error] == RoleAppearance(foreground: .indexed(1)))
    }

    @Test func unknownColourNamesFileAndLine() {
        let text = themeText(omitting: [.bar], extra: "bar: { fg: purplish }\n")
        let error = #expect(throws: ThemeError.self) { try ThemeLoader.parse(text, name: "dark", file: "dark.yaml") }
        #expect(error?.description.hasPrefix("dark.yaml:\(ThemeRole.allCases.count): unknown colour 'purplish'") == true)
    }

    @Test func everyProblemIsReportedOnItsLineInFileOrder() {
        let text = """
            normal: { fg: 256 }
            selection: { bg: cyan, attributes: [blink] }
            sidebar: { fg: red }
            header: { fgg: red }
            title: red
            """
        #expect(throws: ThemeError.invalid(file: "t.yaml", problems: [
            ThemeProblem(line: 1, message: "unknown colour '256' (a name such as red or bright-red, or 0–255)"),
            ThemeProblem(line: 2, message: "unknown attribute 'blink' (expected bold, reverse, underline, dim)"),
            ThemeProblem(line: 3, message: "unknown role 'sidebar'"),
            ThemeProblem(line: 4, message: "unknown key 'fgg' (expected fg, bg, attributes)"),
            ThemeProblem(line: 5, message: "expected '{ fg: …, bg: …, attributes: [...] }'"),
            ThemeProblem(line: 1, message: "missing roles: " + ThemeRole.allCases.map(\.rawValue)
                .filter { !["normal", "selection", "header", "title"].contains($0) }.joined(separator: ", ")),
        ])) {
            try ThemeLoader.parse(text, name: "t", file: "t.yaml")
        }
    }

    @Test func missingRoleIsNamed() {
        let error = #expect(throws: ThemeError.self) {
            try ThemeLoader.parse(themeText(omitting: [.dialog]), name: "t", file: "t.yaml")
        }
        #expect(error?.description == "t.yaml:1: missing role: dialog")
    }

    @Test func yamlSyntaxErrorNamesFileAndLine() {
        let text = themeText(omitting: [.border], extra: "border: { fg: red, bg: blue\n")
        let error = #expect(throws: ThemeError.self) { try ThemeLoader.parse(text, name: "t", file: "/x/t.yaml") }
        let message = error?.description ?? ""
        #expect(message.hasPrefix("/x/t.yaml:\(ThemeRole.allCases.count + 1): YAML syntax:"), "\(message)")
    }

    @Test func roleGivenTwiceNamesFileAndLine() {
        let text = themeText(extra: "header: { fg: blue }\n")
        let error = #expect(throws: ThemeError.self) { try ThemeLoader.parse(text, name: "t", file: "t.yaml") }
        #expect(error?.description.hasPrefix("t.yaml:") == true)
        #expect(error?.description.contains("'header' given twice") == true)
    }

    @Test func emptyFileIsAProblemOnLineOne() {
        #expect(throws: ThemeError.invalid(file: "e.yaml", problems: [
            ThemeProblem(line: 1, message: "expected one line per role, e.g. 'selection: { fg: black, bg: cyan }'"),
        ])) {
            try ThemeLoader.parse("", name: "e", file: "e.yaml")
        }
    }

    @Test func missingFileIsUnreadable() {
        #expect(throws: ThemeError.unreadable(file: "/nonexistent/x.yaml", reason: "no such file")) {
            try ThemeLoader.load(contentsOf: "/nonexistent/x.yaml")
        }
    }
}
