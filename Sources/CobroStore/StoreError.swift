import CobroDomain

/// Why the store refused to open a file or to carry out a change. Each says what went wrong,
/// where, and what to do.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case notADatabase(path: String)
    case foreignDatabase(path: String)
    case newerSchema(path: String)
    case readOnly(path: String)
    /// The disk (or the user's quota) is full: SQLite rolled the change back.
    case diskFull(path: String)
    case cannotCreate(path: String, reason: String)
    case locked(path: String)
    case demoNeedsEmptyDatabase(path: String)
    case unknownCustomer(String)
    case sqlite(path: String, message: String)

    public var description: String { message(in: .en) }

    public func message(in language: Language) -> String {
        let es = language == .es
        switch self {
        case .notADatabase(let path):
            return es ? "\(path) no es una base de datos de Cobro (no es un archivo SQLite); no se ha tocado. Indique otro archivo con --db."
                : "\(path) is not a Cobro database (it is not an SQLite file); it was left untouched. Name another file with --db."
        case .foreignDatabase(let path):
            return es ? "\(path) es una base de datos SQLite de otro programa, no de Cobro; no se ha tocado. Indique otro archivo con --db."
                : "\(path) is an SQLite database of another program, not Cobro's; it was left untouched. Name another file with --db."
        case .newerSchema(let path):
            return es ? "\(path) lo escribió una versión más nueva de Cobro; no se ha tocado. Actualice cobro para abrirlo."
                : "\(path) was written by a newer version of Cobro; it was left untouched. Update cobro to open it."
        case .readOnly(let path):
            return es ? "\(path) es de solo lectura (el archivo o su carpeta): no se ha escrito nada. Revise los permisos, o cópielo a un sitio con escritura."
                : "\(path) is read-only (the file or its folder): nothing was written. Check the permissions, or copy it somewhere writable."
        case .diskFull(let path):
            return es ? "el disco de \(path) está lleno: no se ha escrito nada. Libere espacio y repita la operación."
                : "the disk holding \(path) is full: nothing was written. Free some space and try again."
        case .cannotCreate(let path, let reason):
            return es ? "no se puede crear la base de datos \(path): \(reason)" : "cannot create the database \(path): \(reason)"
        case .locked(let path):
            return es ? "\(path) está ocupada (otro cobro está escribiendo); no se ha escrito nada. Inténtelo de nuevo en un momento."
                : "\(path) is busy (another cobro is writing to it); nothing was written. Try again in a moment."
        case .demoNeedsEmptyDatabase(let path):
            return es ? "\(path) ya tiene datos; la demo solo llena una base de datos vacía. Indique un archivo nuevo con --db."
                : "\(path) already holds data; the demo only fills an empty database. Name a new file with --db."
        case .unknownCustomer(let code):
            return es ? "no hay ningún cliente con código \(code)" : "no customer with code \(code)"
        case .sqlite(let path, let message):
            return "\(path): \(message)"
        }
    }
}
