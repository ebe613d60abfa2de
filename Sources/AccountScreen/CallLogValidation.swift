import CobroDomain
import CobroTerminal
import Foundation

extension CallLogForm {
    /// What is wrong with `field` now, in the clerk's language; nil when it is fine.
    func problem(_ field: CallLogField) -> String? {
        let text = CallLogStrings(language)
        switch field {
        case .amount:
            guard let currency = promiseCurrency else { return nil }
            switch parsedAmount(in: currency) {
            case .success(let money): return money.minorUnits > 0 ? nil : text.amountNotPositive
            case .failure(.empty): return text.amountEmpty
            // "1,234.56" is how English writes amounts; say what to type instead.
            case .failure(.notANumber): return amount.text.contains(",") && language == .en ? text.amountGrouping : text.amountNotANumber
            case .failure(.tooManyDecimals): return text.amountTooManyDecimals(currency)
            case .failure(.misplacedGroupSeparator): return text.amountGrouping
            case .failure(.outOfRange): return text.amountTooLarge
            }
        case .currency:
            return currencies.isEmpty ? text.noCurrency : nil
        case .promiseDate:
            if promiseDate.text.isEmpty { return text.dateEmpty }
            guard let date = CivilDate(iso: promiseDate.text) else { return text.dateInvalid }
            return date < today ? text.dateBeforeToday : nil
        case .callbackTime:
            switch CallLogCallbackTime.parse(callbackTime.text, now: now, timeZone: timeZone) {
            case .success: return nil
            case .failure(.empty): return text.timeEmpty
            case .failure(.unreadable): return text.timeUnreadable
            case .failure(.notAfterNow): return text.timeNotAfterNow(LocalClock(now, in: timeZone).time.description)
            }
        case .invoices:
            if openInvoices.isEmpty { return text.noOpenInvoices }
            return disputed.isEmpty ? text.noInvoiceTicked : nil
        case .reason:
            return trimmed(reason.text) == nil ? text.reasonEmpty : nil
        case .note:
            return outcome == .other && trimmed(note.text) == nil ? text.noteRequired : nil
        case .debtorType, .contactPerson:
            return nil
        }
    }

    /// The problem to show beside `field`: only once the clerk has left it or tried to save.
    func shownProblem(_ field: CallLogField) -> String? { checked.contains(field) ? problem(field) : nil }

    /// The contact as logged, or nil while the outcome's fields have a problem.
    var draft: CallLogDraft? {
        guard let outcome, step == .details else { return nil }
        let fields = fields(for: outcome)
        guard fields.allSatisfy({ problem($0) == nil }) else { return nil }
        var draft = CallLogDraft(channel: channel, direction: direction, outcome: outcome, note: trimmed(note.text))
        if fields.contains(.contactPerson) { draft.contactPerson = personIndex.map { contactPeople[$0] } }
        switch outcome {
        case .promise:
            guard let currency = promiseCurrency, case .success(let money) = parsedAmount(in: currency),
                  let date = CivilDate(iso: promiseDate.text)
            else { return nil }
            draft.promise = PromiseToPay(amount: money, date: date)
        case .callback:
            guard case .success(let instant) = CallLogCallbackTime.parse(callbackTime.text, now: now, timeZone: timeZone) else { return nil }
            draft.callbackAt = instant
        case .dispute:
            draft.disputedInvoices = openInvoices.map(\.number).filter(disputed.contains)
            draft.disputeReason = trimmed(reason.text)
            draft.debtorType = currentDebtorType == .dispute ? nil : .dispute
        case .rightParty, .refused, .paid, .other:
            draft.debtorType = debtorType == currentDebtorType ? nil : debtorType
        case .noAnswer, .voicemail, .wrongNumber:
            break
        }
        return draft
    }

    /// Amounts are typed as the language writes them: `1234,56` in Spanish, `1234.56` in English.
    func parsedAmount(in currency: Currency) -> Result<Money, AmountError> {
        Result { () throws(AmountError) -> Money in
            try Money.parse(amount.text.trimmingCharacters(in: .whitespaces), currency: currency,
                            separator: language == .es ? .comma : .point)
        }
    }

    private func trimmed(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
