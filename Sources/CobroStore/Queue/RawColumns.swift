import Foundation
import GRDB
import GRDBSQLite

/// The current row of a statement, read straight from SQLite: the queue scan reads a few columns
/// of a hundred thousand rows, and going through `Row` values (and `Data` for blobs) costs more
/// than the rest of the scan.
struct RawColumns {
    let statement: SQLiteStatement

    /// Columns of `statement`'s current row (while a cursor made from it stands on one).
    init(_ statement: Statement) { self.statement = statement.sqliteStatement }

    func isNull(_ index: Int32) -> Bool { sqlite3_column_type(statement, index) == SQLITE_NULL }

    func int(_ index: Int32) -> Int64? { isNull(index) ? nil : sqlite3_column_int64(statement, index) }

    func double(_ index: Int32) -> Double? { isNull(index) ? nil : sqlite3_column_double(statement, index) }

    func text(_ index: Int32) -> String? {
        guard let bytes = sqlite3_column_text(statement, index) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, index))), as: UTF8.self)
    }

    /// The blob's bytes, valid during `body` only; empty for NULL.
    func blob<T>(_ index: Int32, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        try body(raw(index))
    }

    /// The column's bytes as stored (text or blob), valid until the statement moves on; empty for NULL.
    func raw(_ index: Int32) -> UnsafeRawBufferPointer {
        let start = sqlite3_column_blob(statement, index)
        return UnsafeRawBufferPointer(start: start, count: start == nil ? 0 : Int(sqlite3_column_bytes(statement, index)))
    }

    /// The text's bytes, valid until the statement moves on; nil for NULL.
    func textBytes(_ index: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let bytes = sqlite3_column_text(statement, index) else { return nil }
        return UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, index)))
    }
}

/// Values for the few distinct texts of a column (zones, statuses), found by their bytes without
/// making a string per row.
struct TextKeyedValues<Value> {
    private var entries: [(text: [UInt8]?, value: Value)] = []
    /// Rows come in runs of the same text more often than not.
    private var last = 0

    mutating func value(for text: UnsafeBufferPointer<UInt8>?, make: (String?) throws -> Value) rethrows -> Value {
        if let known = cached(text) { return known }
        let value = try make(text.map { String(decoding: $0, as: UTF8.self) })
        insert(value, for: text)
        return value
    }

    mutating func cached(_ text: UnsafeBufferPointer<UInt8>?) -> Value? {
        if last < entries.count, Self.same(entries[last].text, text) { return entries[last].value }
        guard let index = entries.indices.first(where: { Self.same(entries[$0].text, text) }) else { return nil }
        last = index
        return entries[index].value
    }

    mutating func insert(_ value: Value, for text: UnsafeBufferPointer<UInt8>?) {
        last = entries.count
        entries.append((text.map(Array.init), value))
    }

    private static func same(_ stored: [UInt8]?, _ text: UnsafeBufferPointer<UInt8>?) -> Bool {
        switch (stored, text) {
        case (nil, nil): return true
        case (let stored?, let text?):
            guard stored.count == text.count else { return false }
            return text.isEmpty || stored.withUnsafeBufferPointer { memcmp($0.baseAddress!, text.baseAddress!, text.count) == 0 }
        default: return false
        }
    }
}
