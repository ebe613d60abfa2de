import ArgumentParser
import CobroDomain
import CobroStore
import Foundation

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Record a contact with a customer (for dialers and scripts; the desk does the same on screen).",
        discussion: """
            Prints the new entry as JSON. A promise needs --promise-amount, --promise-currency and --promise-date
            together, and goes with --outcome promise; --outcome callback needs --callback. InstantArguments are ISO 8601
            with an offset (2026-11-23T10:30:00+01:00 or …Z). Logging releases the account's queue claim.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The customer's code.", valueName: "code"))
    var customer: String

    @Option(name: .long, help: ArgumentHelp("How the contact was made.", valueName: "call|email|sms|letter|visit"))
    var channel: ContactChannel

    @Option(name: .long, help: ArgumentHelp("What came of it.", valueName: "no_answer|voicemail|wrong_number|right_party|promise|dispute|refused|paid|callback|other"))
    var outcome: ContactOutcome

    @Option(name: .long, help: ArgumentHelp("When it happened (ISO 8601 with offset). Default: now.", valueName: "timestamp"))
    var at: InstantArgument?

    @Option(name: .long, help: ArgumentHelp("What was said, in a line.", valueName: "text"))
    var note: String?

    @Option(name: .long, help: ArgumentHelp("The amount promised.", valueName: "amount"))
    var promiseAmount: String?

    @Option(name: .long, help: ArgumentHelp("The currency of the promised amount.", valueName: "code"))
    var promiseCurrency: String?

    @Option(name: .long, help: ArgumentHelp("The day the customer promised to pay by (YYYY-MM-DD).", valueName: "date"))
    var promiseDate: CivilDate?

    @Option(name: .long, help: ArgumentHelp("When to call back (ISO 8601 with offset).", valueName: "timestamp"))
    var callback: InstantArgument?

    @Option(name: .long, help: ArgumentHelp("The entry this one corrects (its id).", valueName: "id"))
    var corrects: Int64?

    @OptionGroup var options: DeskOptions

    func validate() throws {
        let promiseParts = [promiseAmount != nil, promiseCurrency != nil, promiseDate != nil]
        if promiseParts.contains(true), promiseParts.contains(false) {
            throw ValidationError("a promise needs --promise-amount, --promise-currency and --promise-date together")
        }
        if outcome == .promise, promiseAmount == nil {
            throw ValidationError("--outcome promise needs --promise-amount, --promise-currency and --promise-date")
        }
        if promiseAmount != nil, outcome != .promise {
            throw ValidationError("a promise is logged with --outcome promise")
        }
        if outcome == .callback, callback == nil {
            throw ValidationError("--outcome callback needs --callback TIMESTAMP")
        }
    }

    func run() throws {
        try reportingFailures {
            var promise: PromiseToPay?
            if let promiseAmount, let promiseCurrency, let promiseDate {
                guard let currency = Currency(code: promiseCurrency) else {
                    throw Failure("cobro: --promise-currency '\(promiseCurrency)' is not an ISO 4217 code (EUR, USD, MXN…)")
                }
                let amount: Money
                do { amount = try Money.parse(promiseAmount, currency: currency) } catch { throw Failure("cobro: --promise-amount: \(error)") }
                guard amount.minorUnits > 0 else { throw Failure("cobro: --promise-amount must be greater than zero") }
                promise = PromiseToPay(amount: amount, date: promiseDate)
            }
            let (database, settings) = try options.openDatabase()
            let entry = ContactLogEntry(customerCode: customer, user: settings.user, at: at?.date ?? Date(), channel: channel,
                                        outcome: outcome, note: note, promise: promise, callbackAt: callback?.date, corrects: corrects)
            let id: Int64
            do { id = try database.logContact(entry) } catch let error as ContactLogError { throw Failure("cobro: \(error)") }
            var json = JSONText()
            json.object { json in
                json.member("id") { $0.number(id) }
                json.member("customer") { $0.string(customer) }
                json.member("at") { $0.string(InstantArgument.text(entry.at)) }
                json.member("channel") { $0.string(channel.rawValue) }
                json.member("outcome") { $0.string(outcome.rawValue) }
            }
            print(json.text)
        }
    }
}

extension ContactChannel: ExpressibleByArgument {}
extension ContactOutcome: ExpressibleByArgument {}

/// An instant given on the command line: ISO 8601 with an offset, seconds optional fractions.
struct InstantArgument: ExpressibleByArgument {
    let date: Date

    init?(argument: String) {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: argument) {
            self.date = date
            return
        }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = formatter.date(from: argument) else { return nil }
        self.date = date
    }

    /// UTC ISO 8601, as stored.
    static func text(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }
}
