import CobroDomain
import CobroStore
import Foundation
import Yams

/// The config file's sections the dunning run reads, each optional:
///
/// ```yaml
/// dunning:
///   stages:                      # replaces the SPEC's ladder as a whole
///     - {name: courtesy, days: -3, channels: [email]}
///     - {name: final, days: 45, channels: [email, letter], late_payment: true}
///   interest_rates: {2026-H2: 10.15}   # % a year by half-year, added to (or correcting) the shipped table
///   interest_currencies: [EUR]
///   compensation: {EUR: 40.00}         # per invoice, by currency
/// company: {name: Cobros SL, phone: "+34 900 000 000", email: cobros@example.com,
///           payment_methods: {es: ["Transferencia: ES91 …"], en: ["Bank transfer: ES91 …"]}}
/// mail: {command: "msmtp -t", from: "Cobros SL <cobros@example.com>"}
/// ```
struct RemindConfig {
    var policy: DunningPolicy = .standard
    var latePayment: LatePaymentRules = .spain
    var company = CompanyDetails()
    var mailCommand: String?
    var mailFrom: MailAddress?

    static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> RemindConfig {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.config"
        let path = "\(configHome)/cobro/config.yaml"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let values = (try? Yams.load(yaml: text)) as? [String: Any] else {
            // A missing file means defaults; a broken one has already been reported by the desk settings.
            return RemindConfig()
        }
        var config = RemindConfig()
        func fail(_ section: String, _ message: String) -> Failure { Failure("cobro: \(path): \(section): \(message)") }
        if let dunning = values["dunning"] {
            guard let table = dunning as? [String: Any] else { throw fail("dunning", "must be a section of 'name: value' lines") }
            try config.readDunning(table) { fail("dunning", $0) }
        }
        if let company = values["company"] {
            guard let table = company as? [String: Any] else { throw fail("company", "must be a section (name:, phone:, email:, payment_methods:)") }
            config.company = CompanyDetails(
                name: table["name"].map { "\($0)" }, phone: table["phone"].map { "\($0)" }, email: table["email"].map { "\($0)" },
                paymentMethods: try paymentMethods(table["payment_methods"]) { fail("company", $0) })
        }
        if let mail = values["mail"] {
            guard let table = mail as? [String: Any] else { throw fail("mail", "must be a section (command:, from:)") }
            config.mailCommand = table["command"].map { "\($0)" }
            if let from = table["from"] {
                guard let address = MailAddress(parsing: "\(from)") else { throw fail("mail", "from '\(from)' is not an e-mail address") }
                config.mailFrom = address
            }
        }
        return config
    }

    /// Who the e-mail is from: `mail: from:`, else the company's name and address, else the
    /// user at this host, as sendmail itself would put it (a message needs a From).
    func sender(user: String?) -> MailAddress {
        let host = ProcessInfo.processInfo.hostName
        return mailFrom ?? company.email.flatMap { MailAddress(name: company.name, address: $0) }
            ?? MailAddress(name: company.name, address: "\(user ?? "cobro")@\(host)")
            ?? MailAddress(name: company.name, address: "cobro@localhost.localdomain")!
    }

    private mutating func readDunning(_ table: [String: Any], fail: (String) -> Failure) throws {
        let known = ["stages", "interest_rates", "interest_currencies", "compensation"]
        if let unknown = table.keys.sorted().first(where: { !known.contains($0) }) {
            throw fail("unknown setting '\(unknown)' (known: \(known.joined(separator: ", ")))")
        }
        if let stages = table["stages"] {
            guard let list = stages as? [[String: Any]] else { throw fail("stages must be a list of {name:, days:, channels:}") }
            do {
                policy = try DunningPolicy(stages: try list.map { try RemindConfig.stage($0, fail: fail) })
            } catch let error as DunningPolicyError {
                throw fail(error.description)
            }
        }
        if let rates = table["interest_rates"] {
            guard let map = rates as? [String: Any] else { throw fail("interest_rates must map half-years to % a year ({2026-H2: 10.15})") }
            for (period, value) in map {
                guard let halfYear = HalfYear(period), let basisPoints = RemindConfig.basisPoints("\(value)") else {
                    throw fail("interest rate '\(period): \(value)' must be a half-year like 2026-H2 and a percentage like 10.15")
                }
                latePayment.rates.entries[halfYear] = .init(basisPoints: basisPoints, source: "config.yaml")
            }
        }
        if let currencies = table["interest_currencies"] {
            guard let codes = currencies as? [String], codes.allSatisfy({ Currency(code: $0) != nil }) else {
                throw fail("interest_currencies must be a list of currency codes ([EUR])")
            }
            latePayment.interestCurrencies = Set(codes.compactMap(Currency.init(code:)))
        }
        if let compensation = table["compensation"] {
            guard let map = compensation as? [String: Any] else { throw fail("compensation must map currency codes to amounts ({EUR: 40.00})") }
            latePayment.compensation = [:]
            for (code, value) in map {
                guard let currency = Currency(code: code), let amount = try? Money.parse("\(value)", currency: currency), amount.minorUnits >= 0 else {
                    throw fail("compensation '\(code): \(value)' must be a currency code and an amount")
                }
                latePayment.compensation[currency] = amount.minorUnits
            }
        }
    }

    private static func stage(_ values: [String: Any], fail: (String) -> Failure) throws -> DunningStage {
        let channels = values["channels"] as? [String] ?? []
        let parsed = channels.compactMap(ContactChannel.init(rawValue:))
        guard let name = values["name"] as? String, let days = values["days"] as? Int, !channels.isEmpty, parsed.count == channels.count else {
            throw fail("a stage needs name:, days: (a whole number) and channels: (email, letter, sms), not \(values)")
        }
        return DunningStage(name: name, days: days, channels: parsed, claimsLatePayment: values["late_payment"] as? Bool ?? false)
    }

    /// `10.15` → 1015; at most two decimals.
    static func basisPoints(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), whole >= 0, whole < 100 else { return nil }
        guard parts.count == 2 else { return whole * 100 }
        guard (1...2).contains(parts[1].count), parts[1].allSatisfy(\.isNumber), let fraction = Int(parts[1]) else { return nil }
        return whole * 100 + (parts[1].count == 1 ? fraction * 10 : fraction)
    }

    private static func paymentMethods(_ value: Any?, fail: (String) -> Failure) throws -> [Language: [String]] {
        guard let value else { return [:] }
        guard let map = value as? [String: Any] else { throw fail("payment_methods must map es and en to lists of lines") }
        var methods: [Language: [String]] = [:]
        for (code, lines) in map {
            guard let language = Language(rawValue: code), let list = lines as? [Any] else {
                throw fail("payment_methods: '\(code)' must be es or en with a list of lines")
            }
            methods[language] = list.map { "\($0)" }
        }
        return methods
    }
}
