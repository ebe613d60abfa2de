import CobroDomain
import Foundation
import GRDB

/// The people who may act on a database (SPEC §5 "Users"). With no users the database is in
/// single-user mode: whoever opens it acts as owner and a `--user NAME` is recorded as given.
/// Once users exist, the acting user must be one of them, and acts with that user's role.
extension CobroDatabase {
    /// Adds a user (for now only tests and, later, `cobro user add` call this; PINs come with that).
    public func addUser(name: String, role: Role, at: Date, by actor: String? = nil) throws {
        try write { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM user WHERE name = ?", arguments: [name]) == 0 else {
                throw UserError.alreadyExists(name)
            }
            try db.execute(sql: "INSERT INTO user (name, role, created_at) VALUES (?, ?, ?)",
                           arguments: [name, role.rawValue, Timestamp.iso(at)])
            try AuditTrail.record(db, at: at, user: actor, action: "create", entity: "user", key: name,
                                  after: ["role": AuditValue(role.rawValue)])
        }
    }

    /// Every user, by name.
    public func users() throws -> [User] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, role, disabled FROM user ORDER BY name").map { row in
                User(name: row[0], role: try stored(Role.self, row[1]), disabled: row[2])
            }
        }
    }

    /// The role `user` acts with: owner in single-user mode; otherwise the user's own role, or a
    /// refusal when the name is missing, unknown or disabled.
    public func role(of user: String?) throws -> Role {
        try read { db in try Self.role(db, of: user) }
    }

    /// Read inside the transaction of the change it allows, so a role changed meanwhile counts.
    /// Refuses anyone but an owner (in single-user mode everyone is one).
    static func requireOwner(_ db: Database, _ user: String?, to action: OwnerOnlyAction) throws {
        guard try role(db, of: user) != .owner, let user else { return }
        throw UserError.needsOwner(user: user, action: action)
    }

    /// For commands that act outside one write transaction (exports, backups, restores): refuses
    /// anyone but an owner before anything is done.
    public func requireOwner(_ user: String?, to action: OwnerOnlyAction) throws {
        try read { db in try Self.requireOwner(db, user, to: action) }
    }

    static func role(_ db: Database, of user: String?) throws -> Role {
        guard try Int.fetchOne(db, sql: "SELECT count(*) FROM user") ?? 0 > 0 else { return .owner }
        guard let user else { throw UserError.noUserGiven }
        guard let row = try Row.fetchOne(db, sql: "SELECT role, disabled FROM user WHERE name = ?", arguments: [user]) else {
            throw UserError.unknown(user)
        }
        guard !(row[1] as Bool) else { throw UserError.disabled(user) }
        return try stored(Role.self, row[0])
    }
}

/// Why a person may not act on a database that has users.
public enum UserError: Error, Hashable, Sendable, CustomStringConvertible {
    case noUserGiven
    case unknown(String)
    case disabled(String)
    case alreadyExists(String)
    case needsOwner(user: String, action: OwnerOnlyAction)

    public var description: String { message(in: .en) }

    public func message(in language: Language) -> String {
        let es = language == .es
        switch self {
        case .noUserGiven:
            return es ? "esta base de datos tiene usuarios: diga quién actúa con --user NOMBRE"
                : "this database has users: say who acts with --user NAME"
        case .unknown(let name):
            return es ? "'\(name)' no es un usuario de esta base de datos: actúe como uno de sus usuarios (--user NOMBRE)"
                : "'\(name)' is not a user of this database: act as one of its users (--user NAME)"
        case .disabled(let name):
            return es ? "el usuario '\(name)' está desactivado" : "the user '\(name)' is disabled"
        case .alreadyExists(let name):
            return es ? "ya existe un usuario '\(name)'" : "there is already a user '\(name)'"
        case .needsOwner(let name, let action):
            return es ? "'\(name)' es gestor: solo un propietario puede \(action.text(in: .es))"
                : "'\(name)' is a clerk: only an owner may \(action.text(in: .en))"
        }
    }
}

/// What only an owner may do (SPEC §5 "Users"), named for the refusal.
public enum OwnerOnlyAction: Hashable, Sendable {
    case changeDunningLadder
    case changeTemplates
    case manageUsers
    case importData
    case exportPersonalData
    /// Moving an account to legal, agency or written-off (and back out of them).
    case escalateStatus
    case readAuditTrail
    case restoreBackup
    case anonymisePersonalData

    func text(in language: Language) -> String {
        let es = language == .es
        switch self {
        case .changeDunningLadder: return es ? "cambiar la escalera de recordatorios" : "change the dunning ladder"
        case .changeTemplates: return es ? "cambiar las plantillas" : "change the templates"
        case .manageUsers: return es ? "añadir, listar o desactivar usuarios" : "add, list or disable users"
        case .importData: return es ? "importar datos" : "import data"
        case .exportPersonalData: return es ? "exportar datos personales" : "export personal data"
        case .escalateStatus: return es ? "pasar una cuenta a jurídico, agencia o fallida (o sacarla de ahí)"
            : "move an account to legal, agency or written-off (or out of them)"
        case .readAuditTrail: return es ? "leer el registro de auditoría" : "read the audit trail"
        case .restoreBackup: return es ? "restaurar una copia de seguridad" : "restore a backup"
        case .anonymisePersonalData: return es ? "anonimizar datos personales" : "anonymise personal data"
        }
    }
}
