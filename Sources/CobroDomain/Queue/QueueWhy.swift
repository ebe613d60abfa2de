import Foundation

/// Why an account is in the queue where it is: the structured reason behind the one-line *why*.
/// Screens may use the parts; `text(in:)` renders the line.
///
/// English uses the machine forms (`150.00 EUR`, `2026-11-20`), the same the JSON output uses,
/// so the English line reads the same on screen and in scripts; Spanish uses the Spanish display
/// forms (`150,00 €`, `20/11/2026`).
public enum QueueWhy: Hashable, Sendable {
    /// The customer asked to be called back at `at`, which is `local` on their own clock.
    case callback(at: Date, local: LocalClock)
    /// The promise went unpaid past its grace: `paid` arrived in time, `paidLate` after.
    case brokenPromise(PromiseToPay, paid: Money, paidLate: Money)
    /// An agreement broke on this installment.
    case brokenAgreement(BrokenAgreement)
    /// The promise falls due today; `paid` has arrived toward it so far.
    case promiseDue(PromiseToPay, paid: Money)
    /// Nothing is waiting: the debt itself, per currency (by code).
    case priority(overdue: [OverdueAmount])

    /// The callback time, for `.callback`.
    public var callbackAt: Date? {
        if case .callback(let at, _) = self { return at }
        return nil
    }

    /// The promise's date, or the broken installment's due date.
    public var promiseDate: CivilDate? {
        switch self {
        case .brokenPromise(let promise, _, _), .promiseDue(let promise, _): return promise.date
        case .brokenAgreement(let agreement): return agreement.installmentDue
        case .callback, .priority: return nil
        }
    }

    /// The one-line *why*, e.g. "Promised 150.00 EUR for 2026-11-20; nothing paid" or
    /// "Prometió 150,00 € para el 20/11/2026; no ha pagado".
    public func text(in language: Language) -> String {
        switch (self, language) {
        case (.callback(_, let local), .en):
            return "Asked to be called back on \(local.date.iso) at \(local.time)"
        case (.callback(_, let local), .es):
            return "Pidió que le llamaran el \(local.date.formatted(in: .es)) a las \(local.time)"

        case (.brokenPromise(let promise, let paid, let late), _):
            var text = promised(promise, language) + "; " + paidSoFar(promise, paid: paid, due: false, language)
            if late.minorUnits > 0 {
                text += language == .en ? "; \(money(late, .en)) paid late" : "; pagó \(money(late, .es)) tarde"
            }
            return text

        case (.promiseDue(let promise, let paid), .en):
            return "Promised \(money(promise.amount, .en)) for today (\(promise.date.iso)); "
                + paidSoFar(promise, paid: paid, due: true, .en)
        case (.promiseDue(let promise, let paid), .es):
            return "Prometió \(money(promise.amount, .es)) para hoy (\(promise.date.formatted(in: .es))); "
                + paidSoFar(promise, paid: paid, due: true, .es)

        case (.brokenAgreement(let agreement), .en):
            return "Agreement broken: installment due \(agreement.installmentDue.iso) unpaid (\(money(agreement.unpaid, .en)))"
        case (.brokenAgreement(let agreement), .es):
            return "Acuerdo incumplido: cuota del \(agreement.installmentDue.formatted(in: .es)) sin pagar (\(money(agreement.unpaid, .es)))"

        case (.priority(let overdue), _):
            return owes(overdue, language)
        }
    }

    private func money(_ amount: Money, _ language: Language) -> String {
        language == .en ? amount.description : amount.formatted(in: .es)
    }

    private func promised(_ promise: PromiseToPay, _ language: Language) -> String {
        switch language {
        case .en: return "Promised \(money(promise.amount, .en)) for \(promise.date.iso)"
        case .es: return "Prometió \(money(promise.amount, .es)) para el \(promise.date.formatted(in: .es))"
        }
    }

    /// "nothing paid" / "paid 50.00 EUR, 100.00 EUR missing"; `due` words it for a promise still running.
    private func paidSoFar(_ promise: PromiseToPay, paid: Money, due: Bool, _ language: Language) -> String {
        let missing = Money(minorUnits: max(0, promise.amount.minorUnits - paid.minorUnits), currency: paid.currency)
        switch (paid.minorUnits > 0, due, language) {
        case (false, false, .en): return "nothing paid"
        case (false, false, .es): return "no ha pagado"
        case (false, true, .en): return "nothing paid yet"
        case (false, true, .es): return "aún no ha pagado"
        case (true, false, .en): return "paid \(money(paid, .en)), \(money(missing, .en)) missing"
        case (true, false, .es): return "pagó \(money(paid, .es)), faltan \(money(missing, .es))"
        case (true, true, .en): return "\(money(paid, .en)) paid so far, \(money(missing, .en)) to go"
        case (true, true, .es): return "lleva pagados \(money(paid, .es)), faltan \(money(missing, .es))"
        }
    }

    /// "Owes 150.00 EUR, 45 days overdue" or, with several currencies,
    /// "Owes 150.00 EUR (45 days overdue), 200.00 USD (12 days overdue)".
    private func owes(_ overdue: [OverdueAmount], _ language: Language) -> String {
        func age(_ days: Int) -> String {
            switch language {
            case .en: return days == 1 ? "1 day overdue" : "\(days) days overdue"
            case .es: return days == 1 ? "1 día de atraso" : "\(days) días de atraso"
            }
        }
        let verb = language == .en ? "Owes" : "Debe"
        guard overdue.count > 1 else {
            guard let only = overdue.first else { return language == .en ? "Nothing overdue" : "Nada vencido" }
            return "\(verb) \(money(only.amount, language)), \(age(only.oldestDays))"
        }
        return verb + " " + overdue.map { "\(money($0.amount, language)) (\(age($0.oldestDays)))" }.joined(separator: ", ")
    }
}
