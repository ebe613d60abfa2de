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
        let start = sqlite3_column_blob(statement, index)
        return try body(UnsafeRawBufferPointer(start: start, count: start == nil ? 0 : Int(sqlite3_column_bytes(statement, index))))
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

    mutating func value(for text: UnsafeBufferPointer<UInt8>?, make: (String?) throws -> Value) rethrows -> Value {
        if let known = entries.first(where: { entry in
            switch (entry.text, text) {
            case (nil, nil): return true
            case (let stored?, let bytes?): return stored.elementsEqual(bytes)
            default: return false
            }
        }) { return known.value }
        let value = try make(text.map { String(decoding: $0, as: UTF8.self) })
        entries.append((text.map(Array.init), value))
        return value
    }
}
