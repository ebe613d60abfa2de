import CobroDomain
import Foundation
import GRDB

/// The active agreements as the call queue reads them (SPEC §5 "Call queue", "Payment
/// agreements"): an account paying as agreed is left alone, one whose agreement broke is called
/// as a broken promise.
///
/// Read at every queue build rather than kept in the summaries: active agreements are few, and
/// whether one is up to date changes with the day as much as with payments, so no refresh on an
/// agreement change or a payment is needed.
struct QueueAgreements {
    /// Active agreements (as people left them) by customer id, with the customer's payments in
    /// the agreement's currency dated from the agreement date on.
    private var byCustomer: [Int64: [(agreement: PaymentAgreement, payments: [DatedPayment])]] = [:]

    /// The customers with an active agreement.
    var customerIDs: Dictionary<Int64, [(agreement: PaymentAgreement, payments: [DatedPayment])]>.Keys { byCustomer.keys }

    /// Reads every active agreement, its installments and the payments that count toward it:
    /// three queries, whatever the number of agreements.
    init(_ db: Database) throws {
        var currencies = CurrencyCache()
        var agreements: [Int64: (customerID: Int64, agreement: PaymentAgreement)] = [:]
        var order: [Int64] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.id, a.customer_id, a.currency, a.amount, a.down_payment, a.agreement_date, a.frequency, a.discount, a.fee
            FROM agreement a WHERE a.status = 'active' ORDER BY a.id
            """)
        while let row = try rows.next() {
            let currency = try currencies[row[2]]
            func money(_ units: Int64) -> Money { Money(minorUnits: units, currency: currency) }
            let agreement = PaymentAgreement(
                customerCode: "", agreementDate: try storedDate(row[5]), amount: money(row[3]), downPayment: money(row[4]),
                frequency: try stored(InstallmentFrequency.self, row[6]), installments: [], status: .active,
                discount: money(row[7]), fee: money(row[8]))
            agreements[row[0]] = (row[1], agreement)
            order.append(row[0])
        }
        guard !order.isEmpty else { return }
        let installments = try Row.fetchCursor(db, sql: """
            SELECT i.agreement_id, i.n, i.due_date, i.amount FROM installment i JOIN agreement a ON a.id = i.agreement_id
            WHERE a.status = 'active' ORDER BY i.agreement_id, i.n
            """)
        while let row = try installments.next() {
            let id: Int64 = row[0]
            guard let currency = agreements[id]?.agreement.amount.currency else { continue }
            agreements[id]?.agreement.installments.append(
                Installment(number: row[1], dueDate: try storedDate(row[2]), amount: Money(minorUnits: row[3], currency: currency)))
        }
        var payments: [Int64: [DatedPayment]] = [:]
        let paid = try Row.fetchCursor(db, sql: """
            SELECT a.id, p.date, p.amount FROM agreement a
            JOIN payment p INDEXED BY payment_aging ON p.customer_id = a.customer_id AND p.currency = a.currency AND p.date >= a.agreement_date
            WHERE a.status = 'active' ORDER BY a.id, p.date
            """)
        while let row = try paid.next() {
            let id: Int64 = row[0]
            guard let currency = agreements[id]?.agreement.amount.currency else { continue }
            payments[id, default: []].append(DatedPayment(date: try storedDate(row[1]), amount: Money(minorUnits: row[2], currency: currency)))
        }
        for id in order {
            guard let (customerID, agreement) = agreements[id] else { continue }
            byCustomer[customerID, default: []].append((agreement, payments[id] ?? []))
        }
    }

    /// Where the customer's active agreements leave it on its local day `today`: whether one is
    /// up to date (nothing unpaid past its due date, not yet completed), and the earliest-due
    /// installment of one that broke under `graceDays`. A completed agreement counts as none.
    func standing(of customerID: Int64, today: CivilDate, graceDays: Int) -> AgreementStanding {
        guard let agreements = byCustomer[customerID] else { return AgreementStanding() }
        var standing = AgreementStanding()
        for (agreement, payments) in agreements {
            let progress = AgreementProgress(agreement, payments: payments, today: today, graceDays: graceDays)
            switch progress.status {
            case .active where progress.isUpToDate:
                standing.upToDate = true
            case .broken:
                if let broken = progress.broken, standing.broken.map({ broken.installmentDue < $0.installmentDue }) ?? true {
                    standing.broken = broken
                }
            default:
                break
            }
        }
        return standing
    }
}

/// What a customer's active agreements mean for the queue today.
struct AgreementStanding {
    var upToDate = false
    var broken: BrokenAgreement?
}
