import CobroDomain
import CobroTerminal
import Foundation

/// The account the clerk or owner has open: who the customer is and what they owe.
public struct AccountState: Sendable {
    public var language: Language
    public let code: String
    public var asOf: CivilDate
    /// The desk's zone: contact times show on its clock.
    public var timeZone: TimeZone
    /// nil while loading.
    public internal(set) var snapshot: AccountSnapshot?
    public internal(set) var notFound = false
    public internal(set) var invoices = TableState()
    public internal(set) var pageSize = 10

    public init(language: Language, code: String, asOf: CivilDate, timeZone: TimeZone = .current) {
        self.language = language
        self.code = code
        self.asOf = asOf
        self.timeZone = timeZone
    }
}

public enum AccountAction: Sendable {
    case key(Key)
    case loaded(AccountSnapshot?)
    case pageSizeChanged(Int)
}

public enum AccountEffect: Equatable, Sendable {
    case load(code: String, asOf: CivilDate)
    /// Leave the account for the screen it was opened from.
    case back
}

public enum AccountCommand: Sendable {
    case move
    case back
    case reload
}

public enum AccountFeature {
    /// What opening the account asks for.
    public static func start(_ state: AccountState) -> [AccountEffect] { [.load(code: state.code, asOf: state.asOf)] }

    public static func reduce(_ state: inout AccountState, _ action: AccountAction) -> [AccountEffect] {
        switch action {
        case .loaded(let snapshot):
            state.snapshot = snapshot
            state.notFound = snapshot == nil
            state.invoices = TableState()
            return []
        case .pageSizeChanged(let rows):
            state.pageSize = max(1, rows)
            return []
        case .key(let key):
            guard let command: AccountCommand = keymap(state).action(for: key) else { return [] }
            switch command {
            case .move:
                _ = state.invoices.handle(key, rowCount: state.snapshot?.openInvoices.count ?? 0, pageSize: state.pageSize)
                return []
            case .back:
                return [.back]
            case .reload:
                return [.load(code: state.code, asOf: state.asOf)]
            }
        }
    }

    public static func keymap(_ state: AccountState) -> [KeyBinding<AccountCommand>] {
        let text = AccountStrings(state.language)
        return [
            KeyBinding([.up, .down], title: text.move, help: text.moveHelp, action: .move),
            KeyBinding([.character("k"), .character("j"), .pageUp, .pageDown, .home, .end], title: text.move, help: text.scrollHelp,
                       showsInLegend: false, action: .move),
            KeyBinding([.character("r")], title: text.reload, help: text.reloadHelp, action: .reload),
            KeyBinding([.escape], title: text.back, help: text.backHelp, action: .back),
        ]
    }
}
