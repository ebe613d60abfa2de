import CobroDomain
import GRDB

/// A row of `customer`.
struct CustomerRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "customer"

    var id: Int64?
    var customer: Customer

    init(id: Int64? = nil, customer: Customer) {
        self.id = id
        self.customer = customer
    }

    init(row: Row) throws {
        id = row["id"]
        customer = Customer(
            code: row["code"], name: row["name"], taxID: row["tax_id"], phone: row["phone"], email: row["email"],
            timeZone: row["time_zone"], language: (row["language"] as String?).flatMap(Language.init(rawValue:)),
            notes: row["notes"], doNotCall: row["do_not_call"],
            status: CustomerStatus(rawValue: row["status"]) ?? .active,
            debtorType: (row["debtor_type"] as String?).flatMap(DebtorType.init(rawValue:)))
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        for (column, value) in Self.columns(of: customer) { container[column] = value }
        container["do_not_call"] = customer.doNotCall
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The customer's text columns (everything but the do-not-call flag), by column name.
    private static func columns(of customer: Customer) -> [(String, String?)] {
        [("code", customer.code), ("name", customer.name), ("tax_id", customer.taxID), ("phone", customer.phone),
         ("email", customer.email), ("time_zone", customer.timeZone), ("language", customer.language?.rawValue),
         ("notes", customer.notes), ("status", customer.status.rawValue), ("debtor_type", customer.debtorType?.rawValue)]
    }

    /// The columns that differ between two versions, as the audit trail's before and after.
    static func differences(_ before: Customer, _ after: Customer) -> (before: [String: AuditValue], after: [String: AuditValue]) {
        var was: [String: AuditValue] = [:]
        var now: [String: AuditValue] = [:]
        for ((column, old), (_, new)) in zip(columns(of: before), columns(of: after)) where old != new {
            was[column] = AuditValue(old)
            now[column] = AuditValue(new)
        }
        if before.doNotCall != after.doNotCall {
            was["do_not_call"] = .flag(before.doNotCall)
            now["do_not_call"] = .flag(after.doNotCall)
        }
        return (was, now)
    }
}
