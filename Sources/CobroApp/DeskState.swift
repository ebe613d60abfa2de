import AccountScreen
import AgingScreen
import AgreementsScreen
import AuditScreen
import CobroDomain
import CobroTerminal
import QueueScreen
import TemplatesScreen

/// The desk's screens, numbered as the SPEC's keys 1–5, then the owner's audit trail (6).
public enum DeskScreen: Int, CaseIterable, Sendable {
    case queue = 1
    case account = 2
    case templates = 3
    case agreements = 4
    case aging = 5
    case audit = 6

    var key: Character { Character(String(rawValue)) }
}

/// The whole desk as a value: which screen is up, each screen's state, and the overlays.
public struct DeskState: Sendable {
    public internal(set) var screen: DeskScreen = .queue
    public internal(set) var queue: QueueState
    public internal(set) var aging: AgingState
    public internal(set) var account: AccountState?
    public internal(set) var agreements: AgreementsState
    public internal(set) var templates: TemplatesState
    public internal(set) var audit: AuditState
    /// Where Esc on a customer's audit trail goes back to.
    var auditReturn: DeskScreen = .queue
    /// Only an owner reads the audit trail.
    let mayReadAuditTrail: Bool
    /// Where Esc on the templates screen goes back to.
    var templatesReturn: DeskScreen = .queue
    /// Asks for a customer's code when a new agreement is started from the agreements list.
    var customerPrompt: TextPrompt?
    /// A database with no customers shows how to begin instead of empty screens.
    public internal(set) var isWelcome = false
    public internal(set) var help: HelpOverlay?
    public internal(set) var quitDialog: ConfirmDialog<Bool>?
    public internal(set) var status: String?
    public internal(set) var width = 80
    public internal(set) var height = 24

    init(context: DeskContext) {
        screen = context.firstScreen == .account ? .queue : context.firstScreen
        queue = QueueState(language: context.language, timeZone: context.timeZone)
        aging = AgingState(language: context.language, asOf: context.today)
        agreements = AgreementsState(language: context.language, today: context.today, role: context.role,
                                     monthLimit: context.agreementMonthLimit)
        templates = TemplatesState(language: context.language, role: context.role, ladderFromConfig: context.ladderFromConfig)
        audit = AuditState(language: context.language, timeZone: context.timeZone)
        mayReadAuditTrail = context.role == .owner
    }

    /// The screens the tab bar offers now: the account only once one is open, the audit trail
    /// to owners.
    public var availableScreens: [DeskScreen] {
        DeskScreen.allCases.filter { ($0 != .account || account != nil) && ($0 != .audit || mayReadAuditTrail) }
    }

    /// Whether the screen on top is taking typed text (then letters are text, not commands).
    var isEditingText: Bool {
        if customerPrompt != nil { return true }
        switch screen {
        case .agreements: return agreements.isEditingText
        case .templates: return templates.isEditingText
        case .queue: return queue.isEditingText
        case .account: return account?.isEditingText ?? false
        case .audit: return audit.isEditingText
        case .aging:
            if case .browsing = aging.mode { return false }
            return true
        }
    }

    var hasUnsavedInput: Bool {
        aging.hasUnsavedInput || queue.hasUnsavedInput || (account?.hasUnsavedInput ?? false) || agreements.hasUnsavedInput
            || templates.hasUnsavedInput
    }

    public static let minimumWidth = 80
    public static let minimumHeight = 24
    public var isTooSmall: Bool { width < DeskState.minimumWidth || height < DeskState.minimumHeight }
}
