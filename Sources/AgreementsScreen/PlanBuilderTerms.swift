import CobroDomain
import CobroTerminal
import Foundation

extension PlanBuilder {
    /// Reads the terms, makes the schedule and replays the clerk's edits on it. A term that does
    /// not parse, or terms the domain refuses, leave no plan and say why beside the field; edits
    /// that no longer fit the new schedule are dropped, and the clerk is told.
    mutating func recompute() {
        problems = [:]
        let terms = readTerms()
        guard let terms else {
            plan = nil
            return
        }
        do {
            var plan = try AgreementSchedule.plan(customerCode: customer.code, terms: terms)
            let before = edits.count
            edits = edits.filter { edit in
                guard let edited = try? edit.applied(to: plan) else { return false }
                plan = edited
                return true
            }
            if edits.count < before { message = BuilderMessage(text: PlanStrings(language).editsUndone(before - edits.count), isError: false) }
            self.plan = plan
            schedule.select(schedule.selected, rowCount: plan.installments.count, pageSize: pageSize)
        } catch {
            plan = nil
            problems[field(for: error, terms: terms)] = error.message(in: language)
        }
    }

    /// The terms as typed, or nil after noting each field that does not parse.
    private mutating func readTerms() -> AgreementTerms? {
        let text = PlanStrings(language)
        guard let currency else {
            problems[.currency] = text.nothingOwed
            return nil
        }
        let amount = parse(\.amount, .amount, in: currency, emptyIsZero: false)
        let down = parse(\.downPayment, .downPayment, in: currency, emptyIsZero: true)
        let discount = parse(\.discount, .discount, in: currency, emptyIsZero: true)
        let fee = parse(\.fee, .fee, in: currency, emptyIsZero: true)
        // An empty count is zero installments, which the domain refuses in its own words.
        let count = Int(installmentCount.text) ?? 0
        var first: CivilDate?
        if firstDate.text.isEmpty {
            problems[.firstDate] = text.dateEmpty
        } else if let date = CivilDate(iso: firstDate.text) {
            first = date
        } else {
            problems[.firstDate] = text.dateInvalid
        }
        guard let amount, let down, let discount, let fee, let first else { return nil }
        return AgreementTerms(amount: amount, downPayment: down, installmentCount: count, frequency: frequency,
                              agreementDate: today, firstDate: first, discount: discount, fee: fee)
    }

    /// Amounts are typed as the language writes them: `1234,56` in Spanish, `1234.56` in English.
    private mutating func parse(_ path: KeyPath<PlanBuilder, ValidatedField>, _ field: PlanField, in currency: Currency,
                                emptyIsZero: Bool) -> Money? {
        let typed = self[keyPath: path].text.trimmingCharacters(in: .whitespaces)
        if typed.isEmpty, emptyIsZero { return Money.zero(currency) }
        switch parseAmount(typed, in: currency) {
        case .success(let money):
            return money
        case .failure(let error):
            problems[field] = PlanStrings(language).amountProblem(error, currency: currency)
            return nil
        }
    }

    func parseAmount(_ text: String, in currency: Currency) -> Result<Money, AmountError> {
        Result { () throws(AmountError) -> Money in
            try Money.parse(text, currency: currency, separator: language == .es ? .comma : .point)
        }
    }

    /// The term the clerk must change to fix `error`.
    private func field(for error: AgreementPlanError, terms: AgreementTerms) -> PlanField {
        switch error {
        case .noInstallments, .tooManyInstallments, .pastLastDate: return .installments
        case .nothingToCover: return .amount
        case .amountTooLarge: return terms.fee.isZero ? .amount : .fee
        case .negativeDownPayment, .downPaymentExceedsDebt, .nothingLeftForInstallments, .currencyMismatch: return .downPayment
        case .negativeAdjustment: return terms.discount.minorUnits < 0 ? .discount : .fee
        case .firstDateBeforeAgreement: return .firstDate
        case .currencyNotOwed, .currencyRequired: return .currency
        }
    }

    // MARK: Editing a cell

    /// Opens the selected cell for editing: with its value (Enter), or with the typed character
    /// in place of it.
    mutating func startEditing(with key: Key?) {
        guard let plan, let row = schedule.selection(rowCount: plan.installments.count) else { return }
        let installment = plan.installments[row]
        let value = scheduleColumn == .amount ? typed(installment.amount) : installment.dueDate.iso
        var editor = CellEditor(installment: installment.number, column: scheduleColumn, text: value)
        if let key {
            editor.type(key)
            // A key the cell does not take (a letter) opens nothing.
            guard !editor.showsCurrentValue else { return }
        }
        cell = editor
    }

    /// Applies the cell's text through the domain's edits, which keep the plan whole or say
    /// exactly what does not add up; a refused edit stays open with its text.
    mutating func applyCell() {
        guard var editor = cell, let plan, let currency else { return }
        let text = PlanStrings(language)
        let typed = editor.field.text.trimmingCharacters(in: .whitespaces)
        let edit: InstallmentEdit
        switch editor.column {
        case .amount:
            switch parseAmount(typed, in: currency) {
            case .success(let money): edit = .amount(money, installment: editor.installment)
            case .failure(let error):
                editor.error = text.amountProblem(error, currency: currency)
                cell = editor
                return
            }
        case .dueDate:
            guard let date = CivilDate(iso: typed) else {
                editor.error = typed.isEmpty ? text.dateEmpty : text.dateInvalid
                cell = editor
                return
            }
            edit = .dueDate(date, installment: editor.installment)
        }
        do {
            self.plan = try edit.applied(to: plan)
            edits.append(edit)
            cell = nil
        } catch {
            editor.error = error.message(in: language)
            cell = editor
        }
    }
}
