import CobroDomain

/// Where a demo agreement stands as of `today` (SPEC §5 "Payment agreements").
enum DemoAgreementState: CaseIterable {
    case upToDate, late, broken, completed, cancelled
}

/// A payment agreement of a demo customer, before the writer gives it its row id.
struct DemoAgreement {
    var agreement: PaymentAgreement
    /// What people decided: active, or cancelled.
    var recorded: AgreementStatus
    /// Indexes into the customer's documents: the invoices open in its currency on the agreement date.
    var invoices: [Int]
    var createdBy: String
    /// Seconds since 1970, UTC.
    var createdAt: Int64
    /// The status history, oldest first; transitions the payments made are by user "system".
    var history: [(status: AgreementStatus, at: Int64, user: String, reason: String?)]
}

/// Makes one agreement in a chosen state with the payments that make that state true as of
/// `today`, under the standard grace: up to date (every installment due so far paid on time),
/// late (the first installment unpaid, within the grace), broken (it went past the grace),
/// completed (everything paid), or cancelled by the clerk.
struct DemoAgreementBuilder {
    let today: CivilDate
    let region: DemoRegion
    let offsets: DemoZoneOffsets
    let language: Language
    static let graceDays = ContactPolicy.standard.agreementGraceDays

    /// The day the plan is agreed on (a call that day) and its first due date.
    func dates(for state: DemoAgreementState, frequency: InstallmentFrequency, _ random: inout DemoRandom) -> (day: CivilDate, first: CivilDate) {
        let first: CivilDate
        let day: CivilDate
        switch state {
        case .upToDate, .cancelled:
            day = workday(today.adding(days: -random.int(in: 12...60)))
            first = day.adding(days: random.int(in: 7...20))
        case .late:
            first = today.adding(days: -random.int(in: 1...Self.graceDays))
            day = workday(first.adding(days: -random.int(in: 7...20)))
        case .broken:
            first = today.adding(days: -random.int(in: Self.graceDays + 1...35))
            day = workday(first.adding(days: -random.int(in: 7...20)))
        case .completed:
            day = workday(today.adding(days: -random.int(in: 120...220)))
            first = day.adding(days: random.int(in: 7...20))
        }
        return (day, first)
    }

