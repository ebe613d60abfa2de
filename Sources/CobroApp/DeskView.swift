import AccountScreen
import AgingScreen
import AgreementsScreen
import AuditScreen
import CobroTerminal
import QueueScreen
import TemplatesScreen

/// Where the shell puts things: header and tabs on top, the key legend and status at the bottom,
/// the screen in between.
struct DeskLayout {
    let header: Rect
    let tabs: Rect
    let content: Rect
    let status: Rect
    let legend: Rect

    init(width: Int, height: Int) {
        let all = Rect(x: 0, y: 0, width: width, height: height)
        let (header, belowHeader) = all.splitTop(1)
        let (tabs, middle) = belowHeader.splitTop(1)
        let (aboveLegend, legend) = middle.splitBottom(1)
        let (content, status) = aboveLegend.splitBottom(1)
        self.header = header
        self.tabs = tabs
        self.content = content.splitTop(1).rest
        self.status = status
        self.legend = legend
    }
}

/// Draws a whole frame of the desk from its state.
enum DeskView {
    static func render(_ state: DeskState, context: DeskContext, screenKeys: [KeyBinding<String>], shellKeys: [KeyBinding<String>]) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        let text = DeskStrings(context.language)
        guard !state.isTooSmall else {
            let lines = text.tooSmall(width: state.width, height: state.height)
            for (offset, line) in lines.enumerated() {
                let y = state.height / 2 - 1 + offset
                grid.put(line, x: max(0, (state.width - TextWidth.of(line)) / 2), y: y, style: Style(offset == 0 ? .warning : .normal, bold: offset == 0))
            }
            return grid
        }
        let layout = DeskLayout(width: state.width, height: state.height)
        drawHeader(state, context, text, into: &grid, layout)
        if state.isWelcome {
            drawWelcome(context, text, into: &grid, in: layout.content)
        } else {
            switch state.screen {
            case .queue: QueueView.render(state.queue, into: &grid, in: layout.content)
            case .agreements: AgreementsView.render(state.agreements, into: &grid, in: layout.content)
            case .templates: TemplatesView.render(state.templates, into: &grid, in: layout.content)
            case .aging: AgingView.render(state.aging, into: &grid, in: layout.content)
            case .audit: AuditView.render(state.audit, into: &grid, in: layout.content)
            case .account: if let account = state.account { AccountView.render(account, into: &grid, in: layout.content) }
            }
        }
        StatusBar(left: state.status ?? "", right: positionHint(state)).draw(into: &grid, in: layout.status)
        // The shell's keys (? and q above all) keep their place on the right however many keys
        // the screen has; the screen's take what is left.
        let shellLegend = KeyLegend(shellKeys)
        let (screenPart, shellPart) = layout.legend.splitRight(shellLegend.width)
        KeyLegend(screenKeys).draw(into: &grid, in: screenPart)
        shellLegend.draw(into: &grid, in: shellPart)
        if let prompt = state.customerPrompt { prompt.draw(into: &grid, in: layout.content) }
        if let help = state.help { help.draw(into: &grid, in: layout.content) }
        if let dialog = state.quitDialog { dialog.draw(into: &grid, in: grid.bounds) }
        return grid
    }

    private static func drawHeader(_ state: DeskState, _ context: DeskContext, _ text: DeskStrings, into grid: inout Grid, _ layout: DeskLayout) {
        grid.fill(layout.header, style: Style(.statusBar))
        let line = text.header(database: context.databaseName, user: context.user, role: context.role, today: context.today.formatted(in: context.language))
        grid.put(line, x: 1, y: layout.header.y, style: Style(.statusBar, bold: true), maxWidth: layout.header.width - 2)
        guard !state.isWelcome else { return }
        let screens = state.availableScreens
        TabBar(items: screens.map { TabItem(key: String($0.key), title: text.screenTitle($0)) },
               active: screens.firstIndex(of: state.screen) ?? 0).draw(into: &grid, in: layout.tabs)
    }

    private static func drawWelcome(_ context: DeskContext, _ text: DeskStrings, into grid: inout Grid, in area: Rect) {
        let lines = text.welcome(database: context.databaseName)
        let box = area.centered(width: min(area.width, 100), height: min(area.height, lines.count + 4))
        let inner = Box.draw(into: &grid, in: box, title: text.welcomeTitle)
        for (offset, line) in lines.enumerated() where offset < inner.height {
            grid.put(line, x: inner.x + 1, y: inner.y + offset, style: Style(line.hasPrefix("  cobro") ? .legendKey : .normal),
                     maxWidth: inner.width - 2)
        }
    }

    /// "row 12/3401" for the table on screen.
    private static func positionHint(_ state: DeskState) -> String {
        switch state.screen {
        case .queue where state.queue.visibleCount > 0:
            return state.queue.table.positionText(rowCount: state.queue.visibleCount)
        case .aging where state.aging.visibleCount > 0:
            return state.aging.table.positionText(rowCount: state.aging.visibleCount)
        case .account:
            guard let count = state.account?.snapshot?.openInvoices.count, count > 0 else { return "" }
            return state.account!.invoices.positionText(rowCount: count)
        default:
            return ""
        }
    }
}
