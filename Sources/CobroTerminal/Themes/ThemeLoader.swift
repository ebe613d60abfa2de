import Foundation
import Yams

/// Reads theme files: one line per role, `selection: { fg: black, bg: cyan, attributes: [bold] }`.
/// Every problem is reported with its line, all of them at once, so a hand-edited file is fixed
/// in one go.
public enum ThemeLoader {
    /// Loads the theme file at `path`; the theme is named after the file (`dark.yaml` → `dark`).
    public static func load(contentsOf path: String) throws(ThemeError) -> Theme {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(file: path, reason: unreadableReason(path))
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try parse(text, name: name, file: path)
    }

    /// Parses theme text; `file` is how problems name it.
    public static func parse(_ text: String, name: String, file: String) throws(ThemeError) -> Theme {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw .invalid(file: file, problems: [syntaxProblem(error)])
        }
        var parser = ThemeFileParser()
        let appearances = parser.roles(in: root)
        guard parser.problems.isEmpty else { throw .invalid(file: file, problems: parser.problems) }
        return Theme(name: name) { appearances[$0]! }
    }

    private static func unreadableReason(_ path: String) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return "no such file" }
        if isFolder.boolValue { return "a folder, not a file" }
        return FileManager.default.isReadableFile(atPath: path) ? "not UTF-8 text" : "permission denied"
    }

    /// A YAML syntax error as a problem on the line Yams reports.
    private static func syntaxProblem(_ error: any Error) -> ThemeProblem {
        switch error as? YamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let during = context.map { " (\($0.text))" } ?? ""
            return ThemeProblem(line: mark.line, message: "YAML syntax: \(problem)\(during)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ThemeProblem(line: context.mark.line, message: "'\(duplicates.joined(separator: "', '"))' given twice")
        default:
            return ThemeProblem(line: 1, message: "YAML syntax: \(error)")
        }
    }
}

/// Walks the composed YAML, collecting one problem per mistake.
private struct ThemeFileParser {
    private(set) var problems: [ThemeProblem] = []

    /// The appearance of every role, or problems (then the result is incomplete).
    mutating func roles(in root: Node?) -> [ThemeRole: RoleAppearance] {
        guard let root, let mapping = root.mapping else {
            report(root, "expected one line per role, e.g. 'selection: { fg: black, bg: cyan }'")
            return [:]
        }
        var appearances: [ThemeRole: RoleAppearance] = [:]
        for (key, value) in mapping {
            guard let role = key.string.flatMap(ThemeRole.init(rawValue:)) else {
                report(key, "unknown role '\(key.string ?? "?")'")
                continue
            }
            appearances[role] = appearance(value)
        }
        let missing = ThemeRole.allCases.filter { appearances[$0] == nil }.map(\.rawValue)
        if !missing.isEmpty {
            report(root, "missing role\(missing.count == 1 ? "" : "s"): \(missing.joined(separator: ", "))")
        }
        return appearances
    }

    /// `{ fg: …, bg: …, attributes: [...] }`; an empty value means the terminal's defaults.
    private mutating func appearance(_ node: Node) -> RoleAppearance {
        var appearance = RoleAppearance()
        if case .scalar(let scalar) = node, scalar.string.isEmpty { return appearance }
        guard let mapping = node.mapping else {
            report(node, "expected '{ fg: …, bg: …, attributes: [...] }'")
            return appearance
        }
        for (key, value) in mapping {
            switch key.string {
            case "fg": appearance.foreground = color(value)
            case "bg": appearance.background = color(value)
            case "attributes": appearance.attributes = attributes(value)
            default: report(key, "unknown key '\(key.string ?? "?")' (expected fg, bg, attributes)")
            }
        }
        return appearance
    }

    private mutating func color(_ node: Node) -> ThemeColor {
        guard let text = node.scalar?.string, let color = ThemeColor(themeValue: text) else {
            report(node, "unknown colour '\(node.scalar?.string ?? "?")' (a name such as red or bright-red, or 0–255)")
            return .terminalDefault
        }
        return color
    }

    private mutating func attributes(_ node: Node) -> TextAttributes {
        guard let sequence = node.sequence else {
            report(node, "expected a list of attributes, e.g. [bold, underline]")
            return []
        }
        var attributes: TextAttributes = []
        for item in sequence {
            guard let attribute = item.string.flatMap({ TextAttributes.names[$0] }) else {
                report(item, "unknown attribute '\(item.string ?? "?")' (expected bold, reverse, underline, dim)")
                continue
            }
            attributes.insert(attribute)
        }
        return attributes
    }

    private mutating func report(_ node: Node?, _ message: String) {
        problems.append(ThemeProblem(line: node?.mark?.line ?? 1, message: message))
    }
}
