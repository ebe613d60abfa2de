/// Why the store refused to open a file or to carry out a change. Each says what went wrong,
/// where, and what to do.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case notADatabase(path: String)
    case foreignDatabase(path: String)
    case newerSchema(path: String)
    case readOnly(path: String)
    case cannotCreate(path: String, reason: String)
    case locked(path: String)
    case demoNeedsEmptyDatabase(path: String)
    case unknownCustomer(String)
    case sqlite(path: String, message: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            return "\(path) is not a Cobro database (it is not an SQLite file); it was left untouched. Name another file with --db."
        case .foreignDatabase(let path):
            return "\(path) is an SQLite database of another program, not Cobro's; it was left untouched. Name another file with --db."
        case .newerSchema(let path):
            return "\(path) was written by a newer version of Cobro; it was left untouched. Update cobro to open it."
        case .readOnly(let path):
            return "\(path) is read-only: nothing was written. Check the file's permissions, or copy it somewhere writable."
        case .cannotCreate(let path, let reason):
            return "cannot create the database \(path): \(reason)"
        case .locked(let path):
            return "\(path) is busy (another cobro is writing to it); nothing was written. Try again in a moment."
        case .demoNeedsEmptyDatabase(let path):
            return "\(path) already holds data; the demo only fills an empty database. Name a new file with --db."
        case .unknownCustomer(let code):
            return "no customer with code \(code)"
        case .sqlite(let path, let message):
            return "\(path): \(message)"
        }
    }
}
