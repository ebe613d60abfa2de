import CobroDomain
import CobroStore
import Foundation
import GRDB
import Testing

@Suite("cobro demo: the reminders a daily dunning run would have sent, and one stage due today")
final class DemoReminderHistoryTests {
    private let folder: URL
    private let today = CivilDate(iso: "2026-11-23")!
    private let database: CobroDatabase
    private let summary: DemoSummary

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-demo-reminders-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try CobroDatabase.open(path: folder.appendingPathComponent("demo.sqlite").path)
        summary = try database.makeDemo(customers: 200, seed: 7, today: today, actor: "tester")
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func query<T: DatabaseValueConvertible>(_ sql: String) throws -> T {
        try DatabaseQueue(path: database.path).read { try T.fetchOne($0, sql: sql)! }
    }

    private func due(asOf day: CivilDate) throws -> DunningPlan {
        try database.dueReminders(asOf: day, policy: .standard, agreementGraceDays: ContactPolicy.standard.agreementGraceDays)
    }

    @Test("reminders are in the contact log as the run writes them: outbound, outcome other, no clerk, with their text")
    func remindersInTheContactLog() throws {
        #expect(summary.reminders > 0)
        let logged: Int = try query("""
            SELECT count(DISTINCT l.id) FROM contact_log l JOIN reminder_sent r ON r.contact_log_id = l.id
            WHERE l.direction = 'outbound' AND l.outcome = 'other' AND l.user_name IS NULL AND l.body <> ''
              AND l.channel = r.channel
            """)
        #expect(logged == summary.reminders)
        #expect(try query("SELECT count(*) FROM reminder_sent WHERE contact_log_id IS NULL") as Int == 0)
        // Every stage of the ladder has been sent to someone, on its own channels.
        #expect(try query("SELECT group_concat(s, ',') FROM (SELECT DISTINCT stage || '.' || channel AS s FROM reminder_sent ORDER BY 1)")
                == "courtesy.email,demand.letter,final.email,final.letter,first.email,second.email")
    }

    @Test("each reminder was sent on its stage's day or later, before today, and never for a disputed invoice")
    func remindersOnTheirDays() throws {
        let early: Int = try query("""
            SELECT count(*) FROM reminder_sent r JOIN invoice i ON i.id = r.invoice_id
            WHERE julianday(r.sent_on) - julianday(i.due_date) < CASE r.stage
                WHEN 'courtesy' THEN -3 WHEN 'first' THEN 7 WHEN 'second' THEN 21 WHEN 'final' THEN 45 ELSE 60 END
            """)
        #expect(early == 0)
        #expect(try query("SELECT count(*) FROM reminder_sent WHERE sent_on >= '\(today.iso)'") as Int == 0)
        #expect(try query("SELECT count(*) FROM reminder_sent r JOIN invoice i ON i.id = r.invoice_id WHERE i.disputed") as Int == 0)
        #expect(try query("""
            SELECT count(*) FROM reminder_sent r JOIN invoice i ON i.id = r.invoice_id JOIN customer c ON c.id = i.customer_id
            WHERE c.status IN ('legal', 'agency', 'written_off')
            """) as Int == 0)
    }

    @Test("the history is what a daily run left: yesterday's run has nothing more to send, today's has an e-mail")
    func historyMatchesTheRun() throws {
        #expect(try due(asOf: today.adding(days: -1)).messages.isEmpty)
        let dueToday = try due(asOf: today).messages
        #expect(dueToday.contains { $0.channel == .email })
    }
}
