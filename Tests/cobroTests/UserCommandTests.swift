import Foundation
import Testing

@Suite("cobro user and roles (SPEC §5 \"Users\"): single-user mode until the first owner; then the login name, or --user with a PIN; clerks refused owner work with the reason")
struct UserCommandTests {
    let home: String
    let db: String
    /// The account these tests run as: with roles on, acting as it needs no PIN.
    let login: String

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-user-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        db = "\(home)/cobro.sqlite"
        login = String(cString: getpwuid(getuid())!.pointee.pw_name)
        try Data("code,name,email\nC001,Óptica Ñandú,compras@nandu.example\n".utf8).write(to: URL(fileURLWithPath: "\(home)/c.csv"))
        let imported = try CobroProcess.run(["import", "customers", "\(home)/c.csv", "--db", db], home: home)
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    private func cobro(_ arguments: [String], pin: String? = nil, newPin: String? = nil) throws -> CobroProcess.Result {
        var environment: [String: String] = [:]
        environment["COBRO_PIN"] = pin
        environment["COBRO_NEW_PIN"] = newPin
        return try CobroProcess.run(arguments + ["--db", db], home: home, environment: environment)
    }

    /// Roles on: this login is the owner (PIN 2468); ana is a clerk (PIN 1357).
    private func withOwnerAndClerk() throws {
        let owner = try cobro(["user", "add", login, "--role", "owner"], newPin: "2468")
        #expect(owner.status == 0, "\(owner.stderr)")
        let clerk = try cobro(["user", "add", "ana", "--role", "clerk"], newPin: "1357")
        #expect(clerk.status == 0, "\(clerk.stderr)")
    }

    private let call = ["log", "--customer", "C001", "--channel", "call", "--outcome", "no_answer", "--at", "2026-12-04T10:00:00Z"]

    @Test("a new database is in single-user mode: --user is recorded as given, no PIN is asked, and anyone may import and export")
    func singleUserMode() throws {
        let logged = try cobro(call + ["--user", "whoever"])
        #expect(logged.status == 0, "\(logged.stderr)")
        let contacts = try cobro(["export", "contacts", "-", "--as-of", "2026-12-04"])
        #expect(contacts.status == 0 && contacts.stdout.contains("whoever"))
        let list = try cobro(["user", "list"])
        #expect(list.status == 0 && list.stdout.contains("single-user mode"))
    }

    @Test("the first user must be an owner; user add takes the PIN from COBRO_NEW_PIN and lists name, role, disabled, created")
    func firstOwner() throws {
        let clerkFirst = try cobro(["user", "add", "ana", "--role", "clerk"], newPin: "1357")
        #expect(clerkFirst.status == 1)
        #expect(clerkFirst.stderr.contains("the first user must be an owner"), "\(clerkFirst.stderr)")
        let noPin = try cobro(["user", "add", login, "--role", "owner"])
        #expect(noPin.status == 1 && noPin.stderr.contains("COBRO_NEW_PIN"), "\(noPin.stderr)")
        let short = try cobro(["user", "add", login, "--role", "owner"], newPin: "12")
        #expect(short.status == 1 && short.stderr.contains("4 to 128 characters"), "\(short.stderr)")

        try withOwnerAndClerk()
        let list = try cobro(["user", "list", "--format", "json"])
        #expect(list.status == 0, "\(list.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as! [String: Any]
        let users = json["users"] as! [[String: Any]]
        let ana = try #require(users.first { $0["name"] as? String == "ana" })
        #expect(ana["role"] as? String == "clerk" && ana["disabled"] as? Bool == false && ana["pin"] as? Bool == true)
        #expect((ana["created"] as? String)?.hasPrefix("20") == true)
        #expect(users.contains { $0["name"] as? String == login && $0["role"] as? String == "owner" })
        #expect(!list.stdout.contains("1357") && !list.stdout.contains("scrypt"))
    }

    @Test("a clerk is refused import, export customers and user add with exit 1 and the reason; aging exports are fine")
    func clerkRefused() throws {
        try withOwnerAndClerk()
        let importing = try cobro(["import", "customers", "\(home)/c.csv", "--user", "ana"], pin: "1357")
        #expect(importing.status == 1 && importing.stdout.isEmpty)
        #expect(importing.stderr == "cobro: 'ana' is a clerk: only an owner may import data\n")
        let exporting = try cobro(["export", "customers", "\(home)/out.csv", "--user", "ana"], pin: "1357")
        #expect(exporting.status == 1 && exporting.stderr.contains("only an owner may export personal data"))
        #expect(!FileManager.default.fileExists(atPath: "\(home)/out.csv"))
        let adding = try cobro(["user", "add", "luis", "--role", "clerk", "--user", "ana", "--lang", "es"], pin: "1357", newPin: "9999")
        #expect(adding.status == 1 && adding.stderr.contains("'ana' es gestor: solo un propietario puede añadir"), "\(adding.stderr)")
        let listing = try cobro(["user", "list", "--user", "ana"], pin: "1357")
        #expect(listing.status == 1)
        let aging = try cobro(["export", "aging", "-", "--user", "ana"], pin: "1357")
        #expect(aging.status == 0, "\(aging.stderr)")
        let owner = try cobro(["import", "customers", "\(home)/c.csv"])
        #expect(owner.status == 0, "the owner's own login needs no PIN: \(owner.stderr)")
    }

    @Test("a clerk's log --user ana with COBRO_PIN is recorded as ana; a wrong or missing PIN, or an unknown user, does nothing")
    func actingWithPin() throws {
        try withOwnerAndClerk()
        let logged = try cobro(call + ["--user", "ana"], pin: "1357")
        #expect(logged.status == 0, "\(logged.stderr)")
        let wrong = try cobro(call + ["--user", "ana"], pin: "2468")
        #expect(wrong.status == 1 && wrong.stdout.isEmpty)
        #expect(wrong.stderr == "cobro: wrong PIN for 'ana': nothing was done\n")
        let missing = try cobro(call + ["--user", "ana"])
        #expect(missing.status == 1 && missing.stderr.contains("COBRO_PIN"))
        let unknown = try cobro(call + ["--user", "pepe"], pin: "1357")
        #expect(unknown.status == 1 && unknown.stderr.contains("'pepe' is not a user"))
        let contacts = try cobro(["export", "contacts", "-", "--as-of", "2026-12-04"])
        #expect(contacts.stdout.split(separator: "\n").count == 2, "one contact: the one with the right PIN")
        #expect(contacts.stdout.contains(",ana,"))
    }

    @Test("a disabled user is refused, PIN or not; the last owner cannot be disabled; a user changes their own PIN")
    func disabledAndPins() throws {
        try withOwnerAndClerk()
        let lastOwner = try cobro(["user", "disable", login])
        #expect(lastOwner.status == 1 && lastOwner.stderr.contains("last active owner"), "\(lastOwner.stderr)")
        let changed = try cobro(["user", "pin", "ana", "--user", "ana"], pin: "1357", newPin: "7531")
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(try cobro(call + ["--user", "ana"], pin: "1357").status == 1)
        #expect(try cobro(call + ["--user", "ana"], pin: "7531").status == 0)

        let disabled = try cobro(["user", "disable", "ana"])
        #expect(disabled.status == 0, "\(disabled.stderr)")
        let refused = try cobro(call + ["--user", "ana"], pin: "7531")
        #expect(refused.status == 1 && refused.stderr == "cobro: the user 'ana' is disabled\n")
        let list = try cobro(["user", "list"])
        #expect(list.stdout.contains("disabled"))
    }
}
