import CobroDomain
import CobroStore
import Foundation

/// Checks who acts, once, before a command or the desk does anything (SPEC §5 "Users"): in
/// single-user mode the name is recorded as given; with roles on it is the login name, or
/// `--user NAME`, which then needs NAME's PIN. An unknown or disabled user, or a missing or
/// wrong PIN, is one line on stderr and exit 1, with nothing done.
enum ActingUserCheck {
    static func resolve(_ settings: inout DeskSettings, userOption: String?, database: CobroDatabase) throws {
        let login = settings.loginName
        let acting: ActingUser
        do {
            guard let name = userOption ?? login else {
                _ = try database.role(of: nil)  // single-user mode needs no name; with users, this refuses
                return
            }
            acting = try database.actingUser(named: name, ownLogin: name == login) {
                try PinPrompt(language: settings.language).pin(of: name)
            }
        } catch let refusal as UserError {
            throw Failure("cobro: \(refusal.message(in: settings.language))")
        }
        guard acting.rolesOn else { return }
        settings.user = acting.name
        settings.role = acting.role
    }

    /// The name of the account this process runs as, from the password database: with roles
    /// on, acting without a PIN rests on it, so `$USER` (which anyone can set) is only the
    /// fallback for an account the database does not know.
    static func loginName(environment: [String: String]) -> String? {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? environment["LOGNAME"]
    }
}
