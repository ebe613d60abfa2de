import CobroDomain
import Testing

private func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
private func eur(_ cents: Int64) -> Money { Money(minorUnits: cents, currency: .EUR) }

private func terms(_ amount: Money, down: Money? = nil, count: Int, _ frequency: InstallmentFrequency = .monthly,
                   agreed: String = "2026-11-23", first: String) -> AgreementTerms {
    AgreementTerms(amount: amount, downPayment: down, installmentCount: count, frequency: frequency,
                   agreementDate: date(agreed), firstDate: date(first))
}

@Suite("Agreement schedule (SPEC §5): equal installments, remainder on the last, dates by frequency")
struct AgreementScheduleTests {
    @Test("the SPEC's example: 1000.00 with 100.00 down in three monthly installments from Jan 31")
    func specExample() throws {
        let plan = try AgreementSchedule.installments(for: terms(eur(100_000), down: eur(10_000), count: 3, first: "2027-01-31"))
        #expect(plan.map(\.dueDate.iso) == ["2027-01-31", "2027-02-28", "2027-03-31"])
        #expect(plan.map(\.amount.minorUnits) == [30_000, 30_000, 30_000])
        #expect(plan.map(\.number) == [1, 2, 3])
    }

    @Test("installments are rounded down and the remainder goes to the last; they and the down payment add up to the amount")
    func remainderOnTheLast() throws {
        let plan = try AgreementSchedule.installments(for: terms(eur(100_000), down: eur(1), count: 7, .weekly, first: "2026-11-30"))
        #expect(plan.dropLast().allSatisfy { $0.amount.minorUnits == 14_285 })
        #expect(plan.last?.amount.minorUnits == 14_289)
        #expect(plan.reduce(1) { $0 + $1.amount.minorUnits } == 100_000)
    }

