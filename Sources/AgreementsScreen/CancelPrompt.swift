import CobroTerminal
import Foundation

/// Asks why an agreement is cancelled: the audit trail keeps the reason, so an empty one is
/// refused with a message. Modal; Enter confirms, Esc gives up.
struct CancelPrompt: Sendable {
    let id: Int64
    let title: String
    let question: String
    let emptyMessage: String
    private(set) var field = TextField()
    private(set) var error: String?

    init(id: Int64, text: AgreementsStrings) {
        self.id = id
        title = text.cancelTitle(id)
        question = text.cancelQuestion
        emptyMessage = text.reasonEmpty
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
