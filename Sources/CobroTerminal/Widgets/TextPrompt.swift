import Foundation

/// A small modal box that asks for one line of text: the reason for a change the audit trail
/// keeps, a customer's code. An empty answer is refused with `emptyMessage`, and the screen can
/// put its own refusal in `error` ("no customer C999"); the text typed stays either way.
public struct TextPrompt: Sendable {
    public let title: String
    public let question: String
    public let emptyMessage: String
    public private(set) var field = TextField()
    /// Shown under the field until the text changes.
    public var error: String?

    public init(title: String, question: String, emptyMessage: String) {
        self.title = title
        self.question = question
        self.emptyMessage = emptyMessage
    }

    public var hasInput: Bool { !field.text.isEmpty }

    /// Enter answers with the trimmed text, Esc cancels; every other key edits. Nil while open.
    public mutating func handle(_ key: Key) -> DialogResponse<String>? {
        switch key {
        case .escape: return .cancelled
        case .enter:
            let answer = field.text.trimmingCharacters(in: .whitespaces)
            guard !answer.isEmpty else {
                error = emptyMessage
                return nil
            }
            return .chosen(answer)
        default:
            if field.handle(key) == .textChanged { error = nil }
            return nil
        }
    }

    public func draw(into grid: inout Grid, in area: Rect) {
        let width = min(area.width, max(50, TextWidth.of(question) + 4, TextWidth.of(error ?? "") + 4))
        let box = area.centered(width: width, height: min(area.height, 6))
        grid.fill(box, style: Style(.dialog))
        let inside = Box.draw(into: &grid, in: box, title: title).inset(dx: 1)
        guard inside.height >= 2 else { return }
        grid.put(question, x: inside.x, y: inside.y, style: Style(.dialog), maxWidth: inside.width)
        field.draw(into: &grid, in: Rect(x: inside.x, y: inside.y + 1, width: inside.width, height: 1), focused: true)
        if let error, inside.height >= 3 {
            grid.put(error, x: inside.x, y: inside.y + 2, style: Style(.error), maxWidth: inside.width)
        }
    }
}
