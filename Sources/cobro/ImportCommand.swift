import ArgumentParser
import CobroDomain
import CobroStore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import customers, invoices or payments from a CSV file, in one transaction.",
        discussion: """
            The header row names the columns (any order; `,` `;` or tab). customers: code,name
            [tax_id,phone,email,timezone,language,notes,do_not_call,status]. invoices: number,customer_code,
            issue_date,due_date,amount,currency [disputed]; a negative amount is a credit note. payments:
            customer_code,date,amount,currency [method,reference,invoice_number].
            A file with any bad row imports nothing and lists every problem as FILE:LINE: reason.
            Importing the same file again adds nothing.
            """
    )

    @Argument(help: ArgumentHelp("What the file holds.", valueName: "customers|invoices|payments"))
    var kind: ImportKind

    @Argument(help: ArgumentHelp("The CSV file (UTF-8).", valueName: "file"))
    var file: String

    @Flag(name: .long, help: "Read amounts with ',' as the decimal separator and '.' grouping thousands (1.234,56).")
    var decimalComma = false

    @OptionGroup var options: DeskOptions

    func run() throws {
        try reportingFailures {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw Failure("cobro: cannot read \(file): no such file, or not readable")
            }
            let (database, settings) = try options.openDatabase()
            try userRefusals(in: settings.language) { try database.requireOwner(settings.user, to: .importData) }
            let summary = try database.importCSV(kind, bytes: Array(data), fileName: file,
                                                 decimalSeparator: decimalComma ? .comma : .point, actor: settings.user)
            summary.warnings.forEach(printError)
            if kind == .payments {
                // New payments may complete or (paid too late) settle the fate of agreements: the
                // status history says when the desk learnt it.
                try database.recordAgreementTransitions(asOf: settings.today, graceDays: settings.policy.agreementGraceDays, at: Date())
            }
            print("\(file): \(summary.inserted) new, \(summary.updated) updated, \(summary.unchanged) unchanged \(kind.rawValue)")
        }
    }
}

extension ImportKind: ExpressibleByArgument {}
extension ExportKind: ExpressibleByArgument {}
