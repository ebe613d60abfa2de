import CobroDomain
import Foundation
import GRDB

/// How the payments' verdict enters an agreement's history.
///
/// The `agreement.status` column holds what people decided (draft, active, cancelled). What an
/// active agreement *is* — active, completed or broken — follows from the payments and the day,
/// so every read works it out afresh (`agreementsWithProgress`) and never writes. The history
/// learns of those transitions here: whenever the effective status of an active agreement
/// differs from the last one its history holds, a row by user "system" says what changed and
/// why, with an audit-trail entry. The write paths that change what the verdict depends on —
/// importing payments, the desk's start of day — call this, so the history catches up with
/// every transition, including a break that happened only because time passed.
extension CobroDatabase {
    /// The user name of transitions the payments make.
    public static let systemUser = "system"

    /// Records, as of `asOf`, the transitions of active agreements (all, or one customer's) that
    /// their history does not hold yet; returns how many.
    @discardableResult
    public func recordAgreementTransitions(asOf: CivilDate, graceDays: Int = ContactPolicy.standard.agreementGraceDays, at: Date,
                                           customerCode: String? = nil) throws -> Int {
        try write { db in try Self.recordAgreementTransitions(db, asOf: asOf, graceDays: graceDays, at: at, customerCode: customerCode) }
    }

    /// The same, inside a write path's own transaction.
    static func recordAgreementTransitions(_ db: Database, asOf: CivilDate, graceDays: Int, at: Date, customerCode: String?) throws -> Int {
        var recorded = 0
        for stored in try AgreementRows.fetch(db, customerCode: customerCode, asOf: asOf, graceDays: graceDays)
        where stored.recordedStatus == .active {
            let last = try String.fetchOne(db, sql: "SELECT status FROM agreement_status_change WHERE agreement_id = ? ORDER BY id DESC LIMIT 1",
                                           arguments: [stored.id])
            guard last != stored.status.rawValue else { continue }
            let reason = Self.transitionReason(stored.progress, graceDays: graceDays)
            try enterStatus(db, agreement: stored.id, stored.status, at: at, user: systemUser, reason: reason)
            try AuditTrail.record(db, at: at, user: systemUser, action: "update", entity: "agreement", key: String(stored.id),
                                  customer: stored.agreement.customerCode, before: ["status": AuditValue(last)],
                                  after: ["status": AuditValue(stored.status.rawValue), "reason": AuditValue(reason)])
            recorded += 1
        }
        return recorded
    }

    /// What the payments say, in the words the history keeps (stored text, so in English).
    private static func transitionReason(_ progress: AgreementProgress, graceDays: Int) -> String {
        switch progress.status {
        case .broken:
            guard let missed = progress.items.first(where: { $0.status == .missed }) else { return "broken" }
            let item = missed.isDownPayment ? "the down payment" : "installment \(missed.number)"
            return "\(item) due \(missed.dueDate.iso) unpaid past the \(graceDays)-day grace (\(missed.unpaid.decimalString) "
                + "\(missed.unpaid.currency.code) unpaid); broken from \(missed.dueDate.adding(days: graceDays + 1).iso)"
        case .completed:
            let paidOn = progress.items.compactMap(\.paidOn).max()
            return "everything paid" + (paidOn.map { " by \($0.iso)" } ?? "")
        default:
            return "back on schedule: nothing unpaid past the grace"
        }
    }
}
