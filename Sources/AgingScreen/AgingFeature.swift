import CobroDomain
import CobroTerminal

/// What the aging screen asks the app to do: it never touches the store itself.
public enum AgingEffect: Equatable, Sendable {
    /// Compute the report as of this date and send it back as `.reportLoaded`.
    case loadReport(asOf: CivilDate)
    /// Show the account of the customer with this code.
    case openAccount(code: String)
    /// Write the rows on screen (this currency, this sort and filter) as aging CSV.
    case export(currency: Currency, customers: [CustomerAging])
}

public enum AgingAction: Sendable {
    case key(Key)
    /// A report prepared off the key loop (`AgingFeature.prepare`).
    case preparedReportLoaded(PreparedAgingReport)
    /// A report to prepare here and now (small reports, tests).
    case reportLoaded(AgingReport)
    /// The table can show this many rows (the app measures the layout).
    case pageSizeChanged(Int)
    case exported(String)
}

/// What a key does on the aging screen, as data for the legend and the help overlay.
public enum AgingCommand: Sendable {
    /// Moves the selection by the key pressed (arrows, j/k, PgUp/PgDn, Home/End).
    case move
    case nextCurrency, previousCurrency
    case cycleSort
    case startFilter
    case clearFilter
    case chooseDate
    case openAccount
    case export
}

public enum AgingFeature {
    /// The slow part of showing a report (sort orders and search keys of every currency), for the
    /// app to run in the background.
    public static func prepare(_ report: AgingReport) -> PreparedAgingReport { PreparedAgingReport(report) }

    public static func reduce(_ state: inout AgingState, _ action: AgingAction) -> [AgingEffect] {
        switch action {
        case .reportLoaded(let report):
            return reduce(&state, .preparedReportLoaded(prepare(report)))
        case .preparedReportLoaded(let prepared):
            // The rows still index the old report: read the selection before replacing it.
            let selectedCode = state.selectedCustomer?.code
            state.prepared = prepared
            state.asOf = prepared.report.asOf
            state.currencyIndex = min(state.currencyIndex, max(0, prepared.report.currencies.count - 1))
            state.rebuildRows(selecting: selectedCode)
            return []
        case .pageSizeChanged(let rows):
            state.pageSize = max(1, rows)
            state.table.select(state.table.selected, rowCount: state.visibleCount, pageSize: state.pageSize)
            return []
        case .exported(let message):
            state.message = message
            return []
        case .key(let key):
            state.message = nil
            return handle(key, &state)
        }
    }

    private static func handle(_ key: Key, _ state: inout AgingState) -> [AgingEffect] {
        switch state.mode {
        case .filtering(var field):
            switch key {
            case .enter:
                state.mode = .browsing
            case .escape:
                state.mode = .browsing
                state.applyFilter("")
            default:
                // Keep the field even when only its cursor moved, so an edit can go mid-filter.
                let response = field.handle(key)
                state.mode = .filtering(field)
                if response == .textChanged { state.applyFilter(field.text) }
            }
            return []
        case .choosingDate(var field):
            switch key {
            case .escape:
                state.mode = .browsing
            case .enter:
                guard field.message == nil, let date = CivilDate(iso: field.text) else { return [] }
                state.mode = .browsing
                state.prepared = nil
                state.asOf = date
                return [.loadReport(asOf: date)]
            default:
                _ = field.handle(key)
                state.mode = .choosingDate(field)
            }
            return []
        case .browsing:
            guard let command: AgingCommand = keymap(state).action(for: key) else { return [] }
            return perform(command, key: key, &state)
        }
    }

    private static func perform(_ command: AgingCommand, key: Key, _ state: inout AgingState) -> [AgingEffect] {
        switch command {
        case .move:
            _ = state.table.handle(key, rowCount: state.visibleCount, pageSize: state.pageSize)
        case .nextCurrency, .previousCurrency:
            guard let count = state.report?.currencies.count, count > 1 else { return [] }
            let step = command == .nextCurrency ? 1 : count - 1
            state.currencyIndex = (state.currencyIndex + step) % count
            state.rebuildRows()
        case .cycleSort:
            state.sort = state.sort.next
            state.rebuildRows(keepingSelection: true)
        case .startFilter:
            state.mode = .filtering(TextField(text: state.filter, placeholder: AgingStrings(state.language).filterPlaceholder))
        case .clearFilter:
            state.applyFilter("")
        case .chooseDate:
            let invalidDate = AgingStrings(state.language).invalidDate
            state.mode = .choosingDate(ValidatedField.date(text: state.asOf.iso) { text in
                CivilDate(iso: text) == nil ? invalidDate : nil
            })
        case .openAccount:
            guard let customer = state.selectedCustomer else { return [] }
            return [.openAccount(code: customer.code)]
        case .export:
            guard let section = state.currentSection else { return [] }
            return [.export(currency: section.currency, customers: (0..<state.visibleCount).compactMap(state.customer(at:)))]
        }
        return []
    }

    /// The screen's keys in legend order. Disabled bindings say why.
    public static func keymap(_ state: AgingState) -> [KeyBinding<AgingCommand>] {
        let text = AgingStrings(state.language)
        let loaded = state.report != nil
        let noRows = state.visibleCount == 0 ? text.nothingSelected : nil
        let oneCurrency = (state.report?.currencies.count ?? 0) > 1 ? nil : text.onlyOneCurrency
        return [
            KeyBinding([.up, .down], title: text.move, help: text.moveHelp, action: .move),
            KeyBinding([.enter], title: text.open, help: text.openHelp, disabledReason: noRows, action: .openAccount),
            KeyBinding([.character("s")], title: text.sortTitle(state.sort), help: text.sortHelp, action: .cycleSort),
            KeyBinding([.character("/")], title: text.filter, help: text.filterHelp, disabledReason: loaded ? nil : text.loading, action: .startFilter),
            KeyBinding([.right, .character("c")], title: text.currency, help: text.currencyHelp, disabledReason: oneCurrency, action: .nextCurrency),
            KeyBinding([.left], title: text.currency, help: text.previousCurrencyHelp, showsInLegend: false, disabledReason: oneCurrency, action: .previousCurrency),
            KeyBinding([.character("d")], title: text.date, help: text.dateHelp, action: .chooseDate),
            KeyBinding([.character("e")], title: text.export, help: text.exportHelp, disabledReason: noRows, action: .export),
            KeyBinding([.character("x")], title: text.clearFilter, help: text.clearFilterHelp, showsInLegend: !state.filter.isEmpty,
                       disabledReason: state.filter.isEmpty ? text.noFilter : nil, action: .clearFilter),
            KeyBinding([.character("k"), .character("j"), .pageUp, .pageDown, .home, .end], title: text.scroll, help: text.scrollHelp,
                       showsInLegend: false, action: .move),
        ]
    }
}
