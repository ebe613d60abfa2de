import CobroDomain
import CobroStore
import CobroTerminal

/// `agreement plan` for people: the terms, then the schedule with its total.
struct AgreementPlanTable {
    let plan: PaymentAgreement
    let id: Int64?
    let language: Language

    var text: String {
        let words = AgreementWords(language)
        let money = { (value: Money) in value.formatted(in: language) }
        var lines = [words.planTitle(plan.customerCode, plan.amount.currency.code, id: id)]
        lines.append(words.terms(debt: money(plan.amount), agreed: plan.agreementDate.formatted(in: language)))
        var rows: [[String]] = []
        if !plan.downPayment.isZero {
            rows.append([words.downPayment, plan.agreementDate.formatted(in: language), money(plan.downPayment)])
        }
        rows += plan.installments.map { [String($0.number), $0.dueDate.formatted(in: language), money($0.amount)] }
        lines += AgreementColumns(header: [words.number, words.due, words.amount], rows: rows, rightAligned: [2]).lines
        lines.append(words.total(money(plan.scheduledTotal), count: plan.installments.count))
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `agreement list` for people: each agreement's terms and status, then its installments.
struct AgreementListTable {
    let agreements: [StoredAgreement]
    let language: Language

    var text: String {
        let words = AgreementWords(language)
        guard !agreements.isEmpty else { return words.noAgreements + "\n" }
        return agreements.map { section($0, words) }.joined(separator: "\n")
    }

    private func section(_ stored: StoredAgreement, _ words: AgreementWords) -> String {
        let money = { (value: Money) in value.formatted(in: language) }
        let agreement = stored.agreement
        var lines = [words.listTitle(stored.id, agreement.customerCode, agreement.amount.currency.code, status: words.status(stored.status))]
        lines.append(words.terms(debt: money(agreement.amount), agreed: agreement.agreementDate.formatted(in: language)))
        let rows = stored.progress.items.map { item in
            [item.isDownPayment ? words.downPayment : String(item.number), item.dueDate.formatted(in: language),
             money(item.amount), money(item.paid), words.status(item.status)]
        }
        lines += AgreementColumns(header: [words.number, words.due, words.amount, words.paid, words.state], rows: rows,
                                  rightAligned: [2, 3]).lines
        if stored.recordedStatus == .active, let next = stored.nextDue {
            lines.append(words.next(next.isDownPayment ? words.downPayment : String(next.number), next.dueDate.formatted(in: language),
                                    money(next.unpaid), late: stored.progress.amountLate.isZero ? nil : money(stored.progress.amountLate)))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Aligned columns, indented under their agreement.
private struct AgreementColumns {
    let header: [String]
    let rows: [[String]]
    let rightAligned: Set<Int>

    var lines: [String] {
        let widths = header.indices.map { column in ([header] + rows).map { TextWidth.of($0[column]) }.max() ?? 0 }
        return ([header] + rows).map { cells in
            let line = "  " + cells.enumerated().map { column, cell in
                TextWidth.pad(cell, to: widths[column], alignment: rightAligned.contains(column) ? .right : .left)
            }.joined(separator: "  ")
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
    }
}

/// The agreement commands' words in Spanish and English.
struct AgreementWords {
    let es: Bool
    init(_ language: Language) { es = language == .es }

    var number: String { es ? "Plazo" : "No." }
    var due: String { es ? "Vence" : "Due" }
    var amount: String { es ? "Importe" : "Amount" }
    var paid: String { es ? "Pagado" : "Paid" }
    var state: String { es ? "Estado" : "Status" }
    var downPayment: String { es ? "entrada" : "down" }
    var noAgreements: String { es ? "No hay acuerdos de pago." : "No payment agreements." }

    func planTitle(_ customer: String, _ currency: String, id: Int64?) -> String {
        switch (es, id) {
        case (true, let id?): return "Acuerdo de pago \(id) de \(customer) en \(currency), activo"
        case (true, nil): return "Plan de pagos de \(customer) en \(currency)"
        case (false, let id?): return "Payment agreement \(id) for \(customer) in \(currency), active"
        case (false, nil): return "Payment plan for \(customer) in \(currency)"
        }
    }

    func listTitle(_ id: Int64, _ customer: String, _ currency: String, status: String) -> String {
        es ? "Acuerdo \(id) · \(customer) · \(currency) · \(status)" : "Agreement \(id) · \(customer) · \(currency) · \(status)"
    }

    func terms(debt: String, agreed: String) -> String {
        es ? "Deuda \(debt), acordada el \(agreed)" : "Debt \(debt), agreed on \(agreed)"
    }

    func total(_ total: String, count: Int) -> String {
        es ? "Total \(total): entrada y \(count) plazos" : "Total \(total): down payment and \(count) installments"
    }

    func next(_ number: String, _ due: String, _ unpaid: String, late: String?) -> String {
        let next = es ? "Próximo: \(number), \(unpaid) el \(due)" : "Next: \(number), \(unpaid) due \(due)"
        guard let late else { return next }
        return next + (es ? "; atrasado \(late)" : "; late \(late)")
    }

    func status(_ status: AgreementStatus) -> String {
        switch status {
        case .draft: return es ? "borrador" : "draft"
        case .active: return es ? "activo" : "active"
        case .completed: return es ? "completado" : "completed"
        case .broken: return es ? "roto" : "broken"
        case .cancelled: return es ? "cancelado" : "cancelled"
        }
    }

    func status(_ status: InstallmentStatus) -> String {
        switch status {
        case .pending: return es ? "pendiente" : "pending"
        case .paid: return es ? "pagado" : "paid"
        case .late: return es ? "atrasado" : "late"
        case .missed: return es ? "impagado" : "missed"
        }
    }
}
