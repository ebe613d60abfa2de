import ArgumentParser
import CobroDomain
import CobroStore

struct AgreementListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List agreements with their installments and status.",
        discussion: """
            The status of an active agreement is what the customer's payments say as of --as-of: active, \
            completed (everything paid) or broken (an installment unpaid past the grace); drafts and cancelled \
            agreements keep theirs. Installments are pending, paid, late (unpaid past the due date, within the \
            grace) or missed (past the grace).

            JSON: {"agreements": [{"id", "customer", "currency", "amount", \
            "down_payment", "agreement_date", "status", "installments": [{"n", "due", "amount", "paid", "status"}]}]}.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Only this customer's agreements.", valueName: "code"))
    var customer: String?

    @Option(name: .long, help: ArgumentHelp("Only agreements in this status.", valueName: "draft|active|completed|broken|cancelled"))
    var status: AgreementStatus?

    @Option(name: .long, help: ArgumentHelp("The day the payments are read up to (YYYY-MM-DD). Default: today in the desk's time zone.", valueName: "date"))
    var asOf: CivilDate?

    @Option(name: .long, help: ArgumentHelp("table for people, json for programs.", valueName: "table|json"))
    var format: AgreementFormat = .table

    @OptionGroup var options: DeskOptions

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            let agreements = try database.agreementsWithProgress(customerCode: customer, status: status, asOf: asOf ?? settings.today,
                                                                 graceDays: settings.policy.agreementGraceDays)
            switch format {
            case .json:
                var json = JSONText()
                json.object { json in
                    json.member("agreements") { $0.array(agreements) { json, stored in AgreementJSON.writeListed(stored, into: &json) } }
                }
                print(json.text)
            case .table:
                print(AgreementListTable(agreements: agreements, language: settings.language).text, terminator: "")
            }
        }
    }
}
