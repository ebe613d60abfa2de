import CobroDomain
@testable import CobroStore
import Foundation
import GRDB
import Testing

/// A 2,000-customer demo shared by the read-only checks below (making one takes seconds).
private let sharedDemo: Result<CobroDatabase, any Error> = Result {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-queue-summary-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let database = try CobroDatabase.open(path: folder.appendingPathComponent("demo.sqlite").path)
    _ = try database.makeDemo(customers: 2_000, seed: 11, today: CivilDate(iso: "2026-11-23")!, actor: nil)
    return database
}

enum QueueFixture {
    static let madrid = TimeZone(identifier: "Europe/Madrid")!
    static let rates: [Currency: Double] = [.USD: 0.9, .MXN: 0.05, .CLP: 0.001]

    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    /// The queue ranked from every row (the reference), accounts in `held` left out.
    static func reference(_ database: CobroDatabase, at instant: Date, policy: ContactPolicy = .standard,
                          held: Set<String> = []) throws -> [QueueEntry] {
        CallQueue.rank(try database.queueCandidates(at: instant, deskTimeZone: madrid, agreementGraceDays: policy.agreementGraceDays),
                       at: instant, deskTimeZone: madrid,
                       policy: policy, conversionRates: rates).filter { !held.contains($0.code) }
    }

    static func fast(_ database: CobroDatabase, at instant: Date, policy: ContactPolicy = .standard, user: String? = nil) throws -> [QueueEntry] {
        try database.callQueue(at: instant, deskTimeZone: madrid, policy: policy, conversionRates: rates, user: user)
    }

    /// Where two queues first differ, for a readable failure.
    static func difference(_ fast: [QueueEntry], _ reference: [QueueEntry]) -> String? {
        guard fast != reference else { return nil }
        for (index, (mine, theirs)) in zip(fast, reference).enumerated() where mine != theirs {
            return "entry \(index): \(mine) ≠ \(theirs)"
        }
        return "\(fast.count) entries ≠ \(reference.count)"
    }
}

@Suite("Queue summary: the fast queue equals the queue ranked from every row")
struct QueueSummaryEquivalenceTests {
    static let instants = [
        "2026-11-23T17:00:00Z", // midday in the Americas, evening in Madrid
        "2026-11-23T09:30:00Z", // morning in Madrid, night in the Americas
        "2026-11-23T23:30:00Z", // evening in the Americas
        "2026-11-10T16:00:00Z", // the past: later contacts and payments ignored
        "2026-11-25T15:00:00Z", // promises fall due
        "2026-11-28T14:00:00Z", // a Saturday, promises broken
        "2026-12-02T18:00:00Z",
    ]

    static let policies: [ContactPolicy] = [
        .standard,
        ContactPolicy(maxCallAttempts: 2, attemptWindowDays: 14, rightPartyHoldDays: 3, promiseGraceDays: 0),
        ContactPolicy(maxCallAttempts: 30, attemptWindowDays: 60, rightPartyHoldDays: 60, promiseGraceDays: 60),
        // Beyond what the summary keeps: answered from every row.
        ContactPolicy(attemptWindowDays: 90, promiseGraceDays: 75),
    ]

