import CobroDomain
import CobroTerminal
import Foundation

/// Everything the audit screen shows: the pages of the trail read so far (never the whole
/// trail), the selection, the filter, and the entry opened in full.
public struct AuditState: Sendable {
    public var language: Language
    /// Times show on the desk's clock.
    public var timeZone: TimeZone
    /// Only this customer's trail (opened from an account); nil: everyone's.
    public internal(set) var customer: String?
    public internal(set) var filter = ""
    public internal(set) var entries: [AuditEntry] = []
    /// The last page read was short: nothing older is left.
    public internal(set) var reachedEnd = false
    /// Whether the first page has been read since the screen was opened or the filter changed.
    public internal(set) var loaded = false
    public internal(set) var table = TableState()
    /// Rows of the list visible at once; the app sets it from the layout.
    public internal(set) var pageSize = 20
    public internal(set) var mode = Mode.browsing
    /// Why the trail could not be read (refused, a broken file), shown instead of the list.
    public internal(set) var failure: String?

    public enum Mode: Sendable {
        case browsing
        case filtering(TextField)
        /// The selected entry in full, scrolled down `scroll` lines.
        case detail(scroll: Int)
    }

    public init(language: Language, timeZone: TimeZone) {
        self.language = language
        self.timeZone = timeZone
    }

    public var selectedEntry: AuditEntry? {
        table.selection(rowCount: entries.count).map { entries[$0] }
    }

    public var isEditingText: Bool {
        if case .filtering = mode { return true }
        return false
    }

    /// How many entries one read asks for: a few screens' worth, so scrolling rarely waits.
    var readSize: Int { max(50, pageSize * 3) }
}
