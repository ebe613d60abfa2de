import CobroDomain
import Foundation

/// The two blobs of a `queue_position` row, in a fixed little-endian layout: the queue decodes
/// tens of thousands of them per build, and a text format would cost more than the rules.
///
/// open_items: segment count (u16); per segment: first day (i32, `Int32.min` for none), item
/// count (u16), items as currency (3 ASCII bytes), due day (i32), remaining (i64).
/// history: event count (u16); per event, newest first: id (i64), time (f64 seconds since 1970), channel,
/// direction and outcome (u8 each, their index among the cases), callback time (f64, NaN for
/// none), promise flag (u8) then amount (i64), currency (3 bytes) and date (i32); then payment
/// count (u16) and payments as date (i32), amount (i64), currency (3 bytes).
/// follow_ups: callback time (f64, NaN for none), promise count (u16); per promise: first instant
/// of its date (f64), date (i32), covered on (i32, `Int32.max` for never), answered grace (i32,
/// `Int32.min` for none).
extension QueuePosition {
    var openItemsBlob: Data {
        var bytes = ByteWriter()
        bytes.u16(segments.count)
        for segment in segments {
            bytes.i32(segment.from.map(\.daysSinceEpoch) ?? Int(Int32.min))
            bytes.u16(segment.items.count)
            for item in segment.items {
                bytes.currency(item.currency)
                bytes.i32(item.due.daysSinceEpoch)
                bytes.i64(item.remaining)
            }
        }
        return bytes.data
    }

    var historyBlob: Data {
        var bytes = ByteWriter()
        bytes.u16(events.count)
        for event in events.reversed() {
            bytes.i64(event.id ?? 0)
            bytes.f64(event.at.timeIntervalSince1970)
            bytes.u8(ContactChannel.allCases.firstIndex(of: event.channel)!)
            bytes.u8(ContactDirection.allCases.firstIndex(of: event.direction)!)
            bytes.u8(ContactOutcome.allCases.firstIndex(of: event.outcome)!)
            bytes.f64(event.callbackAt?.timeIntervalSince1970 ?? .nan)
            bytes.u8(event.promise == nil ? 0 : 1)
            if let promise = event.promise {
                bytes.i64(promise.amount.minorUnits)
                bytes.currency(promise.amount.currency)
                bytes.i32(promise.date.daysSinceEpoch)
            }
        }
        bytes.u16(payments.count)
        for payment in payments {
            bytes.i32(payment.date.daysSinceEpoch)
            bytes.i64(payment.amount.minorUnits)
            bytes.currency(payment.amount.currency)
        }
        return bytes.data
    }

    /// Undisputed overdue per currency as of `day` (which the blob covers), by currency code,
    /// read straight from an open_items blob: the queue does this for every customer.
    static func overdue(openItems bytes: UnsafeRawBufferPointer, asOf day: CivilDate, _ currencies: inout CurrencyCache) throws -> [OverdueAmount] {
        var reader = ByteReader(bytes)
        var chosen: (reader: ByteReader, count: Int)?
        for _ in 0..<(try reader.u16()) {
            let from = try reader.i32()
            let count = try reader.u16()
            if from == Int(Int32.min) || from <= day.daysSinceEpoch { chosen = (reader, count) }
            try reader.skip(count * Self.itemSize)
        }
        guard let chosen else { return [] }
        var items = chosen.reader
        var overdue: [OverdueAmount] = []
        var currency: Currency?
        var amount: Int64 = 0
        var oldest = 0
        func close() {
            if let currency, amount > 0 { overdue.append(OverdueAmount(amount: Money(minorUnits: amount, currency: currency), oldestDays: oldest)) }
        }
        for _ in 0..<chosen.count {
            let next = try items.currency(&currencies)
            if next != currency {
                close()
                (currency, amount, oldest) = (next, 0, 0)
            }
            let due = try items.i32()
            let remaining = try items.i64()
            if due < day.daysSinceEpoch {
                amount += remaining
                oldest = max(oldest, day.daysSinceEpoch - due)
            }
        }
        close()
        return overdue
    }

    /// Currency, due day, remaining.
    private static let itemSize = 3 + 4 + 8

    /// From an open_items blob: the first day of the last segment (nil: every day) and the first
    /// day anything open in it is past due (nil: nothing open). Once the last segment is in force,
    /// a customer with nothing past due by a day is out of the queue that day, whatever older
    /// segments held: the scan leaves such rows unread.
    static func latestSegment(openItems bytes: UnsafeRawBufferPointer) throws -> (from: Int?, overdueFrom: Int?) {
        var reader = ByteReader(bytes)
        var latest: (from: Int?, overdueFrom: Int?) = (nil, nil)
        for _ in 0..<(try reader.u16()) {
            let from = try reader.i32()
            var earliestDue: Int?
            for _ in 0..<(try reader.u16()) {
                try reader.skip(3)
                let due = try reader.i32()
                earliestDue = min(earliestDue ?? due, due)
                try reader.skip(8)
            }
            latest = (from == Int(Int32.min) ? nil : from, earliestDue.map { $0 + 1 })
        }
        return latest
    }

