import CobroDomain
import CobroStore
import Foundation
import GRDB
import Testing

@Suite("Users and PINs (SPEC §5 \"Users\"): the first user is an owner, then only owners manage users; PINs are salted scrypt hashes; a disabled user cannot act; the last owner stays")
struct UserPinTests {
    let folder: TemporaryFolder
    let database: CobroDatabase
    let at = ISO8601DateFormatter().date(from: "2026-12-04T10:00:00Z")!

    init() throws {
        folder = try TemporaryFolder()
        database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
    }

    private func storedPins() throws -> [String: (hash: Data, salt: Data)] {
        try DatabaseQueue(path: database.path).read { db in
            var pins: [String: (Data, Data)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT name, pin_hash, pin_salt FROM user WHERE pin_hash IS NOT NULL") {
                pins[row[0]] = (row[1], row[2])
            }
            return pins
        }
    }

    @Test("a PIN is kept as scrypt with its cost and a salt of its own: the same PIN hashes differently for two users, and never appears in the file")
    func saltedHash() throws {
        try database.addUser(name: "marta", role: .owner, pin: "2468", at: at)
        try database.addUser(name: "ana", role: .clerk, pin: "2468", at: at, by: "marta")
        let pins = try storedPins()
        let marta = try #require(pins["marta"]), ana = try #require(pins["ana"])
        #expect(marta.salt.count == 16 && ana.salt.count == 16)
        #expect(marta.salt != ana.salt)
        #expect(marta.hash != ana.hash)
        let text = String(decoding: marta.hash, as: UTF8.self)
        #expect(text.hasPrefix("$scrypt$ln=14,r=8,p=1$"), "the cost is stored with the hash, so it can be raised later")
        #expect(!text.contains("2468"))
        let file = try Data(contentsOf: URL(fileURLWithPath: database.path))
        #expect(file.range(of: Data("2468".utf8)) == nil)
    }

    @Test("acting as another user needs their PIN: the right one gives their role, a wrong one is refused; from one's own login no PIN is asked")
    func actingWithPin() throws {
        try database.addUser(name: "marta", role: .owner, pin: "2468", at: at)
        try database.addUser(name: "ana", role: .clerk, pin: "1357", at: at, by: "marta")
        let ana = try database.actingUser(named: "ana", ownLogin: false) { "1357" }
        #expect(ana == ActingUser(name: "ana", role: .clerk, rolesOn: true))
        #expect(throws: UserError.wrongPin("ana")) { try database.actingUser(named: "ana", ownLogin: false) { "2468" } }
        #expect(throws: UserError.wrongPin("ana")) { try database.actingUser(named: "ana", ownLogin: false) { "13570" } }
        let own = try database.actingUser(named: "marta", ownLogin: true) {
            Issue.record("no PIN is asked of one's own login")
            return ""
        }
        #expect(own.role == .owner)
        #expect(throws: UserError.unknown("pepe")) { try database.actingUser(named: "pepe", ownLogin: true) { "" } }
    }

    @Test("a user without a PIN can act only from their own login")
    func withoutPin() throws {
        try database.addUser(name: "marta", role: .owner, at: at)
        #expect(try database.actingUser(named: "marta", ownLogin: true) { "" }.role == .owner)
        #expect(throws: UserError.noPin("marta")) { try database.actingUser(named: "marta", ownLogin: false) { "2468" } }
        #expect(UserError.noPin("marta").message(in: .en).contains("cobro user pin marta"))
    }

    @Test("a disabled user cannot act: not with the right PIN, not from their own login, not in a write")
    func disabledUser() throws {
        try database.addUser(name: "marta", role: .owner, pin: "2468", at: at)
        try database.addUser(name: "ana", role: .clerk, pin: "1357", at: at, by: "marta")
        try database.disableUser(name: "ana", at: at, by: "marta")
        #expect(throws: UserError.disabled("ana")) { try database.actingUser(named: "ana", ownLogin: false) { "1357" } }
        #expect(throws: UserError.disabled("ana")) { try database.actingUser(named: "ana", ownLogin: true) { "" } }
        #expect(throws: UserError.disabled("ana")) { try database.role(of: "ana") }
        #expect(try database.users().map(\.user.disabled) == [true, false])
    }

    @Test("in single-user mode anyone acts as owner under the name given, and no PIN is asked")
    func singleUserMode() throws {
        let acting = try database.actingUser(named: "whoever", ownLogin: false) {
            Issue.record("no PIN in single-user mode")
            return ""
        }
        #expect(acting == ActingUser(name: "whoever", role: .owner, rolesOn: false))
    }

