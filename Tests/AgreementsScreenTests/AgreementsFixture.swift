@testable import AgreementsScreen
import CobroDomain
import CobroTerminal
import Testing

/// Ferretería Núñez (C001) owes €1,000.00 and $250.00 on Monday 23 Nov 2026.
enum Fixture {
    static let today = CivilDate(iso: "2026-11-23")!
    static let customer = PlanCustomer(code: "C001", name: "Ferretería Núñez",
                                       balances: [money(25_000, .USD), money(100_000, .EUR)])

    static func money(_ units: Int64, _ currency: Currency = .EUR) -> Money { Money(minorUnits: units, currency: currency) }
    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    static func builder(_ language: Language = .en, role: Role = .clerk, customer: PlanCustomer = customer) -> PlanBuilder {
        PlanBuilder(customer: customer, language: language, today: today, role: role)
    }

    /// An agreement made on 1 Sep 2026 of three monthly installments of €100.00 from `first`,
    /// with `paid` paid on 30 Sep.
    static func summary(_ id: Int64, _ code: String, status: AgreementStatus, paid: Int64 = 0,
                        first: String = "2026-09-30") -> AgreementSummary {
        let terms = AgreementTerms(amount: money(30_000), installmentCount: 3, frequency: .monthly,
                                   agreementDate: date("2026-09-01"), firstDate: date(first))
        var agreement = try! AgreementSchedule.plan(customerCode: code, terms: terms)
        agreement.status = status
        let payments = paid > 0 ? [DatedPayment(date: date("2026-09-30"), amount: money(paid))] : []
        return AgreementSummary(id: id, customerName: "Cliente \(code)", agreement: agreement,
                                progress: AgreementProgress(agreement, payments: payments, today: today, graceDays: 5))
    }

    /// Five agreements: active and up to date, active but its second installment unpaid past the
    /// grace (broken), a draft, a cancelled one and a completed one.
    static let summaries = [
        summary(1, "C001", status: .active, paid: 10_000, first: "2026-11-20"),
        summary(2, "C002", status: .active, paid: 10_000),
        summary(3, "C003", status: .draft),
        summary(4, "C004", status: .cancelled),
        summary(5, "C005", status: .completed, paid: 30_000),
    ]

    static func loadedList(_ language: Language = .en, role: Role = .clerk) -> AgreementsState {
        var state = AgreementsState(language: language, today: today, role: role)
        _ = AgreementsFeature.reduce(&state, .listLoaded(summaries))
        return state
    }
}

/// Presses the keys in order and returns what the last one answered.
@discardableResult
func press(_ keys: Key..., on builder: inout PlanBuilder) -> PlanBuilderResponse {
    keys.reduce(PlanBuilderResponse.editing) { _, key in builder.handle(key) }
}

func type(_ text: String, on builder: inout PlanBuilder) {
    for character in text { _ = builder.handle(.character(character)) }
}

/// Tabs to `field`.
func focus(_ field: PlanField, on builder: inout PlanBuilder) {
    while builder.focus != field { _ = builder.handle(.tab) }
}

/// Fills the terms as the clerk would: each field focused, cleared (^U) and typed.
func fill(_ builder: inout PlanBuilder, down: String? = nil, installments: String? = nil, first: String? = nil) {
    for (field, value) in [(PlanField.downPayment, down), (.installments, installments), (.firstDate, first)] {
        guard let value else { continue }
        focus(field, on: &builder)
        _ = builder.handle(.control("u"))
        type(value, on: &builder)
    }
}

@discardableResult
func press(_ keys: Key..., on state: inout AgreementsState) -> [AgreementsEffect] {
    keys.flatMap { AgreementsFeature.reduce(&state, .key($0)) }
}

/// The screen as text lines, drawn in the desk's content area of a `width`×`height` terminal.
func screen(_ state: AgreementsState, width: Int = 120, height: Int = 40) -> [String] {
    var grid = Grid(width: width, height: height)
    AgreementsView.render(state, into: &grid, in: Rect(x: 0, y: 3, width: width, height: height - 5))
    return grid.text.components(separatedBy: "\n")
}

func screen(_ builder: PlanBuilder, width: Int = 120, height: Int = 40) -> [String] {
    var state = AgreementsState(language: builder.language, today: builder.today, role: builder.role)
    state.builder = builder
    return screen(state, width: width, height: height)
}

func line(_ text: String, in lines: [String]) -> String? { lines.first { $0.contains(text) } }

/// The table row of installment (or agreement) `number`: the line whose first word it is.
func row(_ number: Int, in lines: [String]) -> String? {
    lines.first { $0.drop { $0 == " " }.hasPrefix("\(number) ") }
}
