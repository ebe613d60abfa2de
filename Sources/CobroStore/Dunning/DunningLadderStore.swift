import CobroDomain
import Foundation
import GRDB

/// The owner's dunning ladder (SPEC §5 "Dunning stages"), edited in the desk. The dunning run
/// uses config.yaml's `dunning: stages:` when set, else this, else the SPEC's.
extension CobroDatabase {
    /// The saved ladder; nil when the owner never saved one (the SPEC's applies).
    public func savedDunningPolicy() throws -> DunningPolicy? {
        try read { db in try Self.savedDunningPolicy(db) }
    }

    /// Replaces the ladder as a whole, owner only, with its before and after in the audit trail.
    public func saveDunningPolicy(_ policy: DunningPolicy, user: String?, at: Date) throws {
        try write { db in
            try Self.requireOwner(db, user, to: .changeDunningLadder)
            let before = try Self.savedDunningPolicy(db)
            try db.execute(sql: "DELETE FROM dunning_stage")
            for stage in policy.stages {
                try db.execute(sql: "INSERT INTO dunning_stage (name, days, channels, late_payment) VALUES (?, ?, ?, ?)",
                               arguments: [stage.name, stage.days, stage.channels.map(\.rawValue).joined(separator: ","),
                                           stage.claimsLatePayment])
            }
            try AuditTrail.record(db, at: at, user: user, action: before == nil ? "create" : "update", entity: "dunning_ladder",
                                  key: "stages", before: before.map(Self.auditValues), after: Self.auditValues(policy))
        }
    }

    private static func savedDunningPolicy(_ db: Database) throws -> DunningPolicy? {
        let stages = try Row.fetchAll(db, sql: "SELECT name, days, channels, late_payment FROM dunning_stage ORDER BY days").map { row in
            let channels: String = row[2]
            return DunningStage(name: row[0], days: row[1],
                                channels: try channels.split(separator: ",").map { try stored(ContactChannel.self, String($0)) },
                                claimsLatePayment: row[3])
        }
        guard !stages.isEmpty else { return nil }
        do {
            return try DunningPolicy(stages: stages)
        } catch {
            throw CorruptValue(what: "dunning ladder", value: "\(error)")
        }
    }

    /// `first: 7 email` per stage, so the trail reads as the ladder screen shows it.
    private static func auditValues(_ policy: DunningPolicy) -> [String: AuditValue] {
        Dictionary(uniqueKeysWithValues: policy.stages.map { stage in
            (stage.name, AuditValue("\(stage.days) \(stage.channels.map(\.rawValue).joined(separator: "+"))"
                                    + (stage.claimsLatePayment ? " late_payment" : "")))
        })
    }
}
