import CobroDomain
import CobroTerminal

public enum AgreementsFeature {
    /// What opening the screen asks for.
    public static func start(_ state: AgreementsState) -> [AgreementsEffect] { [.loadList] }

    public static func reduce(_ state: inout AgreementsState, _ action: AgreementsAction) -> [AgreementsEffect] {
        let text = AgreementsStrings(state.language)
        switch action {
        case .listLoaded(let summaries):
            // A reload keeps the clerk on the agreement they were at.
            let selectedID = state.selected?.id
            state.summaries = summaries
            state.selectRow(id: selectedID)
            if state.opened == nil { state.openedID = nil }
            return []
        case .startPlan(let customer):
            state.builder = PlanBuilder(customer: customer, language: state.language, today: state.today, role: state.role,
                                        monthLimit: state.monthLimit)
            state.builder?.pageSize = state.pageSize
            state.message = nil
            return []
        case .pageSizeChanged(let rows):
            // The rows of whichever table is on screen: the list, the opened schedule or the plan's.
            state.pageSize = max(1, rows)
            state.builder?.pageSize = state.pageSize
            return []
        case .saved(let id, let status):
            state.builder = nil
            state.message = AgreementsMessage(text: text.saved(id, status: status), isError: false)
            return [.loadList]
        case .cancelled(let id):
            state.message = AgreementsMessage(text: text.cancelled(id), isError: false)
            return [.loadList]
        case .failed(let message):
            if state.builder != nil {
                state.builder?.message = BuilderMessage(text: message, isError: true)
            } else {
                state.message = AgreementsMessage(text: message, isError: true)
            }
            return []
        case .key(let key):
            if state.builder != nil { return builderKey(&state, key) }
            if state.cancelPrompt != nil { return promptKey(&state, key) }
            state.message = nil
            guard let binding = keymap(state).first(where: { $0.keys.contains(key) }) else { return [] }
            // A key that cannot act now says why instead of doing nothing.
            if let reason = binding.disabledReason {
                state.message = AgreementsMessage(text: reason, isError: true)
                return []
            }
            return perform(binding.action, key: key, &state)
        }
    }

    private static func perform(_ command: AgreementsCommand, key: Key, _ state: inout AgreementsState) -> [AgreementsEffect] {
        switch command {
        case .move:
            if let opened = state.opened {
                state.detailTable.handle(key, rowCount: AgreementDetailView.rowCount(opened), pageSize: state.pageSize)
            } else {
                state.table.handle(key, rowCount: state.visible.count, pageSize: state.pageSize)
            }
        case .open:
            state.openedID = state.selected?.id
            state.detailTable = TableState()
        case .cycleStatusFilter:
            let selectedID = state.selected?.id
            let filters: [AgreementStatus?] = [nil] + AgreementStatus.allCases
            let index = filters.firstIndex(of: state.statusFilter) ?? 0
            state.statusFilter = filters[(index + (key == .character("S") ? filters.count - 1 : 1)) % filters.count]
            state.selectRow(id: selectedID)
        case .newPlan:
            return [.chooseCustomer]
        case .cancelAgreement:
            guard let agreement = state.opened ?? state.selected else { return [] }
            state.cancelPrompt = CancelPrompt(id: agreement.id, text: AgreementsStrings(state.language))
        case .reload:
            return [.loadList]
        case .back:
            state.openedID = nil
        }
        return []
    }

    private static func builderKey(_ state: inout AgreementsState, _ key: Key) -> [AgreementsEffect] {
        guard var builder = state.builder else { return [] }
        switch builder.handle(key) {
        case .editing:
            state.builder = builder
        case .closed:
            state.builder = nil
        case .save(let plan, let activate):
            // The builder stays open until the desk says the plan is stored, so a refusal keeps
            // everything the clerk typed.
            state.builder = builder
            return [.save(plan, activate: activate)]
        }
        return []
    }

    private static func promptKey(_ state: inout AgreementsState, _ key: Key) -> [AgreementsEffect] {
        guard var prompt = state.cancelPrompt else { return [] }
        switch prompt.handle(key) {
        case nil:
            state.cancelPrompt = prompt
        case .cancelled?:
            state.cancelPrompt = nil
        case .chosen(let reason)?:
            state.cancelPrompt = nil
            return [.cancel(id: prompt.id, reason: reason)]
        }
        return []
    }

    /// The keys of the list, or of an opened agreement, in legend order. Disabled bindings say why.
    public static func keymap(_ state: AgreementsState) -> [KeyBinding<AgreementsCommand>] {
        let text = AgreementsStrings(state.language)
        let cancelReason: String? = (state.opened ?? state.selected).map { text.cannotCancel($0) } ?? text.noAgreementSelected
        let cancel = KeyBinding([.character("x")], title: text.cancelKey, help: text.cancelHelp, disabledReason: cancelReason,
                                action: AgreementsCommand.cancelAgreement)
        if state.opened != nil {
            return [
                KeyBinding([.up, .down, .pageUp, .pageDown, .home, .end], title: text.scroll, help: text.scrollHelp, action: .move),
                cancel,
                KeyBinding([.escape], title: text.back, help: text.backHelp, action: .back),
            ]
        }
        let noRows = state.visible.isEmpty ? text.noAgreementSelected : nil
        return [
            KeyBinding([.up, .down], title: text.move, help: text.moveHelp, action: .move),
            KeyBinding([.enter], title: text.open, help: text.openHelp, disabledReason: noRows, action: .open),
            KeyBinding([.character("s"), .character("S")], title: text.filterTitle(state.statusFilter), help: text.filterHelp,
                       action: .cycleStatusFilter),
            KeyBinding([.character("n")], title: text.newPlan, help: text.newPlanHelp, action: .newPlan),
            cancel,
            KeyBinding([.character("r")], title: text.reload, help: text.reloadHelp, showsInLegend: false, action: .reload),
            KeyBinding([.character("k"), .character("j"), .pageUp, .pageDown, .home, .end], title: text.move, help: text.scrollHelp,
                       showsInLegend: false, action: .move),
        ]
    }

    /// What the legend and the help show now: the builder's keys while it is open, the prompt's
    /// while it is, else the list's or the opened agreement's.
    public static func legend(_ state: AgreementsState) -> [KeyBinding<String>] {
        if let builder = state.builder { return builder.keymap }
        let text = AgreementsStrings(state.language)
        if state.cancelPrompt != nil {
            return [KeyBinding([.enter], title: text.confirm, help: text.confirmHelp, action: "confirm"),
                    KeyBinding([.escape], title: text.keep, help: text.keepHelp, action: "keep")]
        }
        return keymap(state).map { KeyBinding($0.keys, title: $0.title, help: $0.help, showsInLegend: $0.showsInLegend,
                                              disabledReason: $0.disabledReason, action: "\($0.action)") }
    }
}

extension AgreementsState {
    /// Selects the agreement with `id` if the filter shows it, else the first row.
    mutating func selectRow(id: Int64?) {
        let rows = visible
        table = TableState()
        if let id, let row = rows.firstIndex(where: { $0.id == id }) { table.select(row, rowCount: rows.count, pageSize: pageSize) }
    }
}
