import CobroDomain
import CobroTerminal
@testable import TemplatesScreen
import Testing

@Suite("Templates screen: the owner's dunning ladder")
struct LadderTests {
    private func ladder(role: Role = .owner, source: LadderSource = .standard) -> (TemplatesState, FakeTemplateDesk) {
        let desk = FakeTemplateDesk()
        desk.ladder.source = source
        var state = Fixture.state(.en, role: role, desk: desk)
        Fixture.press(.character("L"), on: &state, desk: desk)
        return (state, desk)
    }

    @Test("L shows every stage with its days, channels and late-payment flag, and where the ladder comes from")
    func showsTheLadder() {
        let (state, _) = ladder()
        let lines = Fixture.screen(state).components(separatedBy: "\n")
        #expect(lines.contains { $0.contains("Dunning ladder · the SPEC's (never changed)") })
        #expect(lines.contains { $0.contains("Friendly reminder before due") && $0.contains("-3") })
        #expect(lines.contains { $0.contains("Final notice") && $0.contains("45") && $0.contains("■       ■") && $0.contains("yes") })
        #expect(lines.contains { $0.contains("The ladder is valid.") })
        #expect(lines.contains { $0.contains("Late-payment interest (Ley 3/2004)") })
    }

    @Test("the owner changes days and channels; a ladder DunningPolicy refuses says why and is not saved")
    func editAndValidate() throws {
        var (state, desk) = ladder()
        // Second (21 days) moved to 7, the first stage's day: refused.
        Fixture.press(.down, .down, .enter, .control("u"), on: &state, desk: desk)
        Fixture.type("7", on: &state, desk: desk)
        Fixture.press(.enter, on: &state, desk: desk)
        #expect(Fixture.screen(state).contains("Not valid: stages first and second are reached on the same day"))
        Fixture.press(.control("s"), on: &state, desk: desk)
        #expect(desk.savedLadders.isEmpty)
        // 14 days, and a letter as well.
        Fixture.press(.enter, .control("u"), on: &state, desk: desk)
        Fixture.type("14", on: &state, desk: desk)
        Fixture.press(.enter, .right, .right, .character(" "), on: &state, desk: desk)
        Fixture.press(.function(2), on: &state, desk: desk)
        let saved = try #require(desk.savedLadders.first)
        let second = try #require(saved.stage(named: "second"))
        #expect(second.days == 14)
        #expect(second.channels == [.email, .letter])
        #expect(state.message?.text == "Ladder saved: cobro remind follows it from now on.")
    }

    @Test("d restores the SPEC's ladder")
    func restore() {
        var (state, desk) = ladder()
        Fixture.press(.right, .character(" "), .character("d"), on: &state, desk: desk)
        #expect(state.ladder?.stages == DunningPolicy.standard.stages)
    }

    @Test("a clerk sees the ladder read-only and is told why; set in config.yaml it is read-only for everyone")
    func readOnly() {
        var (state, desk) = ladder(role: .clerk)
        Fixture.press(.character(" "), on: &state, desk: desk)
        #expect(state.message?.text == "only an owner can change the ladder")
        var (fromConfig, configDesk) = ladder(source: .config)
        Fixture.press(.character("d"), on: &fromConfig, desk: configDesk)
        #expect(fromConfig.message?.text == "the ladder is set in config.yaml")
        #expect(Fixture.screen(fromConfig).contains("set in config.yaml (dunning: stages:): change it there"))
    }
}
