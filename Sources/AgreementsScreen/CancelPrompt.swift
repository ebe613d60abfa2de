import CobroTerminal

/// Asks why agreement `id` is cancelled: the audit trail keeps the reason, so an empty one is
/// refused. Modal; Enter confirms, Esc gives up.
struct CancelPrompt: Sendable {
    let id: Int64
    private(set) var prompt: TextPrompt

    init(id: Int64, text: AgreementsStrings) {
        self.id = id
        prompt = TextPrompt(title: text.cancelTitle(id), question: text.cancelQuestion, emptyMessage: text.reasonEmpty)
    }

    var hasInput: Bool { prompt.hasInput }

    mutating func handle(_ key: Key) -> DialogResponse<String>? { prompt.handle(key) }

    func draw(into grid: inout Grid, in area: Rect) { prompt.draw(into: &grid, in: area) }
}
