import AccountScreen
import AgingScreen
import CobroDomain
import CobroStore
import CobroTerminal
import Foundation

/// The desk: routes keys to the overlay, the shell or the screen on top, carries out what the
/// screens ask for, and draws the whole frame. It owns no terminal, so tests drive it with keys
/// and read its frames as text.
public final class Desk {
    public private(set) var state: DeskState
    private let context: DeskContext
    private let data: any DeskData
    private let runner: any DeskWorkRunner

    public init(context: DeskContext, data: any DeskData, runner: any DeskWorkRunner) {
        self.context = context
        self.data = data
        self.runner = runner
        state = DeskState(context: context)
    }

    /// Decides what the first screen is and starts loading it.
    public func start() {
        do {
            state.isWelcome = try data.customerCount() == 0
        } catch {
            state.status = "\(error)"
        }
        if !state.isWelcome { perform(aging: [.loadReport(asOf: state.aging.asOf)]) }
    }

    /// The terminal is now this size.
    public func resize(width: Int, height: Int) {
        state.width = width
        state.height = height
        let content = DeskLayout(width: width, height: height).content
        _ = AgingFeature.reduce(&state.aging, .pageSizeChanged(AgingView.pageSize(in: content)))
        if var account = state.account {
            _ = AccountFeature.reduce(&account, .pageSizeChanged(AccountView.pageSize(account, in: content)))
            state.account = account
        }
    }

    /// Handles one key; returns false when the user has chosen to quit.
    public func handle(_ key: Key) -> Bool {
        if key == .resize { return true }
        if var dialog = state.quitDialog {
            switch dialog.handle(key) {
            case .chosen(true)?: return false
            case .chosen(false)?, .cancelled?: state.quitDialog = nil
            case nil: state.quitDialog = dialog
            }
            return true
        }
        if var help = state.help {
            state.help = help.handle(key, in: DeskLayout(width: state.width, height: state.height).content) == .closed ? nil : help
            return true
        }
        if state.isTooSmall { return key != .character("q") }
        if !state.isEditingText, let command: ShellCommand = shellKeymap.action(for: key) {
            return perform(command)
        }
        guard !state.isWelcome else { return true }
        state.status = nil
        switch state.screen {
        case .aging:
            perform(aging: AgingFeature.reduce(&state.aging, .key(key)))
        case .account:
            guard var account = state.account else { return true }
            let effects = AccountFeature.reduce(&account, .key(key))
            state.account = account
            perform(account: effects)
        }
        return true
    }

    /// Takes the result of background work.
    public func receive(_ event: DeskEvent) {
        switch event {
        case .agingLoaded(let report):
            _ = AgingFeature.reduce(&state.aging, .preparedReportLoaded(report))
        case .accountLoaded(let code, let snapshot):
            guard var account = state.account, account.code == code else { return }
            _ = AccountFeature.reduce(&account, .loaded(snapshot))
            state.account = account
            resize(width: state.width, height: state.height)
        case .failed(let message):
            state.status = message
        }
    }

    public func render() -> Grid {
        DeskView.render(state, context: context, screenKeys: screenBindings, shellKeys: erased(shellKeymap))
    }

    // MARK: Shell keys

    enum ShellCommand: Sendable {
        case help, quit, nextScreen
        case show(DeskScreen)
    }

    var shellKeymap: [KeyBinding<ShellCommand>] {
        let text = DeskStrings(context.language)
        let screens = state.availableScreens
        return [
            KeyBinding([.character("?")], title: text.help, help: text.helpHelp, action: .help),
            KeyBinding([.tab], title: text.nextScreen, help: text.nextScreenHelp, showsInLegend: screens.count > 1, action: .nextScreen),
        ] + screens.map { screen in
            KeyBinding([.character(screen.key)], title: text.screenTitle(screen), help: text.goTo(screen), showsInLegend: false,
                       action: .show(screen))
        } + [KeyBinding([.character("q")], title: text.quit, help: text.quitHelp, action: .quit)]
    }

