import CobroDomain
import Foundation
import GRDB

/// The people who may act on a database (SPEC §5 "Users"). With no users the database is in
/// single-user mode: whoever opens it acts as owner and a `--user NAME` is recorded as given.
/// The first user added must be an owner, which turns roles on; from then on the acting user
/// must be one of the users, acting with that user's role, and only an owner manages users.
extension CobroDatabase {
    /// Adds a user, with a PIN (hashed here, outside the write: the KDF is slow on purpose) or
    /// without one (that user can then act only from their own login). `actor` must be an owner
    /// once roles are on; the first user must be an owner.
    public func addUser(name: String, role: Role, pin: String? = nil, at: Date, by actor: String? = nil) throws {
        try UserNames.check(name)
        let hash = try pin.map { pin in try PinRules.check(pin); return try PinHash.make(pin: pin) }
        try write { db in
            try Self.requireOwner(db, actor, to: .manageUsers)
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM user WHERE name = ?", arguments: [name]) == 0 else {
                throw UserError.alreadyExists(name)
            }
            if role != .owner, try Self.rolesOn(db) == false { throw UserError.firstMustBeOwner(name) }
            try db.execute(sql: "INSERT INTO user (name, role, pin_hash, pin_salt, created_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [name, role.rawValue, hash?.encoded, hash.map { Data($0.salt) }, Timestamp.iso(at)])
            var after = ["role": AuditValue(role.rawValue)]
            if hash != nil { after["pin"] = .text("set") }
            try AuditTrail.record(db, at: at, user: actor, action: "create", entity: "user", key: name, after: after)
        }
    }

    /// Disables a user, who can no longer act; their name stays on everything they did. The last
    /// active owner is never disabled: nobody could manage users after that.
    public func disableUser(name: String, at: Date, by actor: String?) throws {
        try write { db in
            try Self.requireOwner(db, actor, to: .manageUsers)
            guard let row = try Row.fetchOne(db, sql: "SELECT role, disabled FROM user WHERE name = ?", arguments: [name]) else {
                throw UserError.unknown(name)
            }
            guard !(row[1] as Bool) else { return }
            if try stored(Role.self, row[0]) == .owner,
               try Int.fetchOne(db, sql: "SELECT count(*) FROM user WHERE role = 'owner' AND disabled = 0") == 1 {
                throw UserError.lastOwner(name)
            }
            try db.execute(sql: "UPDATE user SET disabled = 1 WHERE name = ?", arguments: [name])
            try AuditTrail.record(db, at: at, user: actor, action: "update", entity: "user", key: name,
                                  before: ["disabled": .flag(false)], after: ["disabled": .flag(true)])
        }
    }

    /// Sets a user's PIN: the user themself may, or an owner. The audit trail says that it
    /// changed, never what it is.
    public func setPin(of name: String, to pin: String, at: Date, by actor: String?) throws {
        try PinRules.check(pin)
        let hash = try PinHash.make(pin: pin)
        try write { db in
            if actor != name { try Self.requireOwner(db, actor, to: .manageUsers) }
            guard let disabled = try Bool.fetchOne(db, sql: "SELECT disabled FROM user WHERE name = ?", arguments: [name]) else {
                throw UserError.unknown(name)
            }
            guard !disabled else { throw UserError.disabled(name) }
            try db.execute(sql: "UPDATE user SET pin_hash = ?, pin_salt = ? WHERE name = ?",
                           arguments: [hash.encoded, Data(hash.salt), name])
            try AuditTrail.record(db, at: at, user: actor, action: "update", entity: "user", key: name, after: ["pin": .text("changed")])
        }
    }

