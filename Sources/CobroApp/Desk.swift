import AccountScreen
import AgingScreen
import AgreementsScreen
import AuditScreen
import CobroDomain
import CobroStore
import CobroTerminal
import Foundation
import QueueScreen
import TemplatesScreen

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
        guard !state.isWelcome else { return }
        seedTemplates()
        perform(queue: QueueFeature.start(state.queue))
        perform(aging: [.loadReport(asOf: state.aging.asOf)])
        perform(agreements: AgreementsFeature.start(state.agreements))
    }

    /// The terminal is now this size.
    public func resize(width: Int, height: Int) {
        state.width = width
        state.height = height
        let content = DeskLayout(width: width, height: height).content
        _ = AgingFeature.reduce(&state.aging, .pageSizeChanged(AgingView.pageSize(in: content)))
        let queueRows = QueueView.pageSize(state.queue, in: content)
        _ = QueueFeature.reduce(&state.queue, .pageSizeChanged(queueRows))
        let agreementRows = AgreementsView.pageSize(state.agreements, in: content)
        _ = AgreementsFeature.reduce(&state.agreements, .pageSizeChanged(agreementRows))
        _ = TemplatesFeature.reduce(&state.templates, .layoutChanged(TemplatesView.layout(in: content)), desk: templateDesk)
        perform(audit: AuditFeature.reduce(&state.audit, .pageSizeChanged(AuditView.pageSize(in: content)), source: auditTrail))
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
        if var prompt = state.customerPrompt {
            state.customerPrompt = nil
            switch prompt.handle(key) {
            case nil: state.customerPrompt = prompt
            case .cancelled?: break
            case .chosen(let code)?: startPlan(forCustomer: code, prompt: prompt)
            }
            return true
        }
        if !state.isEditingText, let command: ShellCommand = shellKeymap.action(for: key) {
            return perform(command)
        }
        guard !state.isWelcome else { return true }
        state.status = nil
        switch state.screen {
        case .queue:
            perform(queue: QueueFeature.reduce(&state.queue, .key(key)))
        case .agreements:
            perform(agreements: AgreementsFeature.reduce(&state.agreements, .key(key)))
        case .templates:
            perform(templates: TemplatesFeature.reduce(&state.templates, .key(key), desk: templateDesk))
        case .aging:
            perform(aging: AgingFeature.reduce(&state.aging, .key(key)))
        case .audit:
            perform(audit: AuditFeature.reduce(&state.audit, .key(key), source: auditTrail))
        case .account:
            guard var account = state.account else { return true }
            // The account screen knows nothing of templates: the desk adds the key that opens
            // them on this account.
            if !account.isEditingText, remindBinding.keys.contains(key) {
                openTemplates(customerCode: account.code)
                return true
            }
            if !account.isEditingText, state.mayReadAuditTrail, auditBinding.keys.contains(key) {
                openAudit(customer: account.code)
                return true
            }
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
        case .accountLoaded(let code, let snapshot, let instant):
            guard var account = state.account, account.code == code else { return }
            _ = AccountFeature.reduce(&account, .loaded(snapshot, at: instant))
            state.account = account
            resize(width: state.width, height: state.height)
        case .queueLoaded(let snapshot):
            _ = QueueFeature.reduce(&state.queue, .loaded(snapshot))
            resize(width: state.width, height: state.height)
        case .queueFailed(let message):
            _ = QueueFeature.reduce(&state.queue, .loadFailed(message))
        case .agreementsLoaded(let summaries):
            perform(agreements: AgreementsFeature.reduce(&state.agreements, .listLoaded(summaries)))
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
        // While a field has the keys, ? and q are text: the legend dims them and says why.
        let typing = state.isEditingText ? text.whileTyping : nil
        return [
            KeyBinding([.character("?")], title: text.help, help: text.helpHelp, disabledReason: typing, action: .help),
            // The tab bar already shows each screen with its key: the legend keeps its room for the
            // screen's own keys.
            KeyBinding([.tab], title: text.nextScreen, help: text.nextScreenHelp, showsInLegend: false, action: .nextScreen),
        ] + screens.map { screen in
            KeyBinding([.character(screen.key)], title: text.screenTitle(screen), help: text.goTo(screen), showsInLegend: false,
                       action: .show(screen))
        } + [KeyBinding([.character("q")], title: text.quit, help: text.quitHelp, disabledReason: typing, action: .quit)]
    }

    /// The screen's own keys (for the legend's left part and the help overlay).
    var screenBindings: [KeyBinding<String>] {
        switch (state.isWelcome, state.screen) {
        case (true, _): return []
        case (false, .queue): return erased(QueueFeature.keymap(state.queue))
        case (false, .agreements): return AgreementsFeature.legend(state.agreements)
        case (false, .templates): return TemplatesFeature.legend(state.templates)
        case (false, .aging): return erased(AgingFeature.keymap(state.aging))
        case (false, .audit):
            if case .detail = state.audit.mode { return erased(AuditFeature.detailKeymap(state.audit)) }
            return erased(AuditFeature.keymap(state.audit))
        case (false, .account):
            guard let account = state.account else { return [] }
            let legend = AccountFeature.legend(account)
            guard !account.isEditingText else { return legend }
            // Before Esc (Back), which ends the account's legend.
            let added = state.mayReadAuditTrail ? [remindBinding, auditBinding] : [remindBinding]
            return legend.dropLast() + added + legend.suffix(1)
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
            show(screens[(index + 1) % screens.count])
        case .show(let screen):
            show(screen)
        }
        return true
    }

    private func show(_ screen: DeskScreen) {
        if screen == .templates, state.screen != .templates {
            openTemplates(customerCode: state.account?.code)
        } else if screen == .audit, state.screen != .audit {
            openAudit(customer: nil)
        } else {
            state.screen = screen
        }
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
                open(account: code, asOf: state.aging.asOf, fromQueue: false)
            case .export(let currency, let customers):
                export(currency: currency, customers: customers)
            }
        }
    }

    private func perform(queue effects: [QueueEffect]) {
        for effect in effects {
            switch effect {
            case .load:
                let data = self.data, context = self.context, user = clerk
                runner.run {
                    do { return .queueLoaded(try data.deskQueue(at: context.clock(), user: user, context: context)) } catch {
                        return .queueFailed("\(error)")
                    }
                }
            case .take(let codes):
                take(codes)
            }
        }
    }

    /// Claims the first of `codes` nobody else holds and opens it; when all are held, says so
    /// and rebuilds the queue.
    private func take(_ codes: [String]) {
        let text = DeskStrings(context.language)
        do {
            guard let code = try data.claimFirstAvailable(of: codes, user: clerk, at: context.clock(), for: context.policy.claimDuration) else {
                _ = QueueFeature.reduce(&state.queue, .takeRefused(codes.count == 1 ? text.takenByOther(codes[0]) : text.nothingLeft))
                state.screen = .queue
                perform(queue: [.load])
                return
            }
            open(account: code, asOf: context.today, fromQueue: true)
        } catch {
            state.status = "\(error)"
        }
    }

    private func open(account code: String, asOf: CivilDate, fromQueue: Bool) {
        let account = AccountState(language: context.language, code: code, asOf: asOf, timeZone: context.timeZone, policy: context.policy,
                                   fromQueue: fromQueue, now: context.clock())
        state.account = account
        state.screen = .account
        resize(width: state.width, height: state.height)
        perform(account: AccountFeature.start(account))
    }

    /// Whom claims and logged calls are recorded for.
    private var clerk: String { context.user ?? "desk" }

    private func perform(account effects: [AccountEffect]) {
        guard let account = state.account else { return }
        for effect in effects {
            switch effect {
            case .load(let code, let asOf):
                let data = self.data, clock = context.clock
                runner.run {
                    do { return .accountLoaded(code: code, try data.account(code: code, asOf: asOf), at: clock()) } catch {
                        return .failed("\(error)")
                    }
                }
            case .back:
                leave(account)
                state.screen = account.fromQueue ? .queue : .aging
            case .takeNext:
                leave(account)
                state.screen = .queue
                takeNext(after: account.code)
            case .logCall, .setDisputed, .setDoNotCall, .setStatus, .setDebtorType:
                save(effect, on: account)
            case .planAgreement:
                guard let snapshot = account.snapshot else { continue }
                startPlan(PlanCustomer(snapshot))
            }
        }
    }

    /// Gives a queue account back (the claim would otherwise keep it from other clerks for
    /// its whole length) and rebuilds the queue.
    private func leave(_ account: AccountState) {
        guard account.fromQueue else { return }
        do { try data.releaseClaim(code: account.code, user: clerk) } catch { state.status = "\(error)" }
        perform(queue: [.load])
    }

    /// Takes the next account of the queue as the clerk sees it filtered, from a fresh queue:
    /// the one on screen may be minutes old.
    private func takeNext(after code: String) {
        do {
            let fresh = try data.deskQueue(at: context.clock(), user: clerk, context: context)
            _ = QueueFeature.reduce(&state.queue, .loaded(fresh))
            take(state.queue.visibleEntries.map(\.code).filter { $0 != code })
        } catch {
            _ = QueueFeature.reduce(&state.queue, .loadFailed("\(error)"))
        }
    }

    /// Writes one change of the account (synchronously: each is one small transaction) and
    /// tells the screen how it went.
    private func save(_ change: AccountEffect, on account: AccountState) {
        let now = context.clock()
        let code = account.code
        do {
            switch change {
            case .logCall(let draft):
                let entry = ContactLogEntry(
                    customerCode: code, contactPerson: draft.contactPerson, user: clerk, at: now, channel: draft.channel,
                    direction: draft.direction, outcome: draft.outcome, note: draft.note ?? draft.disputeReason, promise: draft.promise,
                    callbackAt: draft.callbackAt)
                _ = try data.recordCall(entry, disputing: draft.disputedInvoices, disputeReason: draft.disputeReason,
                                        debtorType: draft.debtorType)
            case .setDisputed(let invoices, let disputed, let reason):
                try data.setDisputed(invoices, of: code, to: disputed, reason: reason, user: clerk, at: now)
            case .setDoNotCall(let flag, let reason):
                try data.setDoNotCall(flag, customerCode: code, reason: reason, user: clerk, at: now)
            case .setStatus(let status, let reason):
                try data.setStatus(status, customerCode: code, reason: reason, user: clerk, at: now)
            case .setDebtorType(let type):
                try data.setDebtorType(type, customerCode: code, user: clerk, at: now)
            case .load, .back, .takeNext, .planAgreement:
                return
            }
            reduceAccount(.saved(change))
            // What the queue shows may have changed (a promise, a do-not-call): rebuild it.
            perform(queue: [.load])
        } catch {
            reduceAccount(.saveFailed(failureText(error)))
        }
    }

    // MARK: Agreements

    private func perform(agreements effects: [AgreementsEffect]) {
        let text = DeskStrings(context.language)
        for effect in effects {
            switch effect {
            case .loadList:
                let data = self.data, context = self.context
                runner.run {
                    do {
                        return .agreementsLoaded(try data.agreementSummaries(asOf: context.today, graceDays: context.policy.agreementGraceDays))
                    } catch {
                        return .failed(text.agreementsFailed("\(error)"))
                    }
                }
            case .chooseCustomer:
                state.customerPrompt = TextPrompt(title: text.newAgreementTitle, question: text.customerCodeQuestion,
                                                  emptyMessage: text.customerCodeEmpty)
            case .save(let agreement, let activate):
                let status: AgreementStatus = activate ? .active : .draft
                do {
                    let id = try data.saveAgreement(agreement, as: status, user: clerk, at: context.clock(),
                                                    monthLimit: context.agreementMonthLimit)
                    perform(agreements: AgreementsFeature.reduce(&state.agreements, .saved(id: id, status: status)))
                    // An active agreement takes the account out of the queue (or, broken, back in).
                    perform(queue: [.load])
                } catch {
                    perform(agreements: AgreementsFeature.reduce(&state.agreements, .failed(failureText(error))))
                }
            case .cancel(let id, let reason):
                do {
                    try data.cancelAgreement(id: id, reason: reason, user: clerk, at: context.clock())
                    perform(agreements: AgreementsFeature.reduce(&state.agreements, .cancelled(id: id)))
                    perform(queue: [.load])
                } catch {
                    perform(agreements: AgreementsFeature.reduce(&state.agreements, .failed(failureText(error))))
                }
            }
        }
    }

    /// Opens the plan builder for the customer with `code`, or says there is none.
    private func startPlan(forCustomer code: String, prompt: TextPrompt) {
        do {
            guard let snapshot = try data.account(code: code, asOf: context.today) else {
                var retry = prompt
                retry.error = DeskStrings(context.language).noCustomer(code)
                state.customerPrompt = retry
                return
            }
            startPlan(PlanCustomer(snapshot))
        } catch {
            state.status = "\(error)"
        }
    }

    private func startPlan(_ customer: PlanCustomer) {
        state.screen = .agreements
        perform(agreements: AgreementsFeature.reduce(&state.agreements, .startPlan(customer)))
        resize(width: state.width, height: state.height)
    }

    /// A refusal in the user's language when the store has one, else as the error says it.
    private func failureText(_ error: any Error) -> String {
        if let refusal = error as? AgreementError { return refusal.message(in: context.language) }
        if let refusal = error as? AgreementPlanError { return refusal.message(in: context.language) }
        if let refusal = error as? UserError { return refusal.message(in: context.language) }
        if let refusal = error as? StoreError { return refusal.message(in: context.language) }
        return "\(error)"
    }

    // MARK: Audit trail

    private var auditTrail: DeskAuditTrail { DeskAuditTrail(data: data) }
    private var auditBinding: KeyBinding<String> { DeskAuditTrail.accountBinding(context.language) }

    /// Everyone's trail from the tab bar, or the account's customer's from the account.
    private func openAudit(customer: String?) {
        state.auditReturn = state.screen
        state.screen = .audit
        perform(audit: AuditFeature.reduce(&state.audit, .open(customer: customer), source: auditTrail))
    }

    private func perform(audit effects: [AuditEffect]) {
        for effect in effects where effect == .back {
            state.screen = state.availableScreens.contains(state.auditReturn) ? state.auditReturn : .queue
        }
    }

    // MARK: Templates

    /// From an account, the reminder templates filled in for it.
    private var remindBinding: KeyBinding<String> {
        let text = DeskStrings(context.language)
        return KeyBinding([.character("m")], title: text.remind, help: text.remindHelp, action: "remind")
    }

    private var templateDesk: DeskTemplates { DeskTemplates(data: data, context: context) }

    /// Puts the shipped templates a database lacks in it (a new file, a newer Cobro), so the
    /// templates screen and `cobro remind` read the same ones.
    private func seedTemplates() {
        guard !context.shippedTemplates.isEmpty else { return }
        do { try data.seedTemplates(context.shippedTemplates, at: context.clock()) } catch { state.status = "\(error)" }
    }

    /// Opens the template picker, on `customerCode`'s account when given; Esc comes back here.
    private func openTemplates(customerCode: String?) {
        state.templatesReturn = state.screen
        state.screen = .templates
        perform(templates: TemplatesFeature.reduce(&state.templates, .open(customerCode: customerCode), desk: templateDesk))
    }

    private func perform(templates effects: [TemplatesEffect]) {
        for effect in effects {
            switch effect {
            case .back:
                state.screen = state.availableScreens.contains(state.templatesReturn) ? state.templatesReturn : .queue
            case .reminderLogged(let code):
                // The account's contact log and the queue now show the reminder.
                if let account = state.account, account.code == code { perform(account: [.load(code: code, asOf: account.asOf)]) }
                perform(queue: [.load])
            }
        }
    }

    private func reduceAccount(_ action: AccountAction) {
        guard var account = state.account else { return }
        let effects = AccountFeature.reduce(&account, action)
        state.account = account
        perform(account: effects)
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
