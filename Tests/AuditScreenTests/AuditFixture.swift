@testable import AuditScreen
import CobroDomain
import CobroTerminal
import Foundation

/// A trail held in memory, newest first, that counts what the screen asks of it.
final class FakeTrail: AuditTrailSource {
    let entries: [AuditEntry]
    private(set) var requests: [(customer: String?, text: String?, after: Int64?, limit: Int)] = []

    init(_ entries: [AuditEntry]) { self.entries = entries }

    func auditEntries(customer: String?, text: String?, after entry: AuditEntry?, limit: Int) throws -> [AuditEntry] {
        requests.append((customer, text, entry?.id, limit))
        let start = entry.flatMap { last in entries.firstIndex { $0.id == last.id }.map { $0 + 1 } } ?? 0
        return Array(entries[start...].filter { candidate in
            (customer == nil || candidate.customer == customer)
                && (text == nil || "\(candidate.user ?? "") \(candidate.entity) \(candidate.key ?? "") \(candidate.summary)".lowercased()
                    .contains(text!.lowercased()))
        }.prefix(limit))
    }

    /// How many entries the screen has read in all.
    var entriesRead: Int { requests.map(\.limit).reduce(0, +) }
}

enum AuditFixture {
    static let start = ISO8601DateFormatter().date(from: "2026-11-23T10:30:00Z")!

    /// `count` entries, one a minute back from `start`: status changes of C1…C3 by ana and
    /// marta, with a template edit (a body over several lines) as the newest.
    static func trail(count: Int = 500) -> FakeTrail {
        var entries = [AuditEntry(id: Int64(count + 1), at: start.addingTimeInterval(60), user: "marta", action: "update", entity: "template",
                                  key: "first.es.letter", customer: nil, before: ["body": "Hola\nPague, por favor.\n"],
                                  after: ["body": "Estimado cliente:\nLe rogamos que pague la factura pendiente cuanto antes.\n"])]
        for index in 0..<count {
            let id = Int64(count - index)
            let customer = "C\(index % 3 + 1)"
            entries.append(AuditEntry(id: id, at: start.addingTimeInterval(Double(-60 * index)), user: index % 2 == 0 ? "ana" : "marta",
                                      action: "update", entity: "customer", key: customer, customer: customer,
                                      before: ["status": "active"], after: ["status": "legal", "reason": AuditValue("step \(id)")]))
        }
        return FakeTrail(entries)
    }

    static func state(_ language: Language = .en, pageSize: Int = 18, customer: String? = nil, source: FakeTrail) -> AuditState {
        var state = AuditState(language: language, timeZone: TimeZone(identifier: "Europe/Madrid")!)
        _ = AuditFeature.reduce(&state, .pageSizeChanged(pageSize), source: source)
        _ = AuditFeature.reduce(&state, .open(customer: customer), source: source)
        return state
    }

    static func lines(_ state: AuditState, width: Int = 80, height: Int = 24) -> [String] {
        var grid = Grid(width: width, height: height)
        AuditView.render(state, into: &grid, in: grid.bounds)
        return (0..<height).map { grid.row($0) }
    }

    @discardableResult
    static func press(_ keys: Key..., on state: inout AuditState, source: FakeTrail) -> [AuditEffect] {
        keys.flatMap { AuditFeature.reduce(&state, .key($0), source: source) }
    }
}