    var followUpsBlob: Data? {
        guard !followUps.isEmpty else { return nil }
        var bytes = ByteWriter()
        bytes.f64(followUps.callbackAt?.timeIntervalSince1970 ?? .nan)
        bytes.u16(followUps.promises.count)
        for promise in followUps.promises {
            bytes.f64(promise.dueFrom.timeIntervalSince1970)
            bytes.i32(promise.date.daysSinceEpoch)
            bytes.i32(promise.coveredOn?.daysSinceEpoch ?? Int(Int32.max))
            bytes.i32(promise.answeredGrace ?? Int(Int32.min))
        }
        return bytes.data
    }

    static func followUps(from bytes: UnsafeRawBufferPointer) throws -> QueueFollowUps {
        guard bytes.count > 0 else { return QueueFollowUps() }
        var reader = ByteReader(bytes)
        let callback = try reader.f64()
        let promises = try (0..<reader.u16()).map { _ in
            let dueFrom = Date(timeIntervalSince1970: try reader.f64())
            let date = CivilDate(daysSinceEpoch: try reader.i32())
            let covered = try reader.i32()
            let grace = try reader.i32()
            return QueueFollowUps.Promise(dueFrom: dueFrom, date: date,
                                          coveredOn: covered == Int(Int32.max) ? nil : CivilDate(daysSinceEpoch: covered),
                                          answeredGrace: grace == Int(Int32.min) ? nil : grace)
        }
        return QueueFollowUps(callbackAt: callback.isNaN ? nil : Date(timeIntervalSince1970: callback), promises: promises)
    }

    /// The events, oldest first, and the payments. `since`: only the events from that instant on
    /// (the latest one at least), without their promises, and no payments — what the rules read
    /// of a customer nothing waits for: the calls within the contact limits' reach and the time
    /// of the latest contact.
    static func history(from bytes: UnsafeRawBufferPointer, since: Date? = nil, _ currencies: inout CurrencyCache)
        throws -> (events: [ContactEvent], payments: [DatedPayment]) {
        var reader = ByteReader(bytes)
        let count = try reader.u16()
        var events: [ContactEvent] = []
        events.reserveCapacity(since == nil ? count : min(count, 8))
        for _ in 0..<count {
            let id = try reader.i64()
            let at = Date(timeIntervalSince1970: try reader.f64())
            // Newest first: the rest is older still.
            if let since, at < since, !events.isEmpty { break }
            var event = ContactEvent(
                id: id, at: at, channel: try reader.choice(ContactChannel.allCases),
                direction: try reader.choice(ContactDirection.allCases), outcome: try reader.choice(ContactOutcome.allCases))
            let callback = try reader.f64()
            event.callbackAt = callback.isNaN ? nil : Date(timeIntervalSince1970: callback)
            if try reader.u8() == 1 {
                if since != nil {
                    try reader.skip(Self.promiseSize)
                } else {
                    let units = try reader.i64()
                    event.promise = PromiseToPay(amount: Money(minorUnits: units, currency: try reader.currency(&currencies)),
                                                 date: CivilDate(daysSinceEpoch: try reader.i32()))
                }
            }
            events.append(event)
        }
        events.reverse()
        guard since == nil else { return (events, []) }
        let payments = try (0..<reader.u16()).map { _ in
            let date = CivilDate(daysSinceEpoch: try reader.i32())
            let units = try reader.i64()
            return DatedPayment(date: date, amount: Money(minorUnits: units, currency: try reader.currency(&currencies)))
        }
        return (events, payments)
    }

    /// Amount, currency, date.
    private static let promiseSize = 8 + 3 + 4
}

/// Collects the bytes in an array and makes the `Data` once: appending to `Data` piece by piece
/// cost more than computing the summary (a rebuild encodes a hundred thousand of them).
private struct ByteWriter {
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(128) }

    var data: Data { Data(bytes) }

    mutating func u8(_ value: Int) { bytes.append(UInt8(value)) }
    mutating func u16(_ value: Int) { append(UInt16(value)) }
    mutating func i32(_ value: Int) { append(Int32(value)) }
    mutating func i64(_ value: Int64) { append(value) }
    mutating func f64(_ value: Double) { append(value.bitPattern) }
    mutating func currency(_ currency: Currency) { bytes.append(contentsOf: currency.code.utf8.prefix(3)) }

    private mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}

private struct ByteReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    mutating func u8() throws -> Int { Int(try read(UInt8.self)) }
    mutating func u16() throws -> Int { Int(try read(UInt16.self)) }
    mutating func i32() throws -> Int { Int(try read(Int32.self)) }
    mutating func i64() throws -> Int64 { try read(Int64.self) }
    mutating func f64() throws -> Double { Double(bitPattern: try read(UInt64.self)) }

    mutating func choice<T>(_ cases: [T]) throws -> T {
        let index = try u8()
        guard cases.indices.contains(index) else { throw CorruptValue(what: "queue summary", value: "case \(index)") }
        return cases[index]
    }

    mutating func currency(_ cache: inout CurrencyCache) throws -> Currency {
        guard offset + 3 <= bytes.count else { throw CorruptValue(what: "queue summary", value: "truncated") }
        let code = (bytes[offset], bytes[offset + 1], bytes[offset + 2])
        offset += 3
        return try cache.currency(code)
    }

    mutating func skip(_ count: Int) throws {
        guard offset + count <= bytes.count else { throw CorruptValue(what: "queue summary", value: "truncated") }
        offset += count
    }

    private mutating func read<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw CorruptValue(what: "queue summary", value: "truncated") }
        let value = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
        offset += size
        return T(littleEndian: value)
    }
}
