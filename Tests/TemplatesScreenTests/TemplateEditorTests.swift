import CobroDomain
import CobroTerminal
@testable import TemplatesScreen
import Testing

@Suite("Templates screen: editing a template")
struct TemplateEditorTests {
    private func editing(_ stage: String, _ channel: ContactChannel, role: Role = .owner) -> (TemplatesState, FakeTemplateDesk) {
        let desk = FakeTemplateDesk()
        var state = Fixture.state(.en, role: role, desk: desk)
        Fixture.select(stage, channel, on: &state, desk: desk)
        Fixture.press(.character("e"), on: &state, desk: desk)
        return (state, desk)
    }

    @Test("typing inserts at the cursor, Enter starts a new line, Tab moves between subject and body")
    func typing() throws {
        var (state, desk) = editing("first", .email)
        #expect(state.isEditingText)
        Fixture.press(.end, on: &state, desk: desk)
        Fixture.type(" urgente", on: &state, desk: desk)
        Fixture.press(.tab, on: &state, desk: desk)
        Fixture.press(.end, on: &state, desk: desk)
        Fixture.press(.enter, on: &state, desk: desk)
        Fixture.type("Gracias.", on: &state, desk: desk)
        let template = try #require(state.editor?.template)
        #expect(template.subject == "Aviso {{customer_code}} urgente")
        #expect(template.body == "Hola {{contact_name}},\nGracias.\nle debe {{total_due}}.\n")
        let screen = Fixture.screen(state)
        #expect(screen.contains("Subject: Aviso {{customer_code}} urgente"))
        #expect(screen.contains("  2 Gracias."))
    }

    @Test("Backspace at the start of a line joins it to the one above; Delete at the end joins the next")
    func joiningLines() throws {
        var (state, desk) = editing("second", .letter)
        Fixture.press(.down, .home, .backspace, on: &state, desk: desk)
        #expect(state.editor?.template.body == "Hola {{contact_name}},le debe {{total_due}}.\n")
        Fixture.press(.enter, .up, .end, .delete, on: &state, desk: desk)
        #expect(state.editor?.template.body == "Hola {{contact_name}},le debe {{total_due}}.\n")
    }

    @Test("an unknown field is reported as typed, with its line, and the line is marked")
    func validation() throws {
        var (state, desk) = editing("second", .letter)
        Fixture.press(.down, .end, .enter, on: &state, desk: desk)
        Fixture.type("{{nope}}", on: &state, desk: desk)
        #expect(state.editor?.problems.map(\.line) == [3])
        #expect(state.editor?.bodyProblemLines == [3], "the gutter marks line 3")
        #expect(Fixture.screen(state).contains("template (body, line 3): 'nope' is not a template field"))
        Fixture.press(.control("s"), on: &state, desk: desk)
        #expect(desk.saved.isEmpty)
        #expect(state.message?.text == "Not saved: fix the problems shown first.")
    }

    @Test("Ctrl-S (or F2) saves a clean template and reads the list again")
    func save() throws {
        var (state, desk) = editing("second", .letter)
        Fixture.type("Estimado cliente: ", on: &state, desk: desk)
        Fixture.press(.function(2), on: &state, desk: desk)
        #expect(desk.saved.map(\.body) == ["Estimado cliente: Hola {{contact_name}},\nle debe {{total_due}}.\n"])
        #expect(state.editor == nil)
        #expect(state.message?.text == "Template saved.")
    }

    @Test("a clerk may try the wording but not save it, and is told why")
    func clerkCannotSave() throws {
        var (state, desk) = editing("second", .letter, role: .clerk)
        Fixture.type("x", on: &state, desk: desk)
        Fixture.press(.control("s"), on: &state, desk: desk)
        #expect(desk.saved.isEmpty)
        #expect(state.message?.text == "only an owner can save templates")
        let save = try #require(TemplatesFeature.legend(state).first { $0.title == "Save" })
        #expect(save.disabledReason == "only an owner can save templates")
    }

    @Test("Esc asks before discarding edits; without edits it just closes")
    func discard() {
        var (state, desk) = editing("second", .letter)
        Fixture.press(.escape, on: &state, desk: desk)
        #expect(state.editor == nil)
        Fixture.press(.character("e"), on: &state, desk: desk)
        Fixture.type("x", on: &state, desk: desk)
        Fixture.press(.escape, on: &state, desk: desk)
        #expect(Fixture.screen(state).contains("Discard them?"))
        Fixture.press(.character("n"), on: &state, desk: desk)
        #expect(state.editor?.hasChanges == true)
        Fixture.press(.escape, .character("y"), on: &state, desk: desk)
        #expect(state.editor == nil)
        #expect(desk.saved.isEmpty)
    }

    @Test("F3 shows the edited text filled in for the customer instead of the problems")
    func previewWhileEditing() {
        var (state, desk) = editing("first", .email)
        Fixture.press(.function(3), on: &state, desk: desk)
        #expect(Fixture.screen(state).contains("le debe 1.234,56 €."))
    }

    @Test("the editor fits 80×24", arguments: [Language.es, .en])
    func fitsSmallTerminal(_ language: Language) {
        let desk = FakeTemplateDesk()
        var state = TemplatesState(language: language, role: .owner)
        _ = TemplatesFeature.reduce(&state, .layoutChanged(TemplatesView.layout(in: Fixture.content(width: 80, height: 24))), desk: desk)
        _ = TemplatesFeature.reduce(&state, .open(customerCode: "C001"), desk: desk)
        Fixture.press(.character("e"), on: &state, desk: desk)
        let screen = Fixture.screen(state, width: 80, height: 24)
        #expect(screen.contains(language == .es ? "Asunto:" : "Subject:"))
        #expect(screen.contains(language == .es ? "Sin problemas" : "No problems"))
    }
}
