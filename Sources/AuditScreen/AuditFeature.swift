import CobroDomain
import CobroTerminal
import Foundation

public enum AuditAction: Sendable {
    /// The screen comes up: everyone's trail, or `customer`'s, read afresh from the newest.
    case open(customer: String?)
    case key(Key)
    /// The list can show this many rows (the app measures the layout).
    case pageSizeChanged(Int)
}

/// What the audit screen asks the app to do.
public enum AuditEffect: Equatable, Sendable {
    /// Go back to the screen it was opened from (a customer's trail opened from the account).
    case back
}

/// What a key does on the audit screen, as data for the legend and the help overlay.
public enum AuditCommand: Sendable {
    /// Moves the selection by the key pressed (arrows, j/k, PgUp/PgDn, Home/End).
    case move
    case open
    case startFilter
    case clearFilter
    case refresh
    case back
}

/// The keys of an entry shown in full.
public enum AuditDetailCommand: Sendable {
    case scroll
    case close
}

public enum AuditFeature {
    public static func reduce(_ state: inout AuditState, _ action: AuditAction, source: any AuditTrailSource) -> [AuditEffect] {
        switch action {
        case .open(let customer):
            state.customer = customer
            state.mode = .browsing
            reload(&state, source: source)
        case .pageSizeChanged(let rows):
            state.pageSize = max(1, rows)
            state.table.select(state.table.selected, rowCount: state.entries.count, pageSize: state.pageSize)
            readMoreIfNeeded(&state, source: source)
        case .key(let key):
            return handle(key, &state, source: source)
        }
        return []
    }

    private static func handle(_ key: Key, _ state: inout AuditState, source: any AuditTrailSource) -> [AuditEffect] {
        switch state.mode {
        case .filtering(var field):
            switch key {
            case .enter:
                state.mode = .browsing
                applyFilter(field.text.trimmingCharacters(in: .whitespaces), &state, source: source)
            case .escape:
                state.mode = .browsing
            default:
                _ = field.handle(key)
                state.mode = .filtering(field)
            }
            return []
        case .detail(let scroll):
            guard let command: AuditDetailCommand = detailKeymap(state).action(for: key) else { return [] }
            switch command {
            case .close: state.mode = .browsing
            case .scroll:
                let step = key == .pageDown ? state.pageSize : key == .pageUp ? -state.pageSize : key == .up || key == .character("k") ? -1 : 1
                state.mode = .detail(scroll: max(0, scroll + step))
            }
            return []
        case .browsing:
            guard let command: AuditCommand = keymap(state).action(for: key) else { return [] }
            return perform(command, key: key, &state, source: source)
        }
    }

    private static func perform(_ command: AuditCommand, key: Key, _ state: inout AuditState,
                                source: any AuditTrailSource) -> [AuditEffect] {
        switch command {
        case .move:
            _ = state.table.handle(key, rowCount: state.entries.count, pageSize: state.pageSize)
            readMoreIfNeeded(&state, source: source)
        case .open:
            guard state.selectedEntry != nil else { return [] }
            state.mode = .detail(scroll: 0)
        case .startFilter:
            state.mode = .filtering(TextField(text: state.filter, placeholder: AuditStrings(state.language).filterPlaceholder))
        case .clearFilter:
            applyFilter("", &state, source: source)
        case .refresh:
            reload(&state, source: source)
        case .back:
            return [.back]
        }
        return []
    }

    private static func applyFilter(_ text: String, _ state: inout AuditState, source: any AuditTrailSource) {
        guard text != state.filter else { return }
        state.filter = text
        reload(&state, source: source)
    }

    /// Reads the first page again (a new filter, a refresh, the screen opened).
    private static func reload(_ state: inout AuditState, source: any AuditTrailSource) {
        state.entries = []
        state.reachedEnd = false
        state.table = TableState()
        state.loaded = true
        state.failure = nil
        readMoreIfNeeded(&state, source: source)
    }

    /// Reads the next page once the selection comes within a screen of the last entry read:
    /// only what is scrolled through is ever read.
    private static func readMoreIfNeeded(_ state: inout AuditState, source: any AuditTrailSource) {
        guard state.loaded, !state.reachedEnd, state.failure == nil,
              state.entries.count - state.table.selected <= state.pageSize * 2 else { return }
        do {
            let page = try source.auditEntries(customer: state.customer, text: state.filter.isEmpty ? nil : state.filter,
                                               after: state.entries.last, limit: state.readSize)
            state.entries += page
            state.reachedEnd = page.count < state.readSize
            state.table.select(state.table.selected, rowCount: state.entries.count, pageSize: state.pageSize)
        } catch {
            state.failure = "\(error)"
        }
    }

    /// The list's keys in legend order. Disabled bindings say why.
    public static func keymap(_ state: AuditState) -> [KeyBinding<AuditCommand>] {
        let text = AuditStrings(state.language)
        let noRows = state.entries.isEmpty ? text.nothingSelected : nil
        return [
            KeyBinding([.up, .down], title: text.move, help: text.moveHelp, action: .move),
            KeyBinding([.enter], title: text.open, help: text.openHelp, disabledReason: noRows, action: .open),
            KeyBinding([.character("/")], title: text.filter, help: text.filterHelp, action: .startFilter),
            KeyBinding([.character("x")], title: text.clearFilter, help: text.clearFilterHelp, showsInLegend: !state.filter.isEmpty,
                       disabledReason: state.filter.isEmpty ? text.noFilter : nil, action: .clearFilter),
            KeyBinding([.character("r")], title: text.refresh, help: text.refreshHelp, action: .refresh),
            KeyBinding([.escape], title: text.back, help: text.backHelp, showsInLegend: state.customer != nil,
                       disabledReason: state.customer == nil ? text.nowhereBack : nil, action: .back),
            KeyBinding([.character("k"), .character("j"), .pageUp, .pageDown, .home, .end], title: text.scroll, help: text.scrollHelp,
                       showsInLegend: false, action: .move),
        ]
    }

    /// The keys of an entry shown in full.
    public static func detailKeymap(_ state: AuditState) -> [KeyBinding<AuditDetailCommand>] {
        let text = AuditStrings(state.language)
        return [
            KeyBinding([.up, .down, .character("k"), .character("j"), .pageUp, .pageDown], title: text.scroll, help: text.scrollDetailHelp,
                       action: .scroll),
            KeyBinding([.escape, .enter], title: text.close, help: text.closeHelp, action: .close),
        ]
    }
}
