import CobroDomain
import CobroStore

/// The SPEC §4 "Agreement JSON" shapes: amounts as decimal strings with the currency's decimals.
enum AgreementJSON {
    /// `agreement plan`: the plan, with its "id" once saved.
    static func writePlan(_ plan: PaymentAgreement, id: Int64?, into json: inout JSONText) {
        json.object { json in
            if let id { json.member("id") { $0.number(id) } }
            writeTerms(plan, into: &json)
            json.member("installments") {
                $0.array(plan.installments) { json, installment in
                    json.object { json in
                        json.member("n") { $0.number(Int64(installment.number)) }
                        json.member("due") { $0.string(installment.dueDate.iso) }
                        json.member("amount") { $0.string(installment.amount.decimalString) }
                    }
                }
            }
        }
    }

    /// One agreement of `agreement list`: its effective status and each installment's progress.
    static func writeListed(_ stored: StoredAgreement, into json: inout JSONText) {
        json.object { json in
            json.member("id") { $0.number(stored.id) }
            writeTerms(stored.agreement, into: &json)
            json.member("status") { $0.string(stored.status.rawValue) }
            // The down payment is its own member; the list's installments are the numbered ones.
            json.member("installments") {
                $0.array(stored.progress.items.filter { !$0.isDownPayment }) { json, item in
                    json.object { json in
                        json.member("n") { $0.number(Int64(item.number)) }
                        json.member("due") { $0.string(item.dueDate.iso) }
                        json.member("amount") { $0.string(item.amount.decimalString) }
                        json.member("paid") { $0.string(item.paid.decimalString) }
                        json.member("status") { $0.string(item.status.rawValue) }
                    }
                }
            }
        }
    }

    private static func writeTerms(_ agreement: PaymentAgreement, into json: inout JSONText) {
        json.member("customer") { $0.string(agreement.customerCode) }
        json.member("currency") { $0.string(agreement.amount.currency.code) }
        json.member("amount") { $0.string(agreement.amount.decimalString) }
        json.member("down_payment") { $0.string(agreement.downPayment.decimalString) }
        json.member("agreement_date") { $0.string(agreement.agreementDate.iso) }
    }
}