    @Test("weekly is every 7 days, biweekly every 14, from the first date")
    func weeklyAndBiweekly() {
        #expect(AgreementSchedule.dueDates(first: date("2026-12-28"), count: 3, frequency: .weekly).map(\.iso)
                == ["2026-12-28", "2027-01-04", "2027-01-11"])
        #expect(AgreementSchedule.dueDates(first: date("2026-12-28"), count: 3, frequency: .biweekly).map(\.iso)
                == ["2026-12-28", "2027-01-11", "2027-01-25"])
    }

    @Test("monthly keeps the first date's day, clamped to short months, across February in leap and common years",
          arguments: [
            ("2027-01-29", ["2027-01-29", "2027-02-28", "2027-03-29", "2027-04-29"]),
            ("2027-01-30", ["2027-01-30", "2027-02-28", "2027-03-30", "2027-04-30"]),
            ("2027-01-31", ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"]),
            ("2028-01-29", ["2028-01-29", "2028-02-29", "2028-03-29", "2028-04-29"]),
            ("2028-01-30", ["2028-01-30", "2028-02-29", "2028-03-30", "2028-04-30"]),
            ("2028-01-31", ["2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30"]),
            ("2026-11-30", ["2026-11-30", "2026-12-30", "2027-01-30", "2027-02-28"]),
          ])
    func monthlyClamping(first: String, expected: [String]) {
        #expect(AgreementSchedule.dueDates(first: date(first), count: 4, frequency: .monthly).map(\.iso) == expected)
    }

    @Test("no down payment: the installments cover it all")
    func zeroDownPayment() throws {
        let plan = try AgreementSchedule.installments(for: terms(eur(90_000), count: 3, first: "2026-12-01"))
        #expect(plan.map(\.amount.minorUnits) == [30_000, 30_000, 30_000])
    }

    @Test("one installment after a down payment of the debt minus one cent is that cent")
    func downPaymentAllButOneCent() throws {
        let plan = try AgreementSchedule.installments(for: terms(eur(50_000), down: eur(49_999), count: 1, first: "2026-12-01"))
        #expect(plan.map(\.amount.minorUnits) == [1])
    }

    @Test("zero-decimal CLP: whole pesos, remainder on the last")
    func chileanPesos() throws {
        let amount = Money(minorUnits: 1_000_000, currency: Currency(code: "CLP")!)
        let plan = try AgreementSchedule.installments(for: terms(amount, count: 3, first: "2026-12-15"))
        #expect(plan.map(\.amount.minorUnits) == [333_333, 333_333, 333_334])
        #expect(plan.last?.amount.decimalString == "333334")
    }

    @Test("a discount and a fee change what the installments cover, shown apart from the debt")
    func discountAndFee() throws {
        var withFee = terms(eur(100_000), down: eur(10_000), count: 3, first: "2027-01-31")
        withFee.fee = eur(3_000)
        #expect(try AgreementSchedule.installments(for: withFee).map(\.amount.minorUnits) == [31_000, 31_000, 31_000])
        var withDiscount = withFee
        withDiscount.fee = eur(0)
        withDiscount.discount = eur(9_000)
        let plan = try AgreementSchedule.plan(customerCode: "C1", terms: withDiscount)
        #expect(plan.amount == eur(100_000) && plan.payable == eur(91_000) && plan.scheduledTotal == eur(91_000))
    }

    @Test("what cannot make a plan is refused with what to change")
    func refusals() {
        #expect(throws: AgreementPlanError.tooManyInstallments(requested: 5, maximum: 4)) {
            try AgreementSchedule.installments(for: terms(eur(4), count: 5, first: "2026-12-01"))
        }
        #expect(throws: AgreementPlanError.noInstallments) {
            try AgreementSchedule.installments(for: terms(eur(100), count: 0, first: "2026-12-01"))
        }
        #expect(throws: AgreementPlanError.downPaymentExceedsDebt(downPayment: eur(200), amount: eur(100))) {
            try AgreementSchedule.installments(for: terms(eur(100), down: eur(200), count: 1, first: "2026-12-01"))
        }
        #expect(throws: AgreementPlanError.nothingLeftForInstallments) {
            try AgreementSchedule.installments(for: terms(eur(100), down: eur(100), count: 1, first: "2026-12-01"))
        }
        #expect(throws: AgreementPlanError.firstDateBeforeAgreement(first: date("2026-11-01"), agreement: date("2026-11-23"))) {
            try AgreementSchedule.installments(for: terms(eur(100), count: 1, first: "2026-11-01"))
        }
        let usd = Money(minorUnits: 10, currency: .USD)
        #expect(throws: AgreementPlanError.currencyMismatch(.USD, .EUR)) {
            try AgreementSchedule.installments(for: terms(eur(100), down: usd, count: 1, first: "2026-12-01"))
        }
        #expect(AgreementPlanError.tooManyInstallments(requested: 5, maximum: 4).message(in: .es).contains("como mucho 4"))
    }
}

@Suite("Agreement edits: change one installment and the plan stays whole")
struct AgreementEditTests {
    private var plan: PaymentAgreement {
        get throws {
            try AgreementSchedule.plan(customerCode: "C001", terms: terms(eur(100_000), down: eur(10_000), count: 3, first: "2027-01-31"))
        }
    }

    @Test("a smaller installment spreads the difference over the later ones, remainder on the last")
    func smallerInstallment() throws {
        let edited = try plan.settingAmount(eur(10_001), ofInstallment: 1)
        #expect(edited.installments.map(\.amount.minorUnits) == [10_001, 39_999, 40_000])
        #expect(edited.scheduledTotal == eur(100_000))
    }

