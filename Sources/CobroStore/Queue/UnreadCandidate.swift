import CobroDomain
import Foundation
import GRDB

/// A customer the queue scan met, handed to another thread to judge once the statement has
/// moved on (`QueueJudging`).
enum UnreadCandidate: Sendable {
    /// Computed from every row: the summary did not answer for the instant (rare; boxed so that
    /// the common case stays small to hand over).
    case exact(ExactCandidate)
    case summary(UnreadSummary)
}

final class ExactCandidate: Sendable {
    let candidate: QueueCandidate

    init(_ candidate: QueueCandidate) { self.candidate = candidate }
}

/// A summary the scan saw, with the columns the rest of the checks read copied out of the
/// statement in one buffer: code, name, open items, follow-ups, history.
struct UnreadSummary: Sendable {
    let seen: SummarySeen
    private let bytes: [UInt8]
    /// Where each column ends in `bytes`.
    private let codeEnd, nameEnd, openItemsEnd, followUpsEnd: Int32

    /// The columns of `QueueScan.columns` that `columns` stands on.
    init(_ seen: SummarySeen, _ columns: RawColumns) {
        self.seen = seen
        let (code, name, openItems, followUps, history) = (columns.raw(1), columns.raw(9), columns.raw(5), columns.raw(8), columns.raw(10))
        codeEnd = Int32(code.count)
        nameEnd = codeEnd + Int32(name.count)
        openItemsEnd = nameEnd + Int32(openItems.count)
        followUpsEnd = openItemsEnd + Int32(followUps.count)
        bytes = [UInt8](unsafeUninitializedCapacity: Int(followUpsEnd) + history.count) { buffer, count in
            let start = UnsafeMutableRawPointer(buffer.baseAddress!)
            func append(_ part: UnsafeRawBufferPointer) {
                guard let from = part.baseAddress else { return }
                (start + count).copyMemory(from: from, byteCount: part.count)
                count += part.count
            }
            append(code)
            append(name)
            append(openItems)
            append(followUps)
            append(history)
        }
    }

    /// The customer as the rules read it, or nil when the summary leaves it out.
    func candidate(_ reader: QueueSummaryReader, _ currencies: inout CurrencyCache) throws -> QueueCandidate? {
        try bytes.withUnsafeBytes { all in
            func part(_ from: Int32, _ end: Int) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: all[Int(from)..<end]) }
            guard let look = try reader.look(seen, openItems: part(nameEnd, Int(openItemsEnd)),
                                             followUps: part(openItemsEnd, Int(followUpsEnd)), &currencies) else { return nil }
            return try look.candidate(code: String(decoding: part(0, Int(codeEnd)), as: UTF8.self), seen: seen,
                                      history: part(followUpsEnd, all.count), &currencies)
        }
    }

    var name: String { bytes.withUnsafeBytes { String(decoding: $0[Int(codeEnd)..<Int(nameEnd)], as: UTF8.self) } }
}
