import CobroDomain

/// What the audit screen asks of the store: one page of the trail at a time. The desk
/// implements it with CobroStore, tests with a fake.
public protocol AuditTrailSource {
    /// Up to `limit` entries, newest first, that come after `entry` in that order (nil: from the
    /// newest); only `customer`'s when given, only those containing `text` when given.
    func auditEntries(customer: String?, text: String?, after entry: AuditEntry?, limit: Int) throws -> [AuditEntry]
}
