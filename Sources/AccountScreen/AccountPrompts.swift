import Foundation
import CobroTerminal

/// A short list to pick one value from, each row with its own key: the account's status, the
/// debtor type. Modal; Up/Down and Enter, or the row's key, choose; Esc cancels.
struct ChoiceList<Value: Hashable & Sendable>: Sendable {
    struct Choice: Sendable {
        let key: Character
        let label: String
        let value: Value
    }

    let title: String
    let choices: [Choice]
    private(set) var selected: Int

    init(title: String, choices: [Choice], selected: Value?) {
        self.title = title
        self.choices = choices
        self.selected = choices.firstIndex { $0.value == selected } ?? 0
    }

    mutating func handle(_ key: Key) -> DialogResponse<Value>? {
        switch key {
        case .up, .character("k"): selected = max(0, selected - 1)
        case .down, .character("j"): selected = min(choices.count - 1, selected + 1)
        case .enter: return .chosen(choices[selected].value)
        case .escape: return .cancelled
        case .character(let letter):
            if let index = choices.firstIndex(where: { $0.key == letter }) { return .chosen(choices[index].value) }
        default: break
        }
        return nil
    }

    func draw(into grid: inout Grid, in area: Rect) {
        let width = (choices.map { TextWidth.of($0.label) + 8 } + [TextWidth.of(title) + 6]).max() ?? 20
        let box = area.centered(width: min(area.width, width), height: min(area.height, choices.count + 2))
        grid.fill(box, style: Style(.dialog))
        let inside = Box.draw(into: &grid, in: box, title: title).inset(dx: 1)
        for (index, choice) in choices.enumerated() where index < inside.height {
            let style = Style(index == selected ? .selection : .dialog)
            grid.fill(Rect(x: inside.x, y: inside.y + index, width: inside.width, height: 1), style: style)
            grid.put(" \(choice.key)  \(choice.label)", x: inside.x, y: inside.y + index, style: style, maxWidth: inside.width)
        }
    }
}

/// Asks why, before a change that the audit trail keeps with its reason (do-not-call, status,
/// a disputed invoice). The reason is required: an empty one is refused with a message.
struct ReasonPrompt: Sendable {
    let title: String
    let question: String
    let emptyMessage: String
    private(set) var field = TextField()
    private(set) var error: String?

    init(title: String, question: String, emptyMessage: String) {
        self.title = title
        self.question = question
        self.emptyMessage = emptyMessage
    }

    var hasInput: Bool { !field.text.isEmpty }

    mutating func handle(_ key: Key) -> DialogResponse<String>? {
        switch key {
        case .escape: return .cancelled
        case .enter:
            let reason = field.text.trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else {
                error = emptyMessage
                return nil
            }
            return .chosen(reason)
        default:
            if field.handle(key) == .textChanged { error = nil }
            return nil
        }
    }

    func draw(into grid: inout Grid, in area: Rect) {
        let width = min(area.width, max(50, TextWidth.of(question) + 4))
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
