import ArgumentParser
import CobroDomain
import CobroStore
import CobroTemplates
import Foundation

struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "The dunning run: render and deliver the reminders that are due, log them, report what was done.",
        discussion: """
            Stages (the owner's, saved in the desk's templates screen, L; config.yaml dunning: stages: \
            overrides both): by default courtesy 3 days before the due date (e-mail), \
            first 7 days past due (e-mail), second 21 (e-mail), final 45 (e-mail and letter), demand 75 (letter). \
            Each open, undisputed invoice gets the latest stage it has reached, once per channel: a run after \
            missed days sends that stage only, not the ones in between, and courtesy only while the invoice is \
            not yet due. One message per customer, stage and channel lists all its invoices at that stage. A \
            second run the same day sends nothing.

            The final notice and the demand letter state the statutory late-payment interest (Ley 3/2004, \
            Directive 2011/7/EU: simple interest from the day after the due date on the open amount, at the \
            BOE's half-yearly rate, ECB rate + 8 points; config dunning: interest_rates: adds the latest) and \
            the 40 € compensation per euro invoice. They are shown, never added to the balance; other \
            currencies get neither unless config dunning: lists them.

            E-mail goes to config mail: command: (e.g. msmtp -t), else is written as .eml to the outbox; letters \
            and SMS texts are written to the outbox as .txt. Each message is logged in the contact log with \
            its full text and recorded, with its delivery, in its own transaction.

            Skipped invoices, with the reason code: disputed (the invoice is disputed), status (customer in \
            legal, agency or written_off), agreement (an active agreement is up to date), no_email (no usable \
            e-mail address; the letter still goes), no_phone (an SMS stage and no phone), template (the template \
            needs a field the account or config lacks, or is missing: nothing is sent rather than a blank; the \
            problem is printed on stderr), delivery (sendmail or the outbox failed; exit status 1, tried again \
            next run). do_not_call stops calls only.

            JSON: {"as_of", "sent": [{"customer", "stage", "channel", "invoices", "file"}], \
            "skipped": [{"customer", "invoice", "reason"}]}; file is null when nothing was written.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The run's day (YYYY-MM-DD). Default: today in the desk's time zone.", valueName: "date"))
    var asOf: CivilDate?

    @Flag(name: .long, help: "Report what would be sent; send, write and record nothing.")
    var dryRun = false

    @Option(name: .long, help: ArgumentHelp("Where e-mail files, letters and texts are written. Default: $XDG_DATA_HOME/cobro/outbox.", valueName: "dir"))
    var outbox: String?

    @Option(name: .long, help: ArgumentHelp("table for people, json for programs.", valueName: "table|json"))
    var format: RemindFormat = .table

    @OptionGroup var options: DeskOptions

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            let shipped = try ShippedTemplates.standard()?.load() ?? []
            let setup = RemindSetup(
                asOf: asOf ?? settings.today, now: Date(), policy: try settings.configuredLadder ?? database.savedDunningPolicy() ?? .standard,
                latePayment: settings.latePayment, agreementGraceDays: settings.policy.agreementGraceDays,
                language: settings.language, user: settings.user,
                company: settings.company, delivery: dryRun ? nil : delivery(settings),
                shippedTemplates: Dictionary(shipped.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first }))
            let report = try RemindRun(database: database, setup: setup).run()
            report.problems.forEach { printError("cobro: " + $0) }
            switch format {
            case .json: print(report.json)
            case .table: print(RemindTable(report: report, language: settings.language).text, terminator: "")
            }
            if report.failed { throw ExitCode(1) }
        }
    }

    private func delivery(_ settings: DeskSettings) -> ReminderDelivery {
        ReminderDelivery(mail: settings.mail, outbox: outbox ?? ReminderDelivery.defaultOutbox(), timeZone: settings.timeZone)
    }
}

enum RemindFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}
