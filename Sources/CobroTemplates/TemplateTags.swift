import Foundation

/// One Mustache tag of a template, as the checker reads it. swift-mustache keeps its parsed
/// tokens to itself, so the tags are read here: every name must be checked before rendering,
/// because rendering never fails and writes nothing for a name it cannot find.
struct TemplateTag: Equatable {
    enum Kind: Equatable {
        case variable
        case section
        case invertedSection
        case close
        case comment
        case pragma
        /// Partials, parents, blocks, delimiter changes: not part of the reminder language.
        case unsupported
    }

    var kind: Kind
    /// The name, trimmed (the whole tag text for `unsupported` and `pragma`).
    var name: String
    /// 1-based line of the text where the tag starts.
    var line: Int
}

enum TemplateTagReader {
    enum Failure: Error, Equatable {
        case unclosedTag(line: Int)
        case emptyTag(line: Int)
    }

    static func tags(in text: String) throws(Failure) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        var line = 1
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            line += rest[..<open.lowerBound].count { $0 == "\n" }
            let isTriple = rest[open.upperBound...].hasPrefix("{")
            let closing = isTriple ? "}}}" : "}}"
            let contentStart = isTriple ? rest.index(after: open.upperBound) : open.upperBound
            guard let close = rest[contentStart...].range(of: closing) else { throw .unclosedTag(line: line) }
            let content = rest[contentStart..<close.lowerBound]
            tags.append(try tag(content, isTriple: isTriple, line: line))
            line += content.count { $0 == "\n" }
            rest = rest[close.upperBound...]
        }
        return tags
    }

    private static func tag(_ content: Substring, isTriple: Bool, line: Int) throws(Failure) -> TemplateTag {
        let trimmed = content.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let sigil = trimmed.first else { throw .emptyTag(line: line) }
        if isTriple { return TemplateTag(kind: .variable, name: trimmed, line: line) }
        let name = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespacesAndNewlines)
        switch sigil {
        case "&": return TemplateTag(kind: .variable, name: name, line: line)
        case "#": return TemplateTag(kind: .section, name: name, line: line)
        case "^": return TemplateTag(kind: .invertedSection, name: name, line: line)
        case "/": return TemplateTag(kind: .close, name: name, line: line)
        case "!": return TemplateTag(kind: .comment, name: name, line: line)
        case "%": return TemplateTag(kind: .pragma, name: name, line: line)
        case ">", "<", "$", "=": return TemplateTag(kind: .unsupported, name: "{{\(trimmed)}}", line: line)
        default: return TemplateTag(kind: .variable, name: trimmed, line: line)
        }
    }
}
