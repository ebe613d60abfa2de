@testable import AccountScreen
import CobroDomain
import CobroTerminal
import Foundation
import Testing

/// The form drawn where the desk puts a screen on an 80×24 terminal (below the header and tab
/// bar, above the status line and legend), or on a whole grid of the given size.
private func render(_ form: CallLogForm, width: Int = 80, height: Int = 24, deskContent: Bool = true) -> (grid: Grid, lines: [String]) {
    var grid = Grid(width: width, height: height)
    form.draw(into: &grid, in: deskContent ? Rect(x: 0, y: 3, width: width, height: height - 5) : grid.bounds)
    return (grid, grid.text.components(separatedBy: "\n"))
}

/// The line that contains `text`, if one does.
private func line(_ text: String, in lines: [String]) -> String? { lines.first { $0.contains(text) } }

private let nbsp = "\u{00A0}"

@Suite("Call-log form: what it draws")
struct CallLogFormViewTests {
    @Test("step one in English: the overdue, the channel and every outcome with its key")
    func outcomesInEnglish() {
        let (_, lines) = render(CallLogFixture.form())
        #expect(line("Log the contact", in: lines) != nil)
        #expect(line("Overdue: €1,700.00 · $3,000.00", in: lines) != nil)
        #expect(line("Channel: ‹ call › ←/→   outbound (i)", in: lines) != nil)
        #expect(line(" n  no answer", in: lines)?.contains(" r  right party") == true)
        #expect(line(" o  other", in: lines)?.contains(" a  says already paid") == true)
        #expect(lines.allSatisfy { TextWidth.of($0) <= 80 })
    }

    @Test("step one in Spanish")
    func outcomesInSpanish() {
        var form = CallLogFixture.form(.es)
        press(.right, .character("i"), on: &form)
        let (_, lines) = render(form)
        #expect(line("Registrar el contacto", in: lines) != nil)
        #expect(line("Vencido: 1.700,00\(nbsp)€ · 3.000,00\(nbsp)US$", in: lines) != nil)
        #expect(line("Canal: ‹ correo › ←/→   entrante (i)", in: lines) != nil)
        #expect(line(" p  promesa de pago", in: lines) != nil)
    }

    @Test("a promise in English at 80×24: its fields, hints and the cursor in the amount")
    func promiseFields() throws {
        var form = CallLogFixture.form(people: CallLogFixture.people)
        press(.character("p"), on: &form)
        let (grid, lines) = render(form)
        #expect(line("Channel: call, outbound   Outcome: promise to pay", in: lines) != nil)
        let amount = try #require(line("Amount", in: lines))
        #expect(amount.contains("1700.00") && amount.contains("EUR   overdue €1,700.00"))
        #expect(line("Currency", in: lines)?.contains("‹ EUR ›") == true)
        #expect(line("Date", in: lines)?.contains("2026-11-30  Monday 30 Nov 2026, in 7 days") == true)
        #expect(line("Spoke with", in: lines)?.contains("‹ — nobody in particular ›") == true)
        #expect(line("│ Note", in: lines) != nil)
        let row = try #require(lines.firstIndex { $0.contains("Amount") })
        #expect(grid.cursor == Point(x: TextWidth.of(lines[row].prefix { $0 != "1" }) + 7, y: row))
    }

    @Test("errors sit beside their field in Spanish, or below when too long, and the input stays")
    func promiseErrorsInSpanish() throws {
        var form = CallLogFixture.form(.es)
        press(.character("p"), on: &form)
        type("12,345", on: &form)
        press(.tab, .tab, on: &form)
        type("2026-11-01", on: &form)
        press(.enter, on: &form)
        let (grid, lines) = render(form)
        let amountRow = try #require(lines.firstIndex { $0.contains("Importe") })
        #expect(lines[amountRow].contains("12,345"))
        #expect(lines[amountRow + 1].contains("↑ el importe tiene más decimales de los que admite EUR (2)"))
        #expect(line("Fecha", in: lines)?.contains("2026-11-01  ← fecha anterior a hoy") == true)
        #expect(lines.allSatisfy { TextWidth.of($0) <= 80 })
        let errorColumn = try #require(lines[amountRow + 1].firstIndex(of: "↑")).utf16Offset(in: lines[amountRow + 1])
        #expect(grid[errorColumn, amountRow + 1].style.role == .error)
        #expect(grid.cursor?.y == amountRow, "the first bad field has the cursor")
    }

    @Test("a callback in English at 120×40 shows when it resolves to")
    func callbackWide() {
        var form = CallLogFixture.form(people: CallLogFixture.people)
        press(.character("c"), on: &form)
        type("+1d", on: &form)
        let (_, lines) = render(form, width: 120, height: 40)
        #expect(line("When", in: lines)?.contains("+1d") == true)
        #expect(line("When", in: lines)?.contains("→ Tuesday 24 Nov 2026 10:07") == true)
        #expect(line("Log the contact", in: lines)?.hasPrefix(String(repeating: " ", count: 10) + "┌") == true,
                "a 100-column box centred on a wide terminal")
    }

    @Test("a dispute lists the invoices as a checklist with the errors of both fields")
    func disputeChecklist() {
        var form = CallLogFixture.form()
        press(.character("d"), .down, .character(" "), .enter, on: &form)
        let (grid, lines) = render(form)
        #expect(line("[ ] F-201", in: lines)?.contains("€1,500.00  due 16 Jul 2026  130 d late") == true)
        #expect(line("[x] F-203", in: lines)?.contains("already disputed") == true)
        #expect(line("Invoices", in: lines)?.contains("1 of 4 ticked") == true)
        #expect(line("↑ say why the customer disputes", in: lines) != nil)
        #expect(form.focus == .reason)
        let ticked = lines.firstIndex { $0.contains("[x] F-203") }!
        #expect(grid[4, ticked].style.role != .selection, "the cursor bar shows only while the list has focus")
    }

    @Test("a long checklist scrolls inside the 80×24 desk and says how many are left out")
    func longChecklist() {
        let many = (1...20).map { CallLogFixture.invoice("F-\(300 + $0)", due: "2026-10-01", open: CallLogFixture.money(1_000, .EUR), days: 53) }
        var form = CallLogFixture.form(.es, invoices: many, people: CallLogFixture.people)
        press(.character("d"), on: &form)
        for _ in 0..<12 { _ = form.handle(.down) }
        let (grid, lines) = render(form)
        #expect(lines.filter { $0.contains("[ ] F-3") }.count >= 5)
        #expect(line("… y ", in: lines) != nil)
        let cursor = lines.firstIndex { $0.contains("F-313") }
        #expect(cursor.map { grid[4, $0].style.role } == .selection)
        #expect(line("Nota", in: lines) != nil, "the fields below the list still show")
        #expect(lines[3...21].contains { $0.hasPrefix("└") })
        let outside = Array(lines[0...2]) + Array(lines[22...])
        #expect(outside.allSatisfy { $0.isEmpty }, "nothing drawn outside the area")
    }

    @Test("the discard question draws over the form")
    func discardDialog() {
        var form = CallLogFixture.form()
        press(.character("r"), on: &form)
        type("x", on: &form)
        press(.escape, .escape, on: &form)
        let (_, lines) = render(form, deskContent: false)
        #expect(line("Discard this contact without saving it?", in: lines) != nil)
        #expect(line("[ Yes ]  [ No ]", in: lines) != nil)
    }
}
