import CobroDomain
import CobroTerminal
@testable import TemplatesScreen
import Testing

@Suite("Templates screen: the late-payment interest and compensation below the ladder")
struct InterestRatesViewTests {
    private func screen(_ language: Language = .en, rules: LatePaymentRules = .spain, today: CivilDate = CivilDate(year: 2026, month: 12, day: 4)!,
                        width: Int = 120, height: Int = 40) -> [String] {
        let desk = FakeTemplateDesk()
        desk.ladder.latePayment = rules
        desk.today = today
        var state = Fixture.state(language, desk: desk)
        Fixture.press(.character("L"), on: &state, desk: desk)
        return Fixture.screen(state, width: width, height: height).components(separatedBy: "\n")
    }

    private func index(of text: String, in lines: [String]) -> Int? { lines.firstIndex { $0.contains(text) } }

    @Test("each half-year's rate shows newest first, with the BOE reference it comes from")
    func newestFirstWithSource() throws {
        let lines = screen(today: CivilDate(year: 2026, month: 3, day: 10)!)
        let heading = try #require(index(of: "Late-payment interest (Ley 3/2004)", in: lines))
        #expect(lines[heading + 1].contains("2026-H1") && lines[heading + 1].contains("10.15%")
            && lines[heading + 1].contains("BOE-A-2025-27201, Resolución de 23 de diciembre de 2025"))
        #expect(lines[heading + 2].contains("2025-H2") && lines[heading + 2].contains("BOE-A-2025-13217"))
        let older = try #require(index(of: "2024-H1", in: lines))
        #expect(lines[older].contains("12.50%"))
        #expect(try #require(index(of: "2025-H1", in: lines)) < older)
        #expect(!lines.contains { $0.contains("until you add the published one") })
    }

    @Test("rates, compensation and the warning are worded per language: 10,15 % and 40,00 € in Spanish, 10.15% and €40.00 in English")
    func languages() {
        let spanish = screen(.es, today: CivilDate(year: 2026, month: 3, day: 10)!)
        #expect(spanish.contains { $0.contains("Interés de demora (Ley 3/2004)") })
        #expect(spanish.contains { $0.contains("2026-H1") && $0.contains("10,15\u{00A0}%") })
        #expect(spanish.contains { $0.contains("Compensación: 40,00\u{00A0}€ por factura (EUR) · intereses en facturas en EUR") })
        #expect(spanish.contains { $0.contains("Compruebe cada cifra en el BOE (Boletín Oficial del Estado)") })
        #expect(spanish.contains { $0.contains("nunca se suman al saldo") })
        let english = screen(.en, today: CivilDate(year: 2026, month: 3, day: 10)!)
        #expect(english.contains { $0.contains("2026-H1") && $0.contains("10.15%") })
        #expect(english.contains { $0.contains("Compensation: €40.00 per invoice (EUR) · interest on invoices in EUR") })
        #expect(english.contains { $0.contains("Check each figure against the BOE (Boletín Oficial del Estado)") })
        #expect(english.contains { $0.contains("(dunning:\u{00A0}interest_rates:)") })
    }

    @Test("a current half-year the table lacks is said to take the previous half-year's rate until the owner adds it")
    func assumedCurrentHalfYear() throws {
        let lines = screen(.en)
        let heading = try #require(index(of: "Late-payment interest (Ley 3/2004)", in: lines))
        #expect(lines[heading + 1].contains("2026-H2") && lines[heading + 1].contains("10.15%")
            && lines[heading + 1].contains("previous half-year's rate until you add the published one"))
        #expect(lines[heading + 2].contains("2026-H1") && lines[heading + 2].contains("BOE-A-2025-27201"))
        let spanish = screen(.es)
        #expect(spanish.contains { $0.contains("2026-H2") && $0.contains("tipo del semestre anterior hasta que añada el publicado") })
    }

    @Test("a figure from config.yaml says so as its source, and its currencies and compensation are the ones shown")
    func configuredFigure() {
        var rules = LatePaymentRules.spain
        rules.rates.entries[HalfYear(year: 2026, half: 2)!] = .init(basisPoints: 1000, source: "config.yaml")
        rules.interestCurrencies = [.EUR, .USD]
        rules.compensation[.USD] = 5000
        let lines = screen(.en, rules: rules)
        #expect(lines.contains { $0.contains("2026-H2") && $0.contains("10.00%") && $0.contains("config.yaml") })
        #expect(!lines.contains { $0.contains("until you add the published one") })
        #expect(lines.contains { $0.contains("Compensation: €40.00 per invoice (EUR), $50.00 per invoice (USD) · interest on invoices in EUR, USD") })
    }

    @Test("at 80×24 the section fits below the five stages: fewer half-years, the warning whole, nothing past the content area")
    func fitsEightyByTwentyFour() throws {
        for language in Language.allCases {
            let lines = screen(language, width: 80, height: 24)
            #expect(lines.allSatisfy { TextWidth.of($0) <= 80 })
            // The content area ends two rows above the bottom (status bar and legend).
            #expect(lines[22...].allSatisfy { $0.isEmpty })
            let text = LadderStrings(language)
            let heading = try #require(index(of: text.interestTitle, in: lines))
            #expect(lines[heading + 1].contains("2026-H2") && lines[heading + 1].contains(text.assumedRate))
            #expect(lines[heading + 2].contains("2026-H1") && lines[heading + 2].contains("BOE-A-2025-27201"))
            #expect(!lines.contains { $0.contains("2022-H1") })
            let warning = TextWidth.wrap(text.interestNote, width: 78)
            #expect(lines[21].hasPrefix(" " + warning.last!))
        }
    }
}
