import CobroDomain
import Foundation

/// What a run did: the SPEC's JSON report, plus the problems behind `template` and `delivery`
/// skips for people (stderr and the table).
struct RemindReport {
    struct Sent {
        var customer: String
        var stage: String
        var channel: ContactChannel
        var invoices: [String]
        /// The outbox file; nil when nothing was written (sendmail, dry run).
        var file: String?

        init(message: DunningMessage, file: String?) {
            customer = message.customerCode
            stage = message.stage.name
            channel = message.channel
            invoices = message.invoices.map(\.number)
            self.file = file
        }
    }

    var asOf: CivilDate
    var dryRun: Bool
    var sent: [Sent] = []
    var skipped: [DunningSkip]
    /// One line per message that could not be filled in or delivered.
    var problems: [String] = []
    /// A delivery failed: the run exits 1 once the report is out.
    var failed = false

    mutating func skip(_ message: DunningMessage, reason: DunningSkipReason, problem: String) {
        skipped += message.invoices.map { DunningSkip(customerCode: message.customerCode, invoiceNumber: $0.number, reason: reason) }
        problems.append(problem)
    }

    /// Customer, invoice number, then reason; byte-wise like every code.
    static func reportOrder(_ lhs: DunningSkip, _ rhs: DunningSkip) -> Bool {
        if lhs.customerCode != rhs.customerCode { return lhs.customerCode.utf8.lexicographicallyPrecedes(rhs.customerCode.utf8) }
        if lhs.invoiceNumber != rhs.invoiceNumber { return lhs.invoiceNumber.utf8.lexicographicallyPrecedes(rhs.invoiceNumber.utf8) }
        return lhs.reason < rhs.reason
    }

    /// `{"as_of", "sent": [{"customer", "stage", "channel", "invoices", "file"}], "skipped": [{"customer", "invoice", "reason"}]}`.
    var json: String {
        let object: [String: Any] = [
            "as_of": asOf.iso,
            "sent": sent.map { sent -> [String: Any] in
                ["customer": sent.customer, "stage": sent.stage, "channel": sent.channel.rawValue, "invoices": sent.invoices,
                 "file": sent.file ?? NSNull()]
            },
            "skipped": skipped.map { ["customer": $0.customerCode, "invoice": $0.invoiceNumber, "reason": $0.reason.rawValue] },
        ]
        // Sorted keys so the same run prints the same bytes.
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
