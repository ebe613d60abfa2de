import CobroDomain
import Foundation

/// What `queue next` reads of every customer to order the `priority` tier without judging it:
/// a score no customer can exceed on any day the summary answers for.
///
/// Per currency, by code: the most that is ever open in any segment and the oldest due day of
/// any of them. On day D the overdue amount is at most the first, and its age at most D − the
/// second; `PriorityScore` grows with both, so its formula on these bounds the score. Amounts
/// are kept, not scores: the conversion rates are the config's, read when the queue is built.
///
/// Layout: currency count (u8); per currency: code (3 ASCII bytes), amount (i64, minor units),
/// oldest due day (i32).
extension QueuePosition {
    var priorityBoundBlob: Data? {
        var bounds: [Currency: (amount: Int64, oldestDue: Int)] = [:]
        for segment in segments {
            var open: [Currency: Int64] = [:]
            for item in segment.items where item.remaining > 0 {
                open[item.currency, default: 0] += item.remaining
                let due = item.due.daysSinceEpoch
                bounds[item.currency] = (bounds[item.currency]?.amount ?? 0, min(bounds[item.currency]?.oldestDue ?? due, due))
            }
            for (currency, amount) in open where amount > bounds[currency]!.amount { bounds[currency]!.amount = amount }
        }
        guard !bounds.isEmpty else { return nil }
        var bytes = Data([UInt8(bounds.count)])
        for currency in bounds.keys.sorted() {
            let bound = bounds[currency]!
            bytes.append(contentsOf: Array(currency.code.utf8.prefix(3)))
            withUnsafeBytes(of: bound.amount.littleEndian) { bytes.append(contentsOf: $0) }
            withUnsafeBytes(of: Int32(bound.oldestDue).littleEndian) { bytes.append(contentsOf: $0) }
        }
        return bytes
    }

    /// The highest score the customer can have on local day `day` (at least the score itself,
    /// rounding included), from a priority_bound blob.
    static func priorityBound(_ bytes: UnsafeRawBufferPointer, day: CivilDate, rates: [Currency: Double],
                              _ currencies: inout CurrencyCache) throws -> Double {
        guard bytes.count > 0 else { return 0 }
        let count = Int(bytes[0])
        guard bytes.count == 1 + count * 15 else { throw CorruptValue(what: "queue summary", value: "priority bound") }
        var score = 0.0
        for index in 0..<count {
            let offset = 1 + index * 15
            let currency = try currencies.currency((bytes[offset], bytes[offset + 1], bytes[offset + 2]))
            let amount = Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 3, as: Int64.self))
            let oldestDue = Int(Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 11, as: Int32.self)))
            let age = max(0, day.daysSinceEpoch - oldestDue)
            let major = Double(amount) / Double(currency.minorUnitsPerMajor)
            score += max(0, major * (rates[currency] ?? 1) * (1 + Double(age) / PriorityScore.ageWeightDays))
        }
        // Summed in another order than the score's: a margin for the last bits.
        return score * (1 + 1e-9)
    }

    /// From this instant on the summary surely answers (`QueueScan.covers`): after the latest
    /// contact, and once the first local days it holds for have begun on every clock (UTC−12 …
    /// UTC+14, with an hour to spare). Nil: at any instant.
    var coveredFrom: Date? {
        let days = [segments.first?.from, historyFromDay].compactMap { $0 }
            .map { Date(timeIntervalSince1970: Double($0.daysSinceEpoch * 86_400 + 13 * 3600)) }
        return (days + [historyUntil].compactMap { $0 }).max()
    }
}
