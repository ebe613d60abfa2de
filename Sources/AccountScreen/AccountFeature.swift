import CobroDomain
import CobroTerminal
import Foundation

public enum AccountFeature {
    /// What opening the account asks for.
    public static func start(_ state: AccountState) -> [AccountEffect] { [.load(code: state.code, asOf: state.asOf)] }

    public static func reduce(_ state: inout AccountState, _ action: AccountAction) -> [AccountEffect] {
        switch action {
        case .loaded(let snapshot, let instant):
            let selected = state.invoices.selected
            state.snapshot = snapshot
            state.now = instant
            state.notFound = snapshot == nil
            state.followUps = snapshot?.followUps(at: instant, deskZone: state.timeZone, policy: state.policy)
            state.agreements = snapshot?.agreementProgress(today: state.asOf, graceDays: state.policy.agreementGraceDays) ?? []
            state.paneFirstRow = min(state.paneFirstRow, max(0, state.paneRowCount - 1))
            // A reload after a change keeps the clerk on the invoice they were at.
            state.invoices = TableState()
            let rows = snapshot?.openInvoices.count ?? 0
            if rows > 0 { state.invoices.select(min(selected, rows - 1), rowCount: rows, pageSize: state.pageSize) }
            return []
        case .pageSizeChanged(let rows):
            state.pageSize = max(1, rows)
            return []
        case .saved(let change):
            if case .logCall = change { state.callLog = nil }
            state.prompt = nil
            let text = AccountStrings(state.language)
            var message = text.saved(change)
            if case .logCall = change, state.fromQueue { message += " " + text.offerNext }
            state.message = AccountMessage(text: message, isError: false)
            return [.load(code: state.code, asOf: state.asOf)]
        case .saveFailed(let message):
            state.message = AccountMessage(text: message, isError: true)
            // A refused change (a clerk moving an account to legal, say) keeps the reason typed,
            // with why under it: Esc gives up.
            if case .reason(var prompt, let purpose)? = state.prompt {
                prompt.error = message
                state.prompt = .reason(prompt, purpose)
            }
            return []
        case .key(let key):
            if state.callLog != nil { return formKey(&state, key) }
            if state.prompt != nil { return promptKey(&state, key) }
            state.message = nil
            guard let command: AccountCommand = keymap(state).action(for: key) else { return [] }
            return perform(command, key: key, &state)
        }
    }

    private static func perform(_ command: AccountCommand, key: Key, _ state: inout AccountState) -> [AccountEffect] {
        let text = AccountStrings(state.language)
        switch command {
        case .move:
            _ = state.invoices.handle(key, rowCount: state.snapshot?.openInvoices.count ?? 0, pageSize: state.pageSize)
        case .switchPane:
            let panes = AccountPane.allCases
            state.pane = panes[(state.pane.rawValue + (key == .left ? panes.count - 1 : 1)) % panes.count]
            state.paneFirstRow = 0
        case .pageLowerPane:
            let page = 10
            let last = max(0, state.paneRowCount - 1)
            state.paneFirstRow = key == .pageUp ? max(0, state.paneFirstRow - page) : min(last, state.paneFirstRow + page)
        case .back:
            return [.back]
        case .reload:
            return [.load(code: state.code, asOf: state.asOf)]
        case .next:
            return [.takeNext]
        case .planAgreement:
            return state.snapshot == nil ? [] : [.planAgreement]
        case .logCall:
            guard let snapshot = state.snapshot else { return [] }
            state.callLog = CallLogForm(
                language: state.language, now: state.now, timeZone: state.timeZone, today: state.asOf,
                overdue: snapshot.undisputedOverdue, openInvoices: snapshot.openInvoices,
                contactPeople: snapshot.contactPeople.map(\.name), currentDebtorType: snapshot.customer.debtorType)
        case .toggleDispute:
            guard let invoice = state.selectedInvoice else { return [] }
            state.prompt = .reason(text.reasonPrompt(disputing: invoice.number, disputed: !invoice.disputed),
                                   .dispute(invoice: invoice.number, disputed: !invoice.disputed))
        case .toggleDoNotCall:
            guard let customer = state.snapshot?.customer else { return [] }
            state.prompt = .reason(text.reasonPrompt(doNotCall: !customer.doNotCall), .doNotCall(!customer.doNotCall))
        case .changeStatus:
            guard let customer = state.snapshot?.customer else { return [] }
            state.prompt = .status(ChoiceList(title: text.statusTitle, choices: CustomerStatus.allCases.map { status in
                .init(key: text.statusKey(status), label: text.statusName(status), value: status)
            }, selected: customer.status))
        case .changeDebtorType:
            guard let customer = state.snapshot?.customer else { return [] }
            state.prompt = .debtorType(ChoiceList(title: text.debtorTypeTitle, choices: ([nil] + DebtorType.allCases).map { type in
                .init(key: text.debtorTypeKey(type), label: text.debtorTypeName(type), value: type)
            }, selected: customer.debtorType))
        }
        return []
    }

