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
