import CobroDomain
import CobroTerminal

public enum QueueAction: Sendable {
    case key(Key)
    case loaded(QueueSnapshot)
    case loadFailed(String)
    /// The table can show this many rows (the desk measures the layout).
    case pageSizeChanged(Int)
    /// The account could not be taken (another clerk holds it); the desk reloads the queue.
    case takeRefused(String)
}

/// What the queue screen asks the desk to do: it never touches the store itself.
public enum QueueEffect: Equatable, Sendable {
    /// (Re)build the queue now and send it back as `.loaded` (or `.loadFailed`).
    case load
    /// Claim the first of these accounts that no other clerk holds, and open it.
    case take(codes: [String])
}

/// What a key does on the queue screen, as data for the legend and the help overlay.
public enum QueueCommand: Sendable {
    /// Moves the selection by the key pressed (arrows, j/k, PgUp/PgDn, Home/End).
    case move
    case takeSelected
    case takeNext
    case search
    case cycleCurrency
    case editMinimum
    case cycleTier
    case reload
    case clearFilters
}

public enum QueueFeature {
    /// What opening the screen asks for.
    public static func start(_ state: QueueState) -> [QueueEffect] { [.load] }

    public static func reduce(_ state: inout QueueState, _ action: QueueAction) -> [QueueEffect] {
        switch action {
        case .loaded(let snapshot):
            let selectedCode = state.selectedEntry?.code
            let position = state.table.selection(rowCount: state.visibleCount) ?? 0
            state.snapshot = snapshot
            state.isLoading = false
            state.loadError = nil
            state.reindex()
            state.refilter(keeping: selectedCode, fallback: position)
            return []
        case .loadFailed(let message):
            state.isLoading = false
            state.loadError = message
            return []
        case .pageSizeChanged(let rows):
            state.pageSize = max(1, rows)
            state.table.select(state.table.selected, rowCount: state.visibleCount, pageSize: state.pageSize)
            return []
        case .takeRefused(let message):
            state.message = message
            return []
        case .key(let key):
            state.message = nil
            return handle(key, &state)
        }
    }

    private static func handle(_ key: Key, _ state: inout QueueState) -> [QueueEffect] {
        switch state.mode {
        case .searching(var field):
            switch key {
            case .enter:
                state.mode = .browsing
            case .escape:
                state.mode = .browsing
                state.setSearch("")
            case .up, .down, .pageUp, .pageDown:
                _ = state.table.handle(key, rowCount: state.visibleCount, pageSize: state.pageSize)
            default:
                guard field.handle(key) == .textChanged else { return [] }
                state.mode = .searching(field)
                state.setSearch(field.text)
            }
            return []
        case .editingMinimum(var field):
            switch key {
            case .escape:
                state.mode = .browsing
            case .enter:
                switch QueueMinimum.parse(field.text, currency: state.currency, only: onlyCurrency(state), language: state.language) {
                case .invalid:
                    // The field shows why; the clerk corrects it or leaves with Esc.
                    return []
                case .cleared:
                    state.minimum = nil
                case .amount(let amount):
                    state.minimum = amount
                    state.currency = amount.currency
                }
                state.mode = .browsing
                state.refilter()
            default:
                _ = field.handle(key)
                state.mode = .editingMinimum(field)
            }
            return []
        case .browsing:
            guard let command: QueueCommand = keymap(state).action(for: key) else { return [] }
            return perform(command, key: key, &state)
        }
    }

    private static func perform(_ command: QueueCommand, key: Key, _ state: inout QueueState) -> [QueueEffect] {
        switch command {
        case .move:
            _ = state.table.handle(key, rowCount: state.visibleCount, pageSize: state.pageSize)
        case .takeSelected:
            guard let entry = state.selectedEntry else { return [] }
            return [.take(codes: [entry.code])]
        case .takeNext:
            let codes = state.visibleEntries.map(\.code)
            return codes.isEmpty ? [] : [.take(codes: codes)]
        case .search:
            state.mode = .searching(TextField(text: state.search, placeholder: QueueStrings(state.language).searchPlaceholder))
        case .cycleCurrency:
            let all = state.currencies
            let next = state.currency.flatMap { all.firstIndex(of: $0) }.map { $0 + 1 } ?? (state.currency == nil ? 0 : all.count)
            state.currency = next < all.count ? all[next] : nil
            if state.minimum?.currency != state.currency { state.minimum = nil }
            state.refilter()
        case .editMinimum:
            state.mode = .editingMinimum(QueueMinimum.field(
                text: state.minimumText, currency: state.currency, only: onlyCurrency(state), language: state.language))
        case .cycleTier:
            let tiers = QueueReason.allCases
            let next = state.tier.flatMap { tiers.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            state.tier = next < tiers.count ? tiers[next] : nil
            state.refilter()
        case .reload:
            state.isLoading = true
            return [.load]
        case .clearFilters:
            state.currency = nil
            state.minimum = nil
            state.tier = nil
            state.search = ""
            state.refilter()
        }
        return []
    }

    /// The queue's currency when it has only one: a minimum then needs no code.
    private static func onlyCurrency(_ state: QueueState) -> Currency? {
        state.currencies.count == 1 ? state.currencies[0] : nil
    }

    /// The screen's keys in legend order. Disabled bindings say why.
    public static func keymap(_ state: QueueState) -> [KeyBinding<QueueCommand>] {
        let text = QueueStrings(state.language)
        let loaded = state.snapshot != nil
        let noRows = !loaded ? text.stillLoading : state.visibleCount == 0 ? text.nobodyListed : nil
        let notLoaded = loaded ? nil : text.stillLoading
        let noCurrency = !loaded ? text.stillLoading : state.currencies.isEmpty && state.currency == nil ? text.noCurrencies : nil
        return [
            KeyBinding([.up, .down], title: text.move, help: text.moveHelp, disabledReason: noRows, action: .move),
            KeyBinding([.enter], title: text.take, help: text.takeHelp, disabledReason: noRows, action: .takeSelected),
            KeyBinding([.character("n")], title: text.next, help: text.nextHelp, disabledReason: noRows, action: .takeNext),
            KeyBinding([.character("/")], title: text.search, help: text.searchHelp, disabledReason: notLoaded, action: .search),
            KeyBinding([.character("c")], title: text.currencyTitle(state.currency), help: text.currencyHelp,
                       disabledReason: noCurrency, action: .cycleCurrency),
            KeyBinding([.character("m")], title: text.minimum, help: text.minimumHelp, disabledReason: noCurrency, action: .editMinimum),
            KeyBinding([.character("t")], title: text.tierTitle(state.tier), help: text.tierHelp, disabledReason: notLoaded,
                       action: .cycleTier),
            KeyBinding([.character("r")], title: text.reload, help: text.reloadHelp, action: .reload),
            KeyBinding([.escape], title: text.clearFilters, help: text.clearFiltersHelp, showsInLegend: state.hasFilters,
                       disabledReason: state.hasFilters ? nil : text.noFilter, action: .clearFilters),
            KeyBinding([.character("k"), .character("j"), .pageUp, .pageDown, .home, .end], title: text.move, help: text.scrollHelp,
                       showsInLegend: false, disabledReason: noRows, action: .move),
        ]
    }
}
