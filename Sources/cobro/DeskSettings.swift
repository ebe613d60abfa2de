import CobroDomain
import CobroStore
import Foundation
import Yams

/// Where the database is, whose desk it is, its time zone and language: from the command line,
/// then the environment, then `$XDG_CONFIG_HOME/cobro/config.yaml`, then the system.
struct DeskSettings {
    var databasePath: String
    /// Who acts: recorded as given in single-user mode; with roles on, the checked user (`ActingUserCheck`).
    var user: String?
    /// The account this process runs as (`ActingUserCheck.loginName`).
    var loginName: String?
    /// The acting user's role once checked: everyone is an owner in single-user mode.
    var role: Role = .owner
    var language: Language
    var timeZone: TimeZone
    /// The colour theme the config file names, if any (`--theme` overrides it).
    var themeName: String?
    /// Rates that put other currencies on one scale (euros), for ranking the call queue only:
    /// rough defaults, which the config's `rates` replace currency by currency.
    var conversionRates: [Currency: Double] = DeskSettings.defaultRankingRates
    /// The contact rules: the SPEC's defaults, or the config's `contact_rules`.
    var policy: ContactPolicy = .standard
    /// Agreements whose last installment falls later than this many months after the agreement
    /// date need an owner to activate them (config `agreement_owner_months`).
    var agreementMonthLimit = AgreementApproval.defaultMonthLimit
    /// How e-mail reminders leave: the config's `mail:` (sender default: the company's address, else `$USER@host`).
    var mail = MailSettings(command: nil, from: MailAddress(address: "cobro@localhost")!)
    /// Whom reminders come from: the config's `company:`.
    var company = CompanyDetails()
    /// The ladder config.yaml sets (`dunning: stages:`), which the desk shows read-only; nil:
    /// the owner's saved one, else the SPEC's.
    var configuredLadder: DunningPolicy?
    /// Statutory late-payment interest and compensation, with the config's `dunning:` changes.
    var latePayment: LatePaymentRules = .spain

    static let defaultRankingRates: [Currency: Double] = [
        .EUR: 1, .USD: 0.9, .GBP: 1.15, .MXN: 0.05, .COP: 0.00022, .ARS: 0.001, .CLP: 0.001, .JPY: 0.006,
    ]

    /// "Today" in the desk's time zone: the default of every `--as-of`, `--date` and `--today`.
    var today: CivilDate { CivilDate.today(in: timeZone) }

    static func resolve(
        databaseOption: String?, userOption: String?, languageOption: Language?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> DeskSettings {
        let config = try ConfigFile.load(environment: environment)
        let home = environment["HOME"] ?? NSHomeDirectory()
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.local/share"
        let databasePath = databaseOption ?? environment["COBRO_DB"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "\(dataHome)/cobro/cobro.sqlite"

        let localeLanguage = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }
            .first { !$0.isEmpty }.flatMap(Language.init(localeIdentifier:))
        let language = languageOption ?? config.language ?? localeLanguage ?? .en

        let timeZone = config.timeZone ?? environment["TZ"].flatMap(zone(fromTZ:)) ?? TimeZone.current
        let loginName = ActingUserCheck.loginName(environment: environment)
        let user = userOption ?? environment["USER"] ?? environment["LOGNAME"] ?? loginName
        return DeskSettings(databasePath: databasePath, user: user, loginName: loginName, language: language, timeZone: timeZone,
                            themeName: config.themeName,
                            conversionRates: defaultRankingRates.merging(config.conversionRates) { $1 },
                            policy: config.policy, agreementMonthLimit: config.agreementMonthLimit,
                            mail: MailSettings(command: config.mailCommand, from: config.mailFrom ?? defaultSender(user: user, company: config.company)),
                            company: config.company, configuredLadder: config.dunningPolicy, latePayment: config.latePayment)
    }

    /// Without `mail: from:`, the company's name and address, else the user at this host, the
    /// sender sendmail itself would use.
    private static func defaultSender(user: String?, company: CompanyDetails) -> MailAddress {
        company.email.flatMap { MailAddress(name: company.name, address: $0) }
            ?? MailAddress(name: company.name, address: "\(user ?? "cobro")@\(ProcessInfo.processInfo.hostName)")
            ?? MailAddress(name: company.name, address: "cobro@localhost")!
    }

    /// `$TZ` as `Europe/Madrid` or `:Europe/Madrid`; a zone Foundation does not know is ignored.
    private static func zone(fromTZ value: String) -> TimeZone? {
        let name = value.hasPrefix(":") ? String(value.dropFirst()) : value
        return TimeZone(identifier: name)
    }
}

/// `config.yaml`: `timezone: Europe/Madrid`, `language: es`, `theme: dark`, `rates`, `contact_rules`, `mail`, `company`,
/// `dunning`. A missing file means
/// defaults; a broken one is an error naming the file and line.
struct ConfigFile {
    var timeZone: TimeZone?
    var language: Language?
    var themeName: String?
    var conversionRates: [Currency: Double] = [:]
    var policy: ContactPolicy = .standard
    var agreementMonthLimit = AgreementApproval.defaultMonthLimit
    var mailCommand: String?
    var mailFrom: MailAddress?
    var company = CompanyDetails()
    var dunningPolicy: DunningPolicy?
    var latePayment: LatePaymentRules = .spain

