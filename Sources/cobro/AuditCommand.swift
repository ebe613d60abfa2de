import ArgumentParser
import CobroDomain
import CobroStore
import Foundation

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The audit trail: who changed what and when, with the values before and after, newest first.",
        discussion: """
            Every change to customers, invoices, payments, contacts and promises, agreements, templates, the
            dunning ladder and users is recorded in the same transaction as the change; imports write one entry
            per file. The trail is append-only: nothing edits or deletes it. Once users exist, only an owner may
            read it.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Only this customer's entries: its own changes and those of its invoices, contacts, promises and agreements.",
                                            valueName: "code"))
    var customer: String?

    @Option(name: .long, help: ArgumentHelp("Only entries from this day (YYYY-MM-DD, from its start in the desk's time zone) or instant (ISO 8601 with offset) on.",
                                            valueName: "date|timestamp"))
    var since: SinceArgument?

    @Option(name: .long, help: ArgumentHelp("table for people, json for programs.", valueName: "table|json"))
    var format: ReportFormat = .table

    @OptionGroup var options: DeskOptions

    func validate() throws {
        guard format != .csv else { throw ValidationError("--format is table or json") }
    }

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            try database.requireOwner(settings.user, to: .readAuditTrail)
            let filter = AuditTrailFilter(customer: customer, since: since?.instant(in: settings.timeZone))
            let entries = try database.auditTrail(filter)
            switch format {
            case .json: print(try AuditJSON.text(entries))
            default: print(AuditTable(entries: entries, language: settings.language, timeZone: settings.timeZone).text, terminator: "")
            }
        }
    }
}

/// `--since`: a day (from its start in the desk's zone) or an instant with its offset.
enum SinceArgument: ExpressibleByArgument {
    case day(CivilDate)
    case instant(Date)

    init?(argument: String) {
        if let day = CivilDate(iso: argument) {
            self = .day(day)
        } else if let instant = InstantArgument(argument: argument) {
            self = .instant(instant.date)
        } else {
            return nil
        }
    }

    func instant(in timeZone: TimeZone) -> Date {
        switch self {
        case .instant(let date): return date
        case .day(let day):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
        }
    }
}
