import CobroDomain
import Foundation
import GRDB

/// A customer whose records are past the retention period: every debt settled, nothing done
/// with them since `lastActivity`.
public struct RetentionCandidate: Equatable, Sendable {
    public var code: String
    public var name: String
    /// The latest of its invoices' issue and due dates, payments, contacts, promises and agreement dates.
    public var lastActivity: CivilDate
    /// When its personal data was anonymised; nil while it is still there.
    public var anonymisedAt: Date?
}

/// The rule: who may be anonymised as of a date, after how many years.
public struct RetentionPeriod: Equatable, Sendable {
    /// Spain keeps commercial books and their supporting papers for six years (Código de Comercio, art. 30).
    public static let defaultYears = 6

    public var asOf: CivilDate
    public var years: Int

    public init(asOf: CivilDate, years: Int = defaultYears) {
        self.asOf = asOf
        self.years = years
    }

    /// The first day that still counts as recent: `asOf` the given years earlier (29 February
    /// falls back to the 28th). Activity before it is more than `years` old.
    public var cutoff: CivilDate {
        let (year, month, day) = asOf.components
        let earlier = year - years
        return CivilDate(year: earlier, month: month, day: min(day, CivilDate.daysIn(month: month, year: earlier)))!
    }
}

extension CobroDatabase {
    /// Customers with at least one invoice, nothing open in any currency as of `period.asOf`
    /// (the aging report leaves them out), and no activity on or after `period.cutoff`; by code.
    public func retentionCandidates(_ period: RetentionPeriod) throws -> [RetentionCandidate] {
        let open = try openCustomerCodes(asOf: period.asOf)
        return try read { db in try RetentionQuery.inactive(db, before: period.cutoff) }
            .filter { !open.contains($0.code) }
    }

    func openCustomerCodes(asOf: CivilDate) throws -> Set<String> {
        Set(try agingReport(asOf: asOf).currencies.flatMap { $0.customers.map(\.code) })
    }
}

enum RetentionQuery {
    /// Customers with an invoice whose latest activity falls before `cutoff`, by code (byte-wise).
    static func inactive(_ db: Database, before cutoff: CivilDate, code: String? = nil) throws -> [RetentionCandidate] {
        // Multi-argument max() is NULL when any argument is: each source counts '' when it has nothing.
        let rows = try Row.fetchAll(db, sql: """
            SELECT code, name, anonymised_at, last_activity FROM (
                SELECT c.code, c.name, c.anonymised_at, max(
                    -- An invoice's due date is never before its issue date.
                    coalesce((SELECT max(due_date) FROM invoice WHERE customer_id = c.id), ''),
                    coalesce((SELECT max(date) FROM payment WHERE customer_id = c.id), ''),
                    coalesce((SELECT max(substr(at, 1, 10)) FROM contact_log WHERE customer_id = c.id), ''),
                    coalesce((SELECT max(promised_date) FROM promise WHERE customer_id = c.id), ''),
                    coalesce((SELECT max(agreement_date) FROM agreement WHERE customer_id = c.id), ''),
                    coalesce((SELECT max(i.due_date) FROM installment i JOIN agreement a ON a.id = i.agreement_id
                              WHERE a.customer_id = c.id), '')) AS last_activity
                FROM customer c
                WHERE EXISTS (SELECT 1 FROM invoice WHERE customer_id = c.id) AND (?1 IS NULL OR c.code = ?1))
            WHERE last_activity < ?2
            ORDER BY CAST(code AS BLOB)
            """, arguments: [code, cutoff.iso])
        return try rows.map { row in
            RetentionCandidate(code: row[0], name: row[1], lastActivity: try storedDate(row[3]),
                               anonymisedAt: (row[2] as String?).flatMap(Timestamp.parse))
        }
    }
}