    static func load(environment: [String: String]) throws -> ConfigFile {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.config"
        let path = "\(configHome)/cobro/config.yaml"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return ConfigFile() }

        let document: Any?
        do {
            document = try Yams.load(yaml: text)
        } catch {
            throw Failure("cobro: \(path): \(error)")
        }
        guard let values = document as? [String: Any] else {
            if document == nil { return ConfigFile() }
            throw Failure("cobro: \(path): expected settings as 'key: value' lines")
        }
        var config = ConfigFile()
        if let zone = values["timezone"] {
            guard let name = zone as? String, let timeZone = TimeZone(identifier: name) else {
                throw Failure("cobro: \(path):\(line(of: "timezone", in: text)): timezone '\(zone)' is not an IANA time zone (e.g. Europe/Madrid)")
            }
            config.timeZone = timeZone
        }
        if let language = values["language"] {
            guard let code = language as? String, let value = Language(rawValue: code) else {
                throw Failure("cobro: \(path):\(line(of: "language", in: text)): language '\(language)' must be es or en")
            }
            config.language = value
        }
        if let theme = values["theme"] {
            guard let name = theme as? String, !name.isEmpty else {
                throw Failure("cobro: \(path):\(line(of: "theme", in: text)): theme must be a theme name (default, dark, high-contrast, mono)")
            }
            config.themeName = name
        }
        if let rates = values["rates"] {
            guard let table = rates as? [String: Any] else {
                throw Failure("cobro: \(path):\(line(of: "rates", in: text)): rates must map currency codes to numbers (rates: {USD: 0.92})")
            }
            for (code, value) in table {
                guard let currency = Currency(code: code), let rate = (value as? Double) ?? (value as? Int).map(Double.init), rate > 0 else {
                    throw Failure("cobro: \(path):\(line(of: "rates", in: text)): rate '\(code): \(value)' must be an ISO currency code and a number > 0")
                }
                config.conversionRates[currency] = rate
            }
        }
        if let months = values["agreement_owner_months"] {
            guard let number = months as? Int, (1...120).contains(number) else {
                throw Failure("cobro: \(path):\(line(of: "agreement_owner_months", in: text)): agreement_owner_months must be a whole number of months from 1 to 120, not '\(months)'")
            }
            config.agreementMonthLimit = number
        }
        if let mail = values[ReminderConfig.mailKey] {
            (config.mailCommand, config.mailFrom) = try ReminderConfig.mail(from: mail) { message in
                Failure("cobro: \(path):\(line(of: ReminderConfig.mailKey, in: text)): \(message)")
            }
        }
        if let company = values[ReminderConfig.companyKey] {
            config.company = try ReminderConfig.company(from: company) { message in
                Failure("cobro: \(path):\(line(of: ReminderConfig.companyKey, in: text)): \(message)")
            }
        }
        if let dunning = values[DunningConfig.key] {
            (config.dunningPolicy, config.latePayment) = try DunningConfig.read(dunning) { message in
                Failure("cobro: \(path):\(line(of: DunningConfig.key, in: text)): \(message)")
            }
        }
        if let rules = values[ContactRulesConfig.key] {
            config.policy = try ContactRulesConfig.policy(from: rules) { message in
                Failure("cobro: \(path):\(line(of: ContactRulesConfig.key, in: text)): \(message)")
            }
        }
        return config
    }

    /// The 1-based line where `key:` is set, so a wrong value is reported where it stands.
    private static func line(of key: String, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\(key):") } ?? 0) + 1
    }
}