    @Test("the first user must be an owner; after that only an owner adds users, and a clerk is told why")
    func firstUserAndOwnersOnly() throws {
        #expect(throws: UserError.firstMustBeOwner("ana")) { try database.addUser(name: "ana", role: .clerk, pin: "1357", at: at) }
        #expect(try database.users().isEmpty, "still single-user mode")
        try database.addUser(name: "marta", role: .owner, pin: "2468", at: at, by: "root")
        try database.addUser(name: "ana", role: .clerk, pin: "1357", at: at, by: "marta")
        #expect(throws: UserError.needsOwner(user: "ana", action: .manageUsers)) {
            try database.addUser(name: "luis", role: .clerk, pin: "9999", at: at, by: "ana")
        }
        #expect(throws: UserError.noUserGiven) { try database.addUser(name: "luis", role: .clerk, at: at) }
        #expect(throws: UserError.needsOwner(user: "ana", action: .manageUsers)) { try database.disableUser(name: "marta", at: at, by: "ana") }
        #expect(UserError.needsOwner(user: "ana", action: .manageUsers).message(in: .en)
            == "'ana' is a clerk: only an owner may add, list or disable users, or change another user's PIN")
        #expect(UserError.firstMustBeOwner("ana").message(in: .es).hasPrefix("el primer usuario debe ser propietario"))
        #expect(try database.users().map(\.name) == ["ana", "marta"])
    }

    @Test("the last active owner is never disabled; with a second owner one of them may go")
    func lastOwner() throws {
        try database.addUser(name: "marta", role: .owner, pin: "2468", at: at)
        #expect(throws: UserError.lastOwner("marta")) { try database.disableUser(name: "marta", at: at, by: "marta") }
        try database.addUser(name: "olga", role: .owner, pin: "8642", at: at, by: "marta")
        try database.disableUser(name: "marta", at: at, by: "olga")
        #expect(throws: UserError.lastOwner("olga")) { try database.disableUser(name: "olga", at: at, by: "olga") }
        #expect(throws: UserError.unknown("pepe")) { try database.disableUser(name: "pepe", at: at, by: "olga") }
    }

    @Test("PINs have at least 4 characters; a user changes their own PIN, an owner anyone's, a clerk nobody else's")
    func changingPins() throws {
        #expect(throws: UserError.badPin) { try database.addUser(name: "marta", role: .owner, pin: "123", at: at) }
        try database.addUser(name: "marta", role: .owner, pin: "2468", at: at)
        try database.addUser(name: "ana", role: .clerk, pin: "1357", at: at, by: "marta")
        try database.addUser(name: "luis", role: .clerk, at: at, by: "marta")
        try database.setPin(of: "ana", to: "abcd", at: at, by: "ana")
        #expect(try database.actingUser(named: "ana", ownLogin: false) { "abcd" }.name == "ana")
        #expect(throws: UserError.wrongPin("ana")) { try database.actingUser(named: "ana", ownLogin: false) { "1357" } }
        #expect(throws: UserError.needsOwner(user: "ana", action: .manageUsers)) { try database.setPin(of: "luis", to: "0000", at: at, by: "ana") }
        try database.setPin(of: "luis", to: "0000", at: at, by: "marta")
        #expect(try database.users().map(\.hasPin) == [true, true, true])
        #expect(throws: UserError.badPin) { try database.setPin(of: "ana", to: "12", at: at, by: "ana") }
    }

    @Test("every user change is in the audit trail, without the PIN or its hash")
    func audited() throws {
        try database.addUser(name: "marta", role: .owner, pin: "2468", at: at, by: "root")
        try database.addUser(name: "ana", role: .clerk, pin: "1357", at: at, by: "marta")
        try database.setPin(of: "ana", to: "9753", at: at, by: "ana")
        try database.disableUser(name: "ana", at: at, by: "marta")
        let entries = try DatabaseQueue(path: database.path).read { db in
            try Row.fetchAll(db, sql: "SELECT user_name, action, entity_key, before_json, after_json FROM audit_trail WHERE entity = 'user' ORDER BY id")
        }
        #expect(entries.map { "\($0[0] as String? ?? "-") \($0[1] as String) \($0[2] as String)" }
            == ["root create marta", "marta create ana", "ana update ana", "marta update ana"])
        #expect((entries[1][4] as String).contains(#""role":"clerk""#))
        #expect((entries[3][4] as String).contains(#""disabled":true"#))
        for entry in entries {
            let text = (entry[3] as String? ?? "") + (entry[4] as String? ?? "")
            #expect(!text.contains("1357") && !text.contains("9753") && !text.contains("scrypt"))
        }
    }
}
