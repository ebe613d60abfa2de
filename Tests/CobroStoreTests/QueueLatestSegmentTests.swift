import CobroDomain
@testable import CobroStore
import Foundation
import GRDB
import Testing

@Suite("Queue summary: the latest segment's days, kept with each row, are what its open items say")
struct QueueLatestSegmentTests {
    @Test("a demo's summaries hold the latest segment read back from their open items, as migration v6 fills them")
    func latestSegmentMatchesOpenItems() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-latest-segment-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try CobroDatabase.open(path: folder.appendingPathComponent("demo.sqlite").path)
        _ = try database.makeDemo(customers: 300, seed: 5, today: CivilDate(iso: "2026-11-23")!, actor: nil)
        let rows = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT open_items, latest_from, latest_overdue_from FROM queue_position")
        }
        var paidUp = 0
        for row in rows {
            let openItems: Data = row[0]
            let decoded = try openItems.withUnsafeBytes { try QueuePosition.latestSegment(openItems: $0) }
            #expect(decoded.from == row[1] && decoded.overdueFrom == row[2])
            if row[2] == nil as Int? { paidUp += 1 }
        }
        #expect(rows.count == 300)
        #expect(paidUp > 0, "some customers have nothing open in their latest segment")
    }
}
