import CobroDomain
import CobroTerminal

/// Everything the agreements screen shows: the list of agreements, one opened, or the plan
/// builder; and the cancel prompt when one is open.
public struct AgreementsState: Sendable {
    public var language: Language
    public var today: CivilDate
    /// The acting user's role, which decides who may activate what (`AgreementApproval`).
    public var role: Role
    public var monthLimit: Int
    /// nil until the desk has loaded them.
    public internal(set) var summaries: [AgreementSummary]?
    /// nil shows every status.
    public internal(set) var statusFilter: AgreementStatus?
    public internal(set) var table = TableState()
    /// The agreement opened from the list, by id; its schedule's scroll.
    public internal(set) var openedID: Int64?
    public internal(set) var detailTable = TableState()
    /// The plan being built; while open it takes every key.
    public internal(set) var builder: PlanBuilder?
    var cancelPrompt: CancelPrompt?
    /// Rows a table shows at once (for paging); the desk sets it from the layout.
    public internal(set) var pageSize = 10
    /// What the last change did (saved, cancelled, refused), until the next key.
    public internal(set) var message: AgreementsMessage?

    public init(language: Language, today: CivilDate, role: Role, monthLimit: Int = AgreementApproval.defaultMonthLimit) {
        self.language = language
        self.today = today
        self.role = role
        self.monthLimit = monthLimit
    }

    /// The builder or a prompt has the keys: the desk must not take letters, digits or Tab as
    /// its shortcuts.
    public var isEditingText: Bool { builder != nil || cancelPrompt != nil }

    /// Leaving now would lose typed input.
    public var hasUnsavedInput: Bool {
        (builder?.hasUnsavedInput ?? false) || (cancelPrompt?.hasInput ?? false)
    }

    /// The agreements the filter lets through, in the order the desk gave them.
    public var visible: [AgreementSummary] {
        guard let summaries else { return [] }
        guard let statusFilter else { return summaries }
        return summaries.filter { $0.status == statusFilter }
    }

    public var selected: AgreementSummary? {
        let rows = visible
        return table.selection(rowCount: rows.count).map { rows[$0] }
    }

    /// The agreement opened from the list, as last loaded.
    public var opened: AgreementSummary? {
        guard let openedID else { return nil }
        return summaries?.first { $0.id == openedID }
    }
}

public struct AgreementsMessage: Hashable, Sendable {
    public var text: String
    public var isError: Bool
}
