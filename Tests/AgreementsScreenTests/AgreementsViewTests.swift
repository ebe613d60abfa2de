@testable import AgreementsScreen
import CobroDomain
import CobroTerminal
import Testing

/// The builder with 3 monthly installments from 31 Jan 2027 and €100.00 down, focus on the schedule.
private func builtPlan(_ language: Language) -> AgreementsState {
    var state = AgreementsState(language: language, today: Fixture.today, role: .clerk)
    _ = AgreementsFeature.reduce(&state, .startPlan(Fixture.customer))
    var builder = state.builder!
    fill(&builder, down: language == .es ? "100,00" : "100.00", installments: "3", first: "2027-01-31")
    focus(.schedule, on: &builder)
    state.builder = builder
    return state
}

@Suite("Agreements screen: drawing at 80×24 and 120×40, in Spanish and English")
struct AgreementsViewTests {
    @Test("the builder fits 80×24: the terms, the whole schedule and the footer", arguments: [Language.es, .en])
    func builderAt80x24(_ language: Language) throws {
        let lines = screen(builtPlan(language), width: 80, height: 24)
        let text = PlanStrings(language)
        #expect(lines[3].contains(text.title(Fixture.customer)))
        for field in PlanField.leftColumn + PlanField.rightColumn {
            #expect(line(text.label(field), in: lines) != nil, "\(field) is missing")
        }
        let dates = ["2027-01-31", "2027-02-28", "2027-03-31"].map { Fixture.date($0).formatted(in: language) }
        for date in dates { #expect(line(date, in: lines) != nil, "\(date) is missing") }
        #expect(lines[21].contains(language == .es ? "Diferencia" : "Difference"), "the footer sits on the last row of the area")
    }

    @Test("the builder at 120×40 shows a long plan's installments and what each term comes to", arguments: [Language.es, .en])
    func builderAt120x40(_ language: Language) throws {
        var state = builtPlan(language)
        var builder = state.builder!
        fill(&builder, installments: "24")
        state.builder = builder
        let lines = screen(state)
        let last = Fixture.date("2027-01-31").addingMonths(23).formatted(in: language)
        #expect(line("→ " + last, in: lines) != nil, "the first date's remark gives the last due date")
        #expect(lines.filter { $0.contains("37,50") || $0.contains("37.50") }.count >= 24 - 1)
        #expect(line(language == .es ? "solo un propietario puede activar" : "only an owner may activate", in: lines) != nil)
    }

    @Test("the selected cell is marked while the schedule has the focus")
    func selectedCellIsMarked() throws {
        let state = builtPlan(.en)
        var grid = Grid(width: 80, height: 24)
        AgreementsView.render(state, into: &grid, in: Rect(x: 0, y: 3, width: 80, height: 19))
        let lines = grid.text.components(separatedBy: "\n")
        let y = try #require(lines.firstIndex { $0.contains("31 Jan 2027") })
        let x = try #require(lines[y].range(of: "300.00").map { lines[y].distance(from: lines[y].startIndex, to: $0.lowerBound) })
        #expect(grid[x, y].style == Style(.input, bold: true))
    }

    @Test("the list fits 80×24 and 120×40 in both languages", arguments: [Language.es, .en], [80, 120])
    func listSizes(_ language: Language, _ width: Int) throws {
        let state = Fixture.loadedList(language)
        let lines = screen(state, width: width, height: width == 80 ? 24 : 40)
        let text = AgreementsStrings(language)
        #expect(lines[3].contains(text.title))
        for summary in Fixture.summaries {
            let row = try #require(line("Cliente \(summary.agreement.customerCode)", in: lines))
            #expect(row.contains(AgreementWords.status(summary.status, in: language)))
        }
        let broken = try #require(line("Cliente C002", in: lines))
        #expect(broken.contains(Fixture.money(10_000).formatted(in: language)), "what is late shows at any width")
        #expect(broken.contains(Fixture.date("2026-10-30").formatted(in: language)), "and the next due date")
    }

    @Test("an opened agreement in Spanish reads its terms, where it stands and its schedule")
    func detailInSpanish() throws {
        var state = Fixture.loadedList(.es)
        press(.enter, on: &state)
        let lines = screen(state, width: 80, height: 24)
        #expect(line("Acuerdo #1 · C001 Cliente C001", in: lines)?.contains("activo") == true)
        let euros = { (units: Int64) in Fixture.money(units).formatted(in: .es) }
        #expect(line("Deuda \(euros(30_000)) en 3 plazos (mensual)", in: lines) != nil)
        #expect(line("Próximo: el plazo 2, 20/12/2026, \(euros(10_000))", in: lines)?.contains("Nada atrasado") == true)
        #expect(row(1, in: lines)?.contains("20/11/2026") == true)
        #expect(row(1, in: lines)?.contains("pagado") == true)
    }

    @Test("the legend comes from the keymap: Tab between fields, save and activate in the builder")
    func legend() {
        let state = builtPlan(.en)
        let titles = AgreementsFeature.legend(state).filter(\.showsInLegend).map { "\($0.keyLabel) \($0.title)" }
        #expect(titles == ["Tab/S-Tab Field", "Enter Edit", "←/→ Column", "^S Draft", "^T Activate", "Esc Back"])
        let list = AgreementsFeature.legend(Fixture.loadedList(.es)).filter(\.showsInLegend).map(\.title)
        #expect(list == ["Mover", "Abrir", "Estado: todos", "Nuevo", "Cancelar"])
    }
}
