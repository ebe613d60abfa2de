import CobroDomain
import CobroStore
import Foundation

/// The config file's `mail:` and `company:` sections: how reminders leave the desk and whom they
/// come from.
///
/// ```yaml
/// mail:
///   command: msmtp -t                      # sendmail-compatible; without it e-mail goes to the outbox as .eml
///   from: Cobranza <cobros@example.com>    # default: $USER@host, as sendmail would
/// company:
///   name: Suministros López SL
///   phone: +34 910 000 000
///   email: cobros@example.com
///   payment_methods:                       # one list, or one per language {es: […], en: […]}
///     - "Transferencia: ES91 2100 0418 4502 0005 1332"
/// ```
enum ReminderConfig {
    static let mailKey = "mail"
    static let companyKey = "company"

    static func mail(from values: Any, fail: (String) -> Failure) throws -> (command: String?, from: MailAddress?) {
        let table = try section(values, mailKey, example: "command: msmtp -t", fail: fail)
        try refuseUnknown(table, mailKey, known: ["command", "from"], fail: fail)
        let command = try text(table["command"], "\(mailKey): command", fail: fail)
        var from: MailAddress?
        if let value = try text(table["from"], "\(mailKey): from", fail: fail) {
            guard let address = MailAddress(parsing: value) else {
                throw fail("\(mailKey): from '\(value)' must be an address such as 'Cobranza <cobros@example.com>'")
            }
            from = address
        }
        return (command, from)
    }

    static func company(from values: Any, fail: (String) -> Failure) throws -> CompanyDetails {
        let table = try section(values, companyKey, example: "name: Suministros López SL", fail: fail)
        try refuseUnknown(table, companyKey, known: ["name", "phone", "email", "payment_methods"], fail: fail)
        var company = CompanyDetails(name: try text(table["name"], "\(companyKey): name", fail: fail),
                                     phone: try text(table["phone"], "\(companyKey): phone", fail: fail),
                                     email: try text(table["email"], "\(companyKey): email", fail: fail))
        switch table["payment_methods"] {
        case nil:
            break
        case let lines as [Any]:
            let methods = try lines.map { try line($0, fail: fail) }
            company.paymentMethods = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, methods) })
        case let byLanguage as [String: Any]:
            for (code, lines) in byLanguage {
                guard let language = Language(rawValue: code), let lines = lines as? [Any] else {
                    throw fail("\(companyKey): payment_methods per language must be es: [...] and en: [...], not '\(code)'")
                }
                company.paymentMethods[language] = try lines.map { try line($0, fail: fail) }
            }
        default:
            throw fail("\(companyKey): payment_methods must be a list of lines, or one list per language (es:, en:)")
        }
        return company
    }

    private static func section(_ values: Any, _ key: String, example: String, fail: (String) -> Failure) throws -> [String: Any] {
        guard let table = values as? [String: Any] else { throw fail("\(key) must be a section of 'name: value' lines (e.g. \(example))") }
        return table
    }

    private static func refuseUnknown(_ table: [String: Any], _ key: String, known: [String], fail: (String) -> Failure) throws {
        if let unknown = table.keys.sorted().first(where: { !known.contains($0) }) {
            throw fail("\(key): unknown setting '\(unknown)' (known: \(known.joined(separator: ", ")))")
        }
    }

    private static func text(_ value: Any?, _ name: String, fail: (String) -> Failure) throws -> String? {
        guard let value else { return nil }
        guard let text = value as? String, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw fail("\(name) must be text, not '\(value)'")
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static func line(_ value: Any, fail: (String) -> Failure) throws -> String {
        guard let text = value as? String, !text.contains("\n") else {
            throw fail("\(companyKey): each payment method is one line of text, not '\(value)'")
        }
        return text
    }
}
