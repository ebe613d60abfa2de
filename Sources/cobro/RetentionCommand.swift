import ArgumentParser
import CobroDomain
import CobroStore
import Foundation

struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "List customers past the records-retention period and, for the owner, anonymise them.",
        discussion: """
            Lists customers with invoices whose every balance is settled (nothing open in any currency as of \
            --as-of) and whose last activity — an invoice's issue or due date, a payment, a contact, a \
            promise, an agreement or installment date — is more than --years before --as-of (default 6, the \
            Spanish period for commercial records). With --anonymise (owner only) their personal data goes: \
            the name becomes "Anonimizado CODE" / "Anonymised CODE"; tax id, phone, e-mail, notes, contact \
            people's names, phones and e-mails, contact-log notes, reminder texts and agreement reasons are \
            removed, and those values in their audit-trail entries read "(anonymised)". Codes, invoices, \
            payments, dates and amounts stay, so every report's figures are unchanged.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Years of inactivity after which records may go.", valueName: "n"))
    var years: Int = RetentionPeriod.defaultYears

    @Option(name: .long, help: ArgumentHelp("The day to count from (YYYY-MM-DD). Default: today.", valueName: "date"))
    var asOf: CivilDate?

    @Flag(name: [.customLong("anonymise"), .customLong("anonymize")], help: "Anonymise the customers listed (owner only).")
    var anonymise = false

    @Option(name: .long, help: ArgumentHelp("table for people, json for programs.", valueName: "table|json"))
    var format: RetentionFormat = .table

    @OptionGroup var options: DeskOptions

    func validate() throws {
        guard years >= 1 else { throw ValidationError("--years must be 1 or more") }
    }

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            let period = RetentionPeriod(asOf: asOf ?? settings.today, years: years)
            let result = try fileFailures(in: settings.language) { () -> RetentionResult in
                let done = anonymise
                    ? try database.anonymise(period, user: settings.user, at: Date(), language: settings.language) : nil
                return RetentionResult(period: period, candidates: try database.retentionCandidates(period), anonymised: done)
            }
            switch format {
            case .table: print(RetentionTable(result: result, language: settings.language).text, terminator: "")
            case .json: print(result.json)
            }
        }
    }
}

enum RetentionFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// The list, and what `--anonymise` did to it.
struct RetentionResult {
    let period: RetentionPeriod
    let candidates: [RetentionCandidate]
    let anonymised: AnonymisationSummary?

    /// `{"as_of", "years", "cutoff", "customers": [{"code", "name", "last_activity", "anonymised_at"}], "anonymised": [codes]}`.
    var json: String {
        let customers: [[String: Any]] = candidates.map { candidate in
            ["code": candidate.code, "name": candidate.name, "last_activity": candidate.lastActivity.iso,
             "anonymised_at": candidate.anonymisedAt.map { $0.formatted(.iso8601) } ?? NSNull()]
        }
        let object: [String: Any] = ["as_of": period.asOf.iso, "years": period.years, "cutoff": period.cutoff.iso,
                                     "customers": customers, "anonymised": anonymised?.customers ?? []]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
