import CobroDomain

/// Why a backup or a restore did nothing. Each says which file, what is wrong and what to do.
public enum BackupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The backup's file exists and `--force` was not given.
    case targetExists(path: String)
    /// The file named is the open database itself.
    case sameFile(path: String)
    case missing(path: String)
    /// The file to restore is not a Cobro database: `reason` says what it is instead.
    case notRestorable(path: String, reason: Unrestorable)

    public enum Unrestorable: Equatable, Sendable {
        case notSQLite
        case foreign
        case newerSchema
        /// SQLite's integrity check found a fault: its first line.
        case damaged(String)
    }

    public var description: String { message(in: .en) }

    public func message(in language: Language) -> String {
        let es = language == .es
        switch self {
        case .targetExists(let path):
            return es ? "\(path) ya existe: no se ha escrito nada. Indique un archivo nuevo, o añada --force para sustituirlo."
                : "\(path) already exists: nothing was written. Name a new file, or add --force to replace it."
        case .sameFile(let path):
            return es ? "\(path) es la propia base de datos abierta: indique otro archivo."
                : "\(path) is the open database itself: name another file."
        case .missing(let path):
            return es ? "\(path) no existe: no se ha restaurado nada." : "\(path) does not exist: nothing was restored."
        case .notRestorable(let path, let reason):
            let what: String
            switch reason {
            case .notSQLite:
                what = es ? "no es una base de datos de Cobro (no es un archivo SQLite)" : "is not a Cobro database (it is not an SQLite file)"
            case .foreign:
                what = es ? "es una base de datos SQLite de otro programa, no de Cobro" : "is an SQLite database of another program, not Cobro's"
            case .newerSchema:
                what = es ? "lo escribió una versión más nueva de Cobro (actualice cobro para restaurarlo)"
                    : "was written by a newer version of Cobro (update cobro to restore it)"
            case .damaged(let problem):
                what = es ? "está dañado (comprobación de integridad: \(problem))" : "is damaged (integrity check: \(problem))"
            }
            return es ? "\(path) \(what); la base de datos actual sigue intacta."
                : "\(path) \(what); the current database was left as it was."
        }
    }
}