    @Test("the last installment cannot change alone: the clerk is told by how much the plan would be off")
    func lastInstallment() throws {
        #expect(throws: AgreementEditError.noLaterInstallments(difference: eur(5_000))) {
            try plan.settingAmount(eur(25_000), ofInstallment: 3)
        }
        let message = AgreementEditError.noLaterInstallments(difference: eur(5_000)).message(in: .en)
        #expect(message.contains("€50.00 short"))
    }

    @Test("an installment that would leave the later ones under a minor unit is refused")
    func tooLarge() throws {
        #expect(throws: AgreementEditError.laterInstallmentsTooSmall(difference: eur(-59_999), left: eur(1), count: 2)) {
            try plan.settingAmount(eur(89_999), ofInstallment: 1)
        }
        #expect(try plan.settingAmount(eur(89_998), ofInstallment: 1).installments.map(\.amount.minorUnits) == [89_998, 1, 1])
    }

    @Test("a due date keeps the installments in order and not before the agreement")
    func dates() throws {
        #expect(try plan.settingDueDate(date("2027-02-15"), ofInstallment: 2).installments[1].dueDate == date("2027-02-15"))
        #expect(throws: AgreementEditError.dateOutOfOrder(date("2027-04-01"), after: date("2027-01-31"), before: date("2027-03-31"))) {
            try plan.settingDueDate(date("2027-04-01"), ofInstallment: 2)
        }
        #expect(throws: AgreementEditError.dateBeforeAgreement(date("2026-11-01"), agreement: date("2026-11-23"))) {
            try plan.settingDueDate(date("2026-11-01"), ofInstallment: 1)
        }
    }
}

@Suite("Agreement tracking: payments pay the down payment, then the installments in order")
struct AgreementProgressTests {
    private let agreement = try! AgreementSchedule.plan(
        customerCode: "C001", terms: terms(eur(100_000), down: eur(10_000), count: 3, first: "2026-12-23"))

    private func paid(_ pairs: (String, Int64)...) -> [DatedPayment] { pairs.map { DatedPayment(date: date($0.0), amount: eur($0.1)) } }

    private func progress(_ payments: [DatedPayment], on today: String) -> AgreementProgress {
        AgreementProgress(agreement, payments: payments, today: date(today), graceDays: 5)
    }

    @Test("paid on time: each item paid on its day, the next one pending")
    func onTime() {
        let state = progress(paid(("2026-11-23", 10_000), ("2026-12-22", 30_000)), on: "2027-01-05")
        #expect(state.items.map(\.status) == [.paid, .paid, .pending, .pending])
        #expect(state.status == .active && state.isUpToDate)
        #expect(state.nextDue?.number == 2)
    }

    @Test("a payment before the agreement date pays nothing of it")
    func paymentsBeforeTheAgreement() {
        let state = progress(paid(("2026-11-20", 10_000)), on: "2026-11-23")
        #expect(state.items[0].status == .pending)
    }

    @Test("unpaid past its date but within the grace: late, not broken; paid late within the grace: paid")
    func lateWithinGrace() {
        let late = progress(paid(("2026-11-23", 10_000)), on: "2026-12-27")
        #expect(late.items[1].status == .late)
        #expect(late.status == .active && !late.isUpToDate)
        #expect(late.amountLate == eur(30_000))
        let caughtUp = progress(paid(("2026-11-23", 10_000), ("2026-12-27", 30_000)), on: "2026-12-28")
        #expect(caughtUp.items[1].status == .paid && caughtUp.isUpToDate)
    }

    @Test("a partial payment leaves the installment unpaid; past the grace it is missed and the agreement broken")
    func partialThenBroken() {
        let state = progress(paid(("2026-11-23", 10_000), ("2026-12-20", 12_000)), on: "2026-12-29")
        #expect(state.items[1].paid == eur(12_000))
        #expect(state.items[1].status == .missed)
        #expect(state.status == .broken)
        #expect(state.broken == BrokenAgreement(installmentDue: date("2026-12-23"), unpaid: eur(18_000)))
    }

    @Test("everything paid completes it")
    func completed() {
        let state = progress(paid(("2026-11-23", 100_000)), on: "2026-11-24")
        #expect(state.status == .completed)
        #expect(state.items.allSatisfy { $0.paidOn == date("2026-11-23") })
    }
}
