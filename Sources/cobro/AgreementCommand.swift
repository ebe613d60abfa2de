import ArgumentParser
import CobroDomain
import CobroStore

struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Payment agreements: plan one (and save it), list them with their installments and status.",
        discussion: """
            A plan covers the customer's open balance in one currency (the aging balance as of the agreement \
            date) or an agreed amount: a down payment due on the agreement date, then equal installments \
            rounded down to the minor unit, the remainder on the last. Payments dated from the agreement date \
            on pay the down payment, then the installments in order; an installment unpaid more than the \
            agreement grace (default 5 days, contact_rules: agreement_grace_days in config.yaml) after its due \
            date breaks the agreement.
            """,
        subcommands: [AgreementPlanCommand.self, AgreementListCommand.self]
    )
}

enum AgreementFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

extension InstallmentFrequency: ExpressibleByArgument {}
extension AgreementStatus: ExpressibleByArgument {}

/// The agreement errors the domain and the store raise, said in the user's language, exit 1.
func agreementFailures<T>(in language: Language, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as AgreementPlanError {
        throw Failure("cobro: \(error.message(in: language))")
    } catch let error as AgreementError {
        throw Failure("cobro: \(error.message(in: language))")
    } catch let error as UserError {
        throw Failure("cobro: \(error.message(in: language))")
    }
}