    private static func formKey(_ state: inout AccountState, _ key: Key) -> [AccountEffect] {
        guard var form = state.callLog else { return [] }
        switch form.handle(key) {
        case .editing:
            state.callLog = form
        case .cancelled:
            state.callLog = nil
        case .submitted(let draft):
            // The form stays open until the desk says the call is stored: a refusal (the
            // database busy past its timeout) keeps everything the clerk typed, ready for Enter again.
            state.callLog = form
            return [.logCall(draft)]
        }
        return []
    }

    private static func promptKey(_ state: inout AccountState, _ key: Key) -> [AccountEffect] {
        let text = AccountStrings(state.language)
        switch state.prompt {
        case .reason(var prompt, let purpose)?:
            switch prompt.handle(key) {
            case nil:
                state.prompt = .reason(prompt, purpose)
            case .cancelled?:
                state.prompt = nil
            case .chosen(let reason)?:
                // Open until the desk says the change was saved, or why not.
                state.prompt = .reason(prompt, purpose)
                switch purpose {
                case .dispute(let invoice, let disputed): return [.setDisputed(invoices: [invoice], disputed: disputed, reason: reason)]
                case .doNotCall(let flag): return [.setDoNotCall(flag, reason: reason)]
                case .status(let status): return [.setStatus(status, reason: reason)]
                }
            }
        case .status(var list)?:
            switch list.handle(key) {
            case nil: state.prompt = .status(list)
            case .cancelled?: state.prompt = nil
            case .chosen(let status)?:
                state.prompt = status == state.snapshot?.customer.status ? nil
                    : .reason(text.reasonPrompt(status: status), .status(status))
            }
        case .debtorType(var list)?:
            switch list.handle(key) {
            case nil: state.prompt = .debtorType(list)
            case .cancelled?: state.prompt = nil
            case .chosen(let type)?:
                state.prompt = nil
                if type != state.snapshot?.customer.debtorType { return [.setDebtorType(type)] }
            }
        case nil:
            break
        }
        return []
    }

    public static func keymap(_ state: AccountState) -> [KeyBinding<AccountCommand>] {
        let text = AccountStrings(state.language)
        let loaded = state.snapshot != nil
        let invoice = state.selectedInvoice
        return [
            KeyBinding([.character("c")], title: text.logCall, help: text.logCallHelp,
                       disabledReason: loaded ? nil : text.loading, action: .logCall),
            KeyBinding([.character("n")], title: text.next, help: text.nextHelp, showsInLegend: state.fromQueue, action: .next),
            KeyBinding([.up, .down], title: text.move, help: text.moveHelp, action: .move),
            KeyBinding([.character("k"), .character("j"), .home, .end], title: text.move, help: text.scrollHelp,
                       showsInLegend: false, action: .move),
            KeyBinding([.left, .right], title: text.pane, help: text.paneHelp, action: .switchPane),
            KeyBinding([.pageUp, .pageDown], title: text.pageLowerPane, help: text.pageLowerPaneHelp, showsInLegend: false,
                       action: .pageLowerPane),
            KeyBinding([.character("d")], title: invoice?.disputed == true ? text.undispute : text.dispute, help: text.disputeHelp,
                       disabledReason: invoice == nil ? text.noInvoiceSelected : nil, action: .toggleDispute),
            KeyBinding([.character("x")], title: text.doNotCallKey, help: text.doNotCallHelp, showsInLegend: false, action: .toggleDoNotCall),
            KeyBinding([.character("s")], title: text.statusKeyTitle, help: text.statusHelp, showsInLegend: false, action: .changeStatus),
            KeyBinding([.character("t")], title: text.debtorTypeKeyTitle, help: text.debtorTypeHelp, showsInLegend: false,
                       action: .changeDebtorType),
            KeyBinding([.character("a")], title: text.planAgreement, help: text.planAgreementHelp, showsInLegend: false,
                       disabledReason: loaded ? nil : text.loading, action: .planAgreement),
            KeyBinding([.character("r")], title: text.reload, help: text.reloadHelp, showsInLegend: false, action: .reload),
            KeyBinding([.escape], title: text.back, help: state.fromQueue ? text.backToQueueHelp : text.backHelp, action: .back),
        ]
    }

    /// What the legend and the help show now: the call form's keys while it is open, a prompt's
    /// while one is, else the account's.
    public static func legend(_ state: AccountState) -> [KeyBinding<String>] {
        if let form = state.callLog { return form.keymap }
        let text = AccountStrings(state.language)
        if state.prompt != nil {
            return [KeyBinding([.enter], title: text.confirm, help: text.confirm, action: text.confirm),
                    KeyBinding([.escape], title: text.cancel, help: text.cancel, action: text.cancel)]
        }
        return keymap(state).map { KeyBinding($0.keys, title: $0.title, help: $0.help, showsInLegend: $0.showsInLegend,
                                              disabledReason: $0.disabledReason, action: $0.title) }
    }
}
