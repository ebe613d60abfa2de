import ArgumentParser
import CobroDomain
import CobroStore
import CobroTerminal
import Foundation

struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "The call queue as the desk shows it: whom to call now, in which order, and why.",
        discussion: """
            Tiers: callback (a requested callback is due), broken_promise, promise_due (a promise falls due
            today), priority (by overdue amount and age). Only customers inside their calling hours, in their
            own time zone, and within the contact limits are listed; accounts another clerk holds are left out.
            """,
        subcommands: [QueueListCommand.self, QueueNextCommand.self],
        defaultSubcommand: QueueListCommand.self
    )
}

/// What both queue commands share: the instant and how the queue is built.
struct QueueOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The instant (ISO 8601 with offset). Default: now.", valueName: "timestamp"))
    var at: InstantArgument?

    var instant: Date { at?.date ?? Date() }
}

struct QueueListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Print the call queue (the default).")

    @OptionGroup var queue: QueueOptions

    @Option(name: .long, help: ArgumentHelp("table for people, json for programs.", valueName: "table|json"))
    var format: ReportFormat = .table

    @OptionGroup var options: DeskOptions

    func validate() throws {
        guard format != .csv else { throw ValidationError("--format is table or json") }
    }

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            let instant = queue.instant
            let entries = try database.callQueue(at: instant, deskTimeZone: settings.timeZone, policy: settings.policy,
                                                 conversionRates: settings.conversionRates, user: settings.user)
            switch format {
            case .json:
                var json = JSONText()
                json.object { json in
                    json.member("at") { $0.string(InstantArgument.text(instant)) }
                    json.member("entries") { $0.array(entries) { json, entry in QueueJSON.write(entry, into: &json) } }
                }
                print(json.text)
            default:
                print(QueueTable(entries: entries, language: settings.language).text, terminator: "")
            }
        }
    }
}

struct QueueNextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "Claim the next account for a clerk and print it as JSON; exit 3 when none is left.",
        discussion: "The claim lasts 15 minutes, or until a contact is logged for the account. Two clerks never get the same account."
    )

    @OptionGroup var queue: QueueOptions
    @OptionGroup var options: DeskOptions

    func validate() throws {
        guard options.user != nil else { throw ValidationError("queue next needs --user NAME (the clerk taking the account)") }
    }

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            let user = settings.user ?? "clerk"
            guard let entry = try database.takeNextAccount(user: user, at: queue.instant, deskTimeZone: settings.timeZone,
                                                           policy: settings.policy, conversionRates: settings.conversionRates)
            else { throw ExitCode(3) }
            var json = JSONText()
            QueueJSON.write(entry, into: &json)
            print(json.text)
        }
    }
}

/// One queue entry in the SPEC's JSON shape.
enum QueueJSON {
    static func write(_ entry: QueueEntry, into json: inout JSONText) {
        json.object { json in
            json.member("code") { $0.string(entry.code) }
            json.member("name") { $0.string(entry.name) }
            json.member("reason") { $0.string(entry.reason.rawValue) }
            json.member("why") { $0.string(entry.why(in: .en)) }
            json.member("overdue") {
                $0.array(entry.overdue) { json, overdue in
                    json.object { json in
                        json.member("currency") { $0.string(overdue.currency.code) }
                        json.member("amount") { $0.string(overdue.amount.decimalString) }
                        json.member("oldest_days") { $0.number(Int64(overdue.oldestDays)) }
                    }
                }
            }
        }
    }
}

/// The queue as aligned columns for people.
struct QueueTable {
    let entries: [QueueEntry]
    let language: Language

    var text: String {
        guard !entries.isEmpty else { return (language == .es ? "No hay nadie a quien llamar ahora." : "Nobody to call now.") + "\n" }
        let header = language == .es ? ["Motivo", "Código", "Cliente", "Vencido", "Días", "Por qué"]
            : ["Tier", "Code", "Customer", "Overdue", "Days", "Why"]
        let rows = entries.map { entry in
            [entry.reason.rawValue, entry.code, TextWidth.truncate(entry.name, to: 28),
             entry.overdue.map { $0.amount.formatted(in: language) }.joined(separator: " + "),
             String(entry.overdue.map(\.oldestDays).max() ?? 0), entry.why(in: language)]
        }
        let widths = header.indices.map { column in ([header] + rows).map { TextWidth.of($0[column]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : TextWidth.pad(cell, to: widths[column], alignment: column == 3 || column == 4 ? .right : .left)
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
