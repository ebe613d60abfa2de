import ArgumentParser
import CobroDomain
import CobroStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports on the portfolio.",
        subcommands: [AgingCommand.self]
    )
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

struct AgingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aging",
        abstract: "The aging report: open balances per customer in six buckets of days past due, per currency.",
        discussion: """
            Buckets: current (not yet due), 1-30, 31-60, 61-90, 91-120, 120+ days past due. Payments naming an
            invoice pay it first; other payments and credit notes pay the oldest due invoices first; what is
            left is unapplied (negative). Only invoices issued and payments dated on or before --as-of count.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The report date (YYYY-MM-DD). Default: today in the desk's time zone.", valueName: "date"))
    var asOf: CivilDate?

    @Option(name: .long, help: ArgumentHelp("table for people; csv and json for programs.", valueName: "table|csv|json"))
    var format: ReportFormat = .table

    @OptionGroup var options: DeskOptions

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            let report = try database.agingReport(asOf: asOf ?? settings.today)
            var output = BufferedOutput.standardOutput()
            switch format {
            case .table:
                output.write(AgingTable(report: report, language: settings.language).text)
            case .csv:
                var writer = CSVWriter(output: output)
                report.writeCSV(to: &writer)
                output = writer.output
            case .json:
                output.write(bytes: report.jsonText.bytes + [UInt8(ascii: "\n")])
            }
            try output.flush()
        }
    }
}
