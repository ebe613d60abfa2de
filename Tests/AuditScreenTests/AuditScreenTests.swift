@testable import AuditScreen
import CobroDomain
import CobroTerminal
import Foundation
import Testing

@Suite("Audit screen: the trail newest first, page by page, each entry in full on Enter, filtered with /")
struct AuditScreenTests {
    @Test("at 80×24 the list shows when (desk clock), who, what, entity, key and before→after, newest first")
    func listAt80() {
        let source = AuditFixture.trail()
        let lines = AuditFixture.lines(AuditFixture.state(pageSize: AuditView.pageSize(in: Rect(x: 0, y: 0, width: 80, height: 24)),
                                                          source: source))
        #expect(lines[0].hasPrefix(" Audit trail"))
        #expect(lines[1].hasPrefix("When") && lines[1].contains("Who") && lines[1].contains("Before → after"))
        #expect(lines[2].hasPrefix("2026-11-23 11:31 marta"), "the newest entry, at 10:31 UTC, on Madrid's clock")
        #expect(lines[2].contains("template") && lines[2].contains("body: Hola↵"))
        #expect(lines[3].hasPrefix("2026-11-23 11:30 ana") && lines[3].contains("C1") && lines[3].contains("status: active→legal"))
        #expect(lines.allSatisfy { TextWidth.of($0) <= 80 })
    }

    @Test("at 120×40 who and key get more room and more of the summary shows")
    func listAt120() {
        let source = AuditFixture.trail()
        let state = AuditFixture.state(pageSize: AuditView.pageSize(in: Rect(x: 0, y: 0, width: 120, height: 40)), source: source)
        let lines = AuditFixture.lines(state, width: 120, height: 40)
        #expect(lines[3].contains("status: active→legal, reason: step 500"))
        #expect(lines[39].hasPrefix("2026-11-23 10:54"), "the list fills the screen: 38 entries under the header")
    }

    @Test("Spanish headings and title")
    func spanish() {
        let source = AuditFixture.trail()
        let lines = AuditFixture.lines(AuditFixture.state(.es, source: source))
        #expect(lines[0].hasPrefix(" Registro de auditoría"))
        #expect(lines[1].hasPrefix("Cuándo") && lines[1].contains("Quién") && lines[1].contains("Antes → después"))
    }

    @Test("only a page is read at first; scrolling down reads the next pages as the selection nears them, never the whole trail")
    func paging() {
        let source = AuditFixture.trail(count: 10_000)
        var state = AuditFixture.state(pageSize: 18, source: source)
        #expect(source.requests.count == 1 && state.entries.count == state.readSize)
        #expect(state.entries.count < 100)
        for _ in 0..<30 { AuditFixture.press(.down, on: &state, source: source) }
        #expect(source.requests.count == 2, "within two screens of the end, the next page is read")
        #expect(source.requests[1].after == state.entries[state.readSize - 1].id, "the next page starts after the last entry read")
        let ids = state.entries.map(\.id)
        #expect(ids == ids.sorted(by: >), "pages follow each other newest first, without repeats")
        for _ in 0..<5 { AuditFixture.press(.pageDown, on: &state, source: source) }
        #expect(state.entries.count < 10_000 / 10)
        let before = state.entries.count
        AuditFixture.press(.end, on: &state, source: source)
        #expect(state.table.selected == before - 1, "End goes to the last entry read")
        #expect(state.entries.count == before + state.readSize, "and the page after it is read")
        #expect(!state.reachedEnd)
    }

    @Test("Enter shows the whole entry: every field with its value before and after, long text wrapped; Esc goes back")
    func detail() {
        let source = AuditFixture.trail()
        var state = AuditFixture.state(source: source)
        AuditFixture.press(.enter, on: &state, source: source)
        let lines = AuditFixture.lines(state)
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Entry 501: update template first.es.letter"))
        #expect(text.contains("Who: marta"))
        #expect(text.contains("Field") && text.contains("Before") && text.contains("After"))
        #expect(text.contains("Pague, por favor.") && text.contains("Le rogamos"))
        AuditFixture.press(.escape, on: &state, source: source)
        guard case .browsing = state.mode else { Issue.record("Esc closes the entry"); return }
        AuditFixture.press(.down, .enter, on: &state, source: source)
        let second = AuditFixture.lines(state, width: 120, height: 40).joined(separator: "\n")
        #expect(second.contains("Entry 500: update customer C1") && second.contains("Customer: C1"))
        #expect(second.contains("status") && second.contains("active") && second.contains("legal"))
    }

    @Test("/ filters: the text goes to the store, the list starts again from the newest match; x clears it")
    func filter() {
        let source = AuditFixture.trail()
        var state = AuditFixture.state(source: source)
        AuditFixture.press(.character("/"), .character("C"), .character("2"), on: &state, source: source)
        #expect(state.isEditingText)
        #expect(AuditFixture.lines(state)[0].contains("Filter:"))
        AuditFixture.press(.enter, on: &state, source: source)
        #expect(source.requests.last?.text == "C2" && source.requests.last?.after == nil)
        #expect(state.entries.allSatisfy { $0.key == "C2" } && !state.entries.isEmpty)
        #expect(AuditFixture.lines(state)[0].contains("Filter: C2"))
        AuditFixture.press(.character("x"), on: &state, source: source)
        #expect(state.filter.isEmpty && state.entries.first?.entity == "template")
        AuditFixture.press(.character("/"), .character("z"), .character("z"), .enter, on: &state, source: source)
        #expect(AuditFixture.lines(state)[2].contains("No entry matches."))
    }

    @Test("a customer's trail, opened from the account: only its entries, Esc goes back")
    func customerTrail() {
        let source = AuditFixture.trail()
        var state = AuditFixture.state(customer: "C3", source: source)
        #expect(source.requests.last?.customer == "C3")
        #expect(AuditFixture.lines(state)[0].hasPrefix(" Audit trail of C3"))
        #expect(AuditFixture.press(.escape, on: &state, source: source) == [.back])
        var everyone = AuditFixture.state(source: source)
        #expect(AuditFixture.press(.escape, on: &everyone, source: source).isEmpty)
    }

    @Test("an empty trail says so")
    func empty() {
        let source = FakeTrail([])
        let lines = AuditFixture.lines(AuditFixture.state(source: source))
        #expect(lines[2].contains("The audit trail is empty."))
    }
}
