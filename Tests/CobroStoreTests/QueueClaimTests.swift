import CobroStore
import Foundation
import Testing

@Suite("Queue claims (SPEC §5): two clerks never get the same account")
struct QueueClaimTests {
    let folder: TemporaryFolder
    let database: CobroDatabase
    let now = ISO8601DateFormatter().date(from: "2026-11-23T10:00:00Z")!

    init() throws {
        folder = try TemporaryFolder()
        database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        let customers = "code,name\n" + (1...40).map { "C\($0),Customer \($0)" }.joined(separator: "\n") + "\n"
        _ = try database.importText(.customers, customers)
    }

    @Test("the first account not held by another clerk is claimed; the holder may take it again")
    func claimSkipsHeldAccounts() throws {
        #expect(try database.claimFirstAvailable(of: ["C1", "C2"], user: "ana", at: now, for: 900) == "C1")
        #expect(try database.claimFirstAvailable(of: ["C1", "C2"], user: "luis", at: now, for: 900) == "C2")
        #expect(try database.claimFirstAvailable(of: ["C1", "C2"], user: "eva", at: now, for: 900) == nil)
        #expect(try database.claimFirstAvailable(of: ["C1"], user: "ana", at: now, for: 900) == "C1")
        #expect(try database.accountsClaimed(at: now, byOthersThan: "ana") == ["C2"])
    }

    @Test("a claim expires after its time, and releasing it gives the account back at once")
    func expiryAndRelease() throws {
        _ = try database.claimFirstAvailable(of: ["C1"], user: "ana", at: now, for: 900)
        #expect(try database.claimFirstAvailable(of: ["C1"], user: "luis", at: now.addingTimeInterval(899), for: 900) == nil)
        #expect(try database.claimFirstAvailable(of: ["C1"], user: "luis", at: now.addingTimeInterval(900), for: 900) == "C1")
        try database.releaseClaim(code: "C1", user: "luis")
        #expect(try database.claimFirstAvailable(of: ["C1"], user: "eva", at: now.addingTimeInterval(901), for: 900) == "C1")
    }

    @Test("claims racing from separate connections hand out every account once")
    func racingConnections() async throws {
        let codes = (1...40).map { "C\($0)" }
        let path = database.path
        let now = self.now
        let claimed = try await withThrowingTaskGroup(of: [(clerk: Int, code: String)].self) { group in
            for clerk in 0..<4 {
                group.addTask {
                    let connection = try CobroDatabase.open(path: path)
                    var mine: [(clerk: Int, code: String)] = []
                    for _ in 0..<10 {
                        if let code = try connection.claimFirstAvailable(of: codes, user: "clerk\(clerk)", at: now, for: 900) {
                            mine.append((clerk, code))
                        }
                    }
                    return mine
                }
            }
            return try await group.reduce(into: [(clerk: Int, code: String)]()) { $0 += $1 }
        }
        // A clerk who asks again gets back the account they hold; no account ever goes to two clerks.
        let clerksByAccount = Dictionary(grouping: claimed, by: \.code).mapValues { Set($0.map(\.clerk)) }
        #expect(claimed.count == 40)
        #expect(clerksByAccount.values.allSatisfy { $0.count == 1 }, "\(clerksByAccount)")
        #expect(try database.accountsClaimed(at: now, byOthersThan: nil).count == 4)
    }
}