    /// The screen's own keys (for the legend's left part and the help overlay).
    var screenBindings: [KeyBinding<String>] {
        switch (state.isWelcome, state.screen) {
        case (true, _): return []
        case (false, .aging): return erased(AgingFeature.keymap(state.aging))
        case (false, .account): return state.account.map { erased(AccountFeature.keymap($0)) } ?? []
        }
    }

    /// Every key that works now: the screen's first, then the shell's.
    var legendBindings: [KeyBinding<String>] { screenBindings + erased(shellKeymap) }

    private func erased<A>(_ bindings: [KeyBinding<A>]) -> [KeyBinding<String>] {
        bindings.map { KeyBinding($0.keys, title: $0.title, help: $0.help, showsInLegend: $0.showsInLegend,
                                  disabledReason: $0.disabledReason, action: $0.title) }
    }

    private func perform(_ command: ShellCommand) -> Bool {
        switch command {
        case .help:
            state.help = HelpOverlay(title: DeskStrings(context.language).keysTitle(state.screen), bindings: legendBindings)
        case .quit:
            guard state.hasUnsavedInput else { return false }
            let text = DeskStrings(context.language)
            state.quitDialog = ConfirmDialog.yesNo(title: text.quitTitle, message: text.quitQuestion,
                                                   yes: DialogButton(text.yes, shortcut: text.yesShortcut),
                                                   no: DialogButton(text.no, shortcut: "n"))
        case .nextScreen:
            let screens = state.availableScreens
            let index = screens.firstIndex(of: state.screen) ?? 0
            state.screen = screens[(index + 1) % screens.count]
        case .show(let screen):
            state.screen = screen
        }
        return true
    }

    // MARK: Effects

    private func perform(aging effects: [AgingEffect]) {
        for effect in effects {
            switch effect {
            case .loadReport(let asOf):
                let data = self.data
                runner.run {
                    do { return .agingLoaded(AgingFeature.prepare(try data.agingReport(asOf: asOf))) } catch { return .failed("\(error)") }
                }
            case .openAccount(let code):
                var account = AccountState(language: context.language, code: code, asOf: state.aging.asOf, timeZone: context.timeZone)
                state.account = account
                state.screen = .account
                resize(width: state.width, height: state.height)
                perform(account: AccountFeature.start(account))
                account = state.account ?? account
            case .export(let currency, let customers):
                export(currency: currency, customers: customers)
            }
        }
    }

    private func perform(account effects: [AccountEffect]) {
        for effect in effects {
            switch effect {
            case .load(let code, let asOf):
                let data = self.data
                runner.run {
                    do { return .accountLoaded(code: code, try data.account(code: code, asOf: asOf)) } catch { return .failed("\(error)") }
                }
            case .back:
                state.screen = .aging
            }
        }
    }

    /// Writes the rows on screen as aging CSV (the `report aging --format csv` columns).
    private func export(currency: Currency, customers: [CustomerAging]) {
        let text = DeskStrings(context.language)
        let path = ExportFile.freshPath(in: context.exportFolder, name: "aging-\(currency.code)-\(state.aging.asOf.iso)", extension: "csv")
        let report = AgingReport(asOf: state.aging.asOf, currencies: [CurrencyAging(currency: currency, customers: customers)])
        var writer = CSVWriter(output: "")
        report.writeCSV(to: &writer)
        do {
            try Data(writer.output.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            _ = AgingFeature.reduce(&state.aging, .exported(text.exported(rows: customers.count, path: path)))
        } catch {
            state.status = text.exportFailed(path, error.localizedDescription)
        }
    }
}

/// Picks a file name that does not overwrite an earlier export: `name.csv`, `name-2.csv`, …
enum ExportFile {
    static func freshPath(in folder: String, name: String, extension fileExtension: String) -> String {
        var candidate = "\(folder)/\(name).\(fileExtension)"
        var number = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = "\(folder)/\(name)-\(number).\(fileExtension)"
            number += 1
        }
        return candidate
    }
}
