import ArgumentParser
import CobroDomain
import CobroStore
import Foundation

struct AgreementPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Compute a payment agreement's schedule (and with --save, store it as active).",
        discussion: """
            The amount is the customer's aging balance in the currency as of --date, unless --amount says \
            otherwise; --currency is needed when the customer owes in several, and a currency the customer \
            does not owe is an error. Monthly due dates keep --first's day of the month, clamped to short months \
            (Jan 31, Feb 28, Mar 31, Apr 30). Every installment is at least one minor unit.

            --save stores the agreement as active, recording --user (default: the login name), and prints it \
            with its "id". On a database with users, only an owner may activate an agreement whose last \
            installment falls more than 12 months after the agreement date, or that gives a discount.

            JSON: {"customer", "currency", "amount", "down_payment", "agreement_date", \
            "installments": [{"n", "due", "amount"}]} (plus "id" with --save); amounts are decimal strings.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The customer's code.", valueName: "code"))
    var customer: String

    @Option(name: .long, help: ArgumentHelp("The agreement date, when the down payment is due (YYYY-MM-DD). Default: today in the desk's time zone.", valueName: "date"))
    var date: CivilDate?

    @Option(name: .long, help: ArgumentHelp("The currency of the debt (ISO 4217). Needed when the customer owes in several.", valueName: "code"))
    var currency: String?

    @Option(name: .long, help: ArgumentHelp("The amount the plan covers. Default: the customer's balance in the currency as of --date.", valueName: "amount"))
    var amount: String?

    @Option(name: .long, help: ArgumentHelp("Paid on the agreement date. Default: none.", valueName: "amount"))
    var downPayment: String?

    @Option(name: .long, help: ArgumentHelp("How many installments after the down payment.", valueName: "n"))
    var installments: Int

    @Option(name: .long, help: ArgumentHelp("How often an installment falls due.", valueName: "weekly|biweekly|monthly"))
    var frequency: InstallmentFrequency

    @Option(name: .long, help: ArgumentHelp("The first installment's due date (YYYY-MM-DD).", valueName: "date"))
    var first: CivilDate

    @Option(name: .long, help: ArgumentHelp("table for people, json for programs.", valueName: "table|json"))
    var format: AgreementFormat = .table

    @Flag(name: .long, help: "Store the agreement as active (subject to the user's role) and print it with its id.")
    var save = false

    @OptionGroup var options: DeskOptions

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            let language = settings.language
            let agreed = date ?? settings.today
            let requested = try currency.map { code in
                guard let currency = Currency(code: code.uppercased()) else {
                    throw Failure("cobro: --currency '\(code)' is not an ISO 4217 code (EUR, USD, MXN…)")
                }
                return currency
            }
            let (plan, id) = try agreementFailures(in: language) { () throws -> (PaymentAgreement, Int64?) in
                let debt = try database.agreementDebt(customerCode: customer, currency: requested, asOf: agreed)
                let terms = AgreementTerms(
                    amount: try amount.map { try parse($0, debt.currency, option: "--amount") } ?? debt,
                    downPayment: try downPayment.map { try parse($0, debt.currency, option: "--down-payment") },
                    installmentCount: installments, frequency: frequency, agreementDate: agreed, firstDate: first)
                var plan = try AgreementSchedule.plan(customerCode: customer, terms: terms)
                guard save else { return (plan, nil) }
                let id = try database.saveAgreement(plan, as: .active, user: settings.user, at: Date(),
                                                    monthLimit: settings.agreementMonthLimit)
                plan.status = .active
                return (plan, id)
            }
            switch format {
            case .json:
                var json = JSONText()
                AgreementJSON.writePlan(plan, id: id, into: &json)
                print(json.text)
            case .table:
                print(AgreementPlanTable(plan: plan, id: id, language: language).text, terminator: "")
            }
        }
    }

    private func parse(_ text: String, _ currency: Currency, option: String) throws -> Money {
        do {
            return try Money.parse(text, currency: currency)
        } catch {
            throw Failure("cobro: \(option): \(error)")
        }
    }
}