    /// The agreement on `owed` in `currency`, made in a call at `agreedAt` on `day`, and the
    /// payments it brings (appended to `payments`); nil — and no payment — when the customer's
    /// other payments would make it something else than `state`.
    func make(_ state: DemoAgreementState, day: CivilDate, first: CivilDate, frequency: InstallmentFrequency, currency: Currency,
              owed: Int64, agreedAt: Int64, clerk: String, documents: [DemoDocument], payments: inout [DemoPayment],
              _ random: inout DemoRandom) -> DemoAgreement? {
        let count = state == .completed ? random.int(in: 2...3) : random.int(in: 3...6)
        let down = random.chance(perMille: 500) ? owed * Int64(random.int(in: 10...30)) / 100 : 0
        let money = { (units: Int64) in Money(minorUnits: units, currency: currency) }
        let terms = AgreementTerms(amount: money(owed), downPayment: money(down), installmentCount: count, frequency: frequency,
                                   agreementDate: day, firstDate: first)
        guard let installments = try? AgreementSchedule.installments(for: terms) else { return nil }
        var agreement = PaymentAgreement(customerCode: "", agreementDate: day, amount: money(owed), downPayment: money(down),
                                         frequency: frequency, installments: installments, status: .active)

        var added: [DemoPayment] = []
        func pay(_ amount: Int64, on date: CivilDate) {
            guard amount > 0, date <= today else { return }
            added.append(DemoPayment(date: max(day, date), amount: amount, currency: currency, method: .transfer,
                                     documentIndex: nil, hasReference: true))
        }
        pay(down, on: day)
        for installment in installments {
            let due = installment.dueDate
            switch state {
            case .upToDate, .completed:
                pay(installment.amount.minorUnits, on: due.adding(days: -random.int(in: 0...3)))
            case .late, .broken:
                // The first installment is where it went wrong: nothing, or a part of it.
                if installment.number == 1, random.chance(perMille: 400) {
                    pay(installment.amount.minorUnits / 2, on: due.adding(days: -random.int(in: 0...2)))
                }
            case .cancelled:
                break
            }
        }

        let all = (payments + added).filter { $0.currency == currency }.map {
            DatedPayment(date: $0.date, amount: money($0.amount))
        }
        let progress = AgreementProgress(agreement, payments: all, today: today, graceDays: Self.graceDays)
        let holds = switch state {
        case .upToDate: progress.status == .active && progress.isUpToDate
        case .late: progress.status == .active && !progress.isUpToDate
        case .broken: progress.status == .broken
        case .completed: progress.status == .completed
        case .cancelled: true
        }
        // A plan is made on what is open that day.
        let invoices = Self.openInvoices(documents, payments: payments, currency: currency, on: day)
        guard holds, !invoices.isEmpty else { return nil }
        payments += added

        var history: [(status: AgreementStatus, at: Int64, user: String, reason: String?)] = [(.active, agreedAt, clerk, nil)]
        switch state {
        case .broken:
            guard let missed = progress.items.first(where: { $0.status == .missed }) else { return nil }
            let from = missed.dueDate.adding(days: Self.graceDays + 1)
            let item = missed.isDownPayment ? "the down payment" : "installment \(missed.number)"
            history.append((.broken, offsets.instant(from, minute: 7 * 60, in: region), CobroDatabase.systemUser,
                            "\(item) due \(missed.dueDate.iso) unpaid past the \(Self.graceDays)-day grace "
                                + "(\(missed.unpaid.decimalString) \(currency.code) unpaid); broken from \(from.iso)"))
        case .completed:
            let paidOn = progress.items.compactMap(\.paidOn).max() ?? day
            history.append((.completed, offsets.instant(paidOn, minute: 23 * 60, in: region), CobroDatabase.systemUser,
                            "everything paid by \(paidOn.iso)"))
        case .cancelled:
            agreement.status = .cancelled
            let on = workday(min(today.adding(days: -1), first.adding(days: random.int(in: -3...10))))
            history.append((.cancelled, offsets.instant(on, minute: random.int(in: 9 * 60...18 * 60), in: region), clerk,
                            random.pick(language == .en ? Self.cancelReasonsEnglish : Self.cancelReasonsSpanish)))
        case .upToDate, .late:
            break
        }
        return DemoAgreement(agreement: agreement, recorded: state == .cancelled ? .cancelled : .active,
                             invoices: invoices,
                             createdBy: clerk, createdAt: agreedAt, history: history)
    }

    private static let cancelReasonsSpanish = [
        "El cliente pidió un plan nuevo con cuotas más bajas", "Pagará todo con la venta de un local", "Error al registrar el plan",
    ]
    private static let cancelReasonsEnglish = [
        "Customer asked for a new plan with smaller installments", "Paying in full from a property sale", "Plan entered by mistake",
    ]

    /// The invoices open in `currency` on `day` after the aging allocation.
    private static func openInvoices(_ documents: [DemoDocument], payments: [DemoPayment], currency: Currency, on day: CivilDate) -> [Int] {
        var ledger = AgingLedger()
        for (index, document) in documents.enumerated() where document.currency == currency {
            ledger.documents.append(AgingDocument(id: Int64(index), number: String(index), issueDate: document.issueDate,
                                                  dueDate: document.dueDate, amount: document.amount))
        }
        for payment in payments where payment.currency == currency {
            ledger.payments.append(AgingPayment(date: payment.date, amount: payment.amount, invoiceID: payment.documentIndex.map(Int64.init)))
        }
        return ledger.allocated(asOf: day).openItems.map { Int($0.document.id) }.filter { documents[$0].amount > 0 }.sorted()
    }

    private func workday(_ day: CivilDate) -> CivilDate { day.isSunday ? day.adding(days: -1) : day }
}
