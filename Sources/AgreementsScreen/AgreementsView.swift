import CobroDomain
import CobroTerminal

/// Draws the agreements screen: the builder while one is open, else an opened agreement, else
/// the list; the cancel prompt over either.
public enum AgreementsView {
    /// Rows above a table: the title, and the message or filter line.
    static let headerRows = 2

    /// How many rows the current table shows at once in `area` (for paging).
    public static func pageSize(_ state: AgreementsState, in area: Rect) -> Int {
        if let builder = state.builder { return PlanBuilderView.scheduleRows(builder, in: area) }
        let above = state.opened == nil ? headerRows : AgreementDetailView.headerRows
        return TableView.pageSize(in: area.splitTop(above).rest)
    }

    public static func render(_ state: AgreementsState, into grid: inout Grid, in area: Rect) {
        if let builder = state.builder {
            PlanBuilderView.draw(builder, into: &grid, in: area)
            return
        }
        let text = AgreementsStrings(state.language)
        if let opened = state.opened {
            AgreementDetailView.draw(opened, state: state, text: text, into: &grid, in: area)
        } else {
            AgreementListView.draw(state, text: text, into: &grid, in: area)
        }
        state.cancelPrompt?.draw(into: &grid, in: area)
    }

    /// The last change's message on `y`, in green or red.
    static func drawMessage(_ message: AgreementsMessage?, into grid: inout Grid, x: Int, y: Int, width: Int) {
        guard let message else { return }
        grid.put(message.text, x: x, y: y, style: Style(message.isError ? .error : .success, bold: true), maxWidth: width)
    }
}