    /// Every user, by name.
    public func users() throws -> [UserAccount] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, role, disabled, created_at, pin_hash IS NOT NULL FROM user ORDER BY name").map { row in
                UserAccount(user: User(name: row[0], role: try stored(Role.self, row[1]), disabled: row[2]),
                            createdAt: try storedInstant(row[3]), hasPin: row[4])
            }
        }
    }

    /// Who acts, checked once before a command or the desk does anything. In single-user mode
    /// the name is taken as given. Otherwise it must be an active user; acting from one's own
    /// login needs nothing more (one indexed lookup, no KDF), acting as someone else needs
    /// that user's PIN, which `pin` is asked for only then.
    public func actingUser(named name: String, ownLogin: Bool, pin: () throws -> String) throws -> ActingUser {
        let row = try read { db in
            try Row.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM user), user.role, user.disabled, user.pin_hash, user.pin_salt
                FROM (SELECT 1) LEFT JOIN user ON user.name = ?
                """, arguments: [name])
        }
        guard let row, row[0] as Bool else { return ActingUser(name: name, role: .owner, rolesOn: false) }
        guard let roleText: String = row[1] else { throw UserError.unknown(name) }
        guard !(row[2] as Bool) else { throw UserError.disabled(name) }
        let acting = ActingUser(name: name, role: try stored(Role.self, roleText), rolesOn: true)
        if ownLogin { return acting }
        guard let encoded: Data = row[3], let salt: Data = row[4], let hash = PinHash(encoded: encoded, salt: salt) else {
            throw UserError.noPin(name)
        }
        guard try hash.matches(try pin()) else { throw UserError.wrongPin(name) }
        return acting
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
        guard try rolesOn(db) else { return .owner }
        guard let user else { throw UserError.noUserGiven }
        guard let row = try Row.fetchOne(db, sql: "SELECT role, disabled FROM user WHERE name = ?", arguments: [user]) else {
            throw UserError.unknown(user)
        }
        guard !(row[1] as Bool) else { throw UserError.disabled(user) }
        return try stored(Role.self, row[0])
    }

    private static func rolesOn(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM user)") ?? false
    }
}

/// A user as `cobro user list` shows them.
public struct UserAccount: Hashable, Sendable {
    public var user: User
    public var createdAt: Date
    /// Without a PIN the user can act only from their own login.
    public var hasPin: Bool

    public var name: String { user.name }
}

/// The person a command or the desk acts for, checked before anything is done.
public struct ActingUser: Hashable, Sendable {
    public var name: String
    public var role: Role
    /// False in single-user mode: no users yet, so everyone acts as owner under the name given.
    public var rolesOn: Bool

    public init(name: String, role: Role, rolesOn: Bool) {
        self.name = name
        self.role = role
        self.rolesOn = rolesOn
    }
}

/// Login names and the like: what `cobro user add` accepts as a user's name.
enum UserNames {
    static func check(_ name: String) throws {
        guard !name.isEmpty, name.count <= 64,
              name.unicodeScalars.allSatisfy({ !CharacterSet.whitespacesAndNewlines.contains($0) && !CharacterSet.controlCharacters.contains($0) })
        else { throw UserError.badName(name) }
    }
}

/// What a PIN must be: at least four characters (digits or anything else), at most 128.
public enum PinRules {
    public static let minimumLength = 4
    public static let maximumLength = 128

    public static func check(_ pin: String) throws {
        guard (minimumLength...maximumLength).contains(pin.count) else { throw UserError.badPin }
    }
}

/// Why a person may not act on a database that has users, or a user change is refused.
public enum UserError: Error, Hashable, Sendable, CustomStringConvertible {
    case noUserGiven
    case unknown(String)
    case disabled(String)
    case alreadyExists(String)
    case needsOwner(user: String, action: OwnerOnlyAction)
    case firstMustBeOwner(String)
    case lastOwner(String)
    case badName(String)
    case badPin
    /// The user has no PIN, so can act only from their own login.
    case noPin(String)
    case wrongPin(String)

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
        case .firstMustBeOwner(let name):
            return es ? "el primer usuario debe ser propietario (--role owner): '\(name)' no puede ser gestor mientras no haya un propietario que gestione los usuarios"
                : "the first user must be an owner (--role owner): '\(name)' cannot be a clerk while there is no owner to manage users"
        case .lastOwner(let name):
            return es ? "'\(name)' es el último propietario activo: añada otro propietario antes de desactivarlo"
                : "'\(name)' is the last active owner: add another owner before disabling them"
        case .badName(let name):
            return es ? "'\(name)' no sirve como nombre de usuario: de 1 a 64 caracteres, sin espacios (p. ej. el nombre de acceso)"
                : "'\(name)' is not a usable user name: 1 to 64 characters, no spaces (e.g. the login name)"
        case .badPin:
            return es ? "el PIN debe tener de \(PinRules.minimumLength) a \(PinRules.maximumLength) caracteres"
                : "the PIN must have \(PinRules.minimumLength) to \(PinRules.maximumLength) characters"
        case .noPin(let name):
            return es ? "'\(name)' no tiene PIN, así que solo puede actuar desde su propio acceso al sistema (un propietario le pone uno con 'cobro user pin \(name)')"
                : "'\(name)' has no PIN, so can act only from their own login (an owner sets one with 'cobro user pin \(name)')"
        case .wrongPin(let name):
            return es ? "PIN incorrecto para '\(name)': no se ha hecho nada" : "wrong PIN for '\(name)': nothing was done"
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
        case .manageUsers: return es ? "añadir, listar o desactivar usuarios, o cambiar el PIN de otro"
            : "add, list or disable users, or change another user's PIN"
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