    @Test("at several instants", arguments: instants)
    func atInstant(_ text: String) throws {
        let database = try sharedDemo.get()
        let instant = QueueFixture.at(text)
        let reference = try QueueFixture.reference(database, at: instant)
        let fast = try QueueFixture.fast(database, at: instant)
        #expect(QueueFixture.difference(fast, reference) == nil)
        if text == "2026-11-23T17:00:00Z" {
            for tier in QueueReason.allCases { #expect(fast.contains { $0.reason == tier }, "no \(tier)") }
        }
    }

    @Test("under other contact policies", arguments: policies)
    func underPolicy(_ policy: ContactPolicy) throws {
        let database = try sharedDemo.get()
        for text in ["2026-11-23T17:00:00Z", "2026-11-27T16:00:00Z"] {
            let instant = QueueFixture.at(text)
            let fast = try QueueFixture.fast(database, at: instant, policy: policy)
            #expect(QueueFixture.difference(fast, try QueueFixture.reference(database, at: instant, policy: policy)) == nil)
        }
    }

    @Test("the summaries the demo writes are the ones computed from the rows it wrote")
    func demoSummaries() throws {
        let database = try sharedDemo.get()
        let written = try database.read { db in try Row.fetchAll(db, sql: "SELECT * FROM queue_position ORDER BY customer_id") }
        let rebuilt = try database.read { db -> [Row] in
            var rows: [Row] = []
            try QueueSourceStream.forEachCustomer(db, through: nil) { customer, source in
                let position = QueuePosition(source, customer: customer)
                rows.append(["customer_id": customer.id, "open_items": position.openItemsBlob, "history": position.historyBlob,
                             "follow_ups": position.followUpsBlob])
            }
            return rows
        }
        #expect(written.count == rebuilt.count)
        for (mine, theirs) in zip(written, rebuilt) {
            #expect(mine["customer_id"] as Int64 == theirs["customer_id"] as Int64)
            #expect(mine["open_items"] as Data == theirs["open_items"] as Data, "customer \(mine["customer_id"] as Int64)")
            #expect(mine["history"] as Data == theirs["history"] as Data, "customer \(mine["customer_id"] as Int64)")
            #expect(mine["follow_ups"] as Data? == theirs["follow_ups"] as Data?, "customer \(mine["customer_id"] as Int64)")
        }
    }
}

@Suite("Queue next: the first account of the queue nobody else holds")
struct NextAccountTests {
    @Test("clerk after clerk, through every tier: each takes the reference's first account nobody holds", arguments: [
        ("2026-11-23T17:00:00Z", ContactPolicy.standard), ("2026-11-28T14:00:00Z", ContactPolicy.standard),
        ("2026-11-23T17:00:00Z", ContactPolicy(maxCallAttempts: 2, attemptWindowDays: 14, rightPartyHoldDays: 3, promiseGraceDays: 0)),
        ("2026-11-25T15:00:00Z", ContactPolicy(maxCallAttempts: 30, attemptWindowDays: 60, rightPartyHoldDays: 60, promiseGraceDays: 60)),
    ])
    func throughEveryTier(_ text: String, _ policy: ContactPolicy) throws {
        let folder = try TemporaryFolder()
        let database = try CobroDatabase.open(path: folder.path("demo.sqlite"))
        _ = try database.makeDemo(customers: 400, seed: 9, today: CivilDate(iso: "2026-11-23")!, actor: nil)
        let instant = QueueFixture.at(text)
        // Taking an account changes no other's place: the reference once, less what is taken.
        let reference = try QueueFixture.reference(database, at: instant, policy: policy)
        var taken: Set<String> = []
        var tiers: Set<QueueReason> = []
        for turn in 0..<(reference.count + 1) {
            let expected = reference.first { !taken.contains($0.code) }
            let entry = try database.takeNextAccount(user: "clerk\(turn)", at: instant, deskTimeZone: QueueFixture.madrid, policy: policy,
                                                     conversionRates: QueueFixture.rates)
            #expect(entry == expected, "turn \(turn)")
            if turn % 25 == 0 {
                #expect(try QueueFixture.fast(database, at: instant, policy: policy, user: "clerk\(turn)").first == entry)
            }
            guard let entry, entry == expected else { break }
            taken.insert(entry.code)
            tiers.insert(entry.reason)
        }
        #expect(taken.count == reference.count)
        #expect(tiers.contains(.priority) && tiers.count >= 3, "\(tiers)")
    }

    @Test("takes the queue's first entry minus what other clerks hold, and claims it", arguments: [
        "2026-11-23T17:00:00Z", "2026-11-23T09:30:00Z", "2026-11-25T15:00:00Z", "2026-11-10T16:00:00Z",
    ])
    func firstAvailable(_ text: String) throws {
        let folder = try TemporaryFolder()
        let database = try CobroDatabase.open(path: folder.path("demo.sqlite"))
        _ = try database.makeDemo(customers: 600, seed: 5, today: CivilDate(iso: "2026-11-23")!, actor: nil)
        let instant = QueueFixture.at(text)
        let policy = ContactPolicy.standard
        var taken: [String: String] = [:]
        for clerk in ["luis", "marta", "ana", "eva"] {
            let expected = try QueueFixture.fast(database, at: instant, user: clerk).first
            let reference = try QueueFixture.reference(database, at: instant, held: Set(taken.keys)).first
            #expect(expected == reference)
            let entry = try database.takeNextAccount(user: clerk, at: instant, deskTimeZone: QueueFixture.madrid, policy: policy,
                                                     conversionRates: QueueFixture.rates)
            #expect(entry == expected, "\(clerk)")
            if let entry { taken[entry.code] = clerk }
        }
        #expect(taken.count == Set(taken.keys).count)
        #expect(try database.accountsClaimed(at: instant, byOthersThan: nil) == Set(taken.keys))
        // The holder asking again gets the same account back.
        if let (code, clerk) = taken.first(where: { $0.value == "luis" }) {
            let again = try database.takeNextAccount(user: clerk, at: instant, deskTimeZone: QueueFixture.madrid, policy: policy,
                                                     conversionRates: QueueFixture.rates)
            #expect(again?.code == code)
        }
    }
}
