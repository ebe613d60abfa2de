import Foundation
import GRDB
import GRDBSQLite

/// A prepared statement run with its values bound straight into SQLite, in parameter order.
/// An import and the queue rebuild run one statement up to a million times, and building
/// `StatementArguments` for each run (an array of existentials, checked, then bound one by one)
/// cost about as much as SQLite's own insert.
struct DirectStatement {
    private let statement: Statement
    private var handle: SQLiteStatement { statement.sqliteStatement }
    /// The next parameter to bind (1-based, as SQLite counts).
    private var parameter: Int32 = 1

    init(_ statement: Statement) { self.statement = statement }

    /// SQLite copies the value: the Swift storage may go as soon as the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func bind(_ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, parameter, value) } else { sqlite3_bind_null(handle, parameter) }
        parameter += 1
    }

    mutating func bind(_ value: Int?) { bind(value.map(Int64.init)) }

    mutating func bind(_ value: Bool) { bind(Int64(value ? 1 : 0)) }

    mutating func bind(_ value: Double?) {
        if let value { sqlite3_bind_double(handle, parameter, value) } else { sqlite3_bind_null(handle, parameter) }
        parameter += 1
    }

    mutating func bind(_ value: String?) {
        if let value {
            // The count, not a C string's end: a text may hold a NUL.
            sqlite3_bind_text(handle, parameter, value, Int32(value.utf8.count), Self.transient)
        } else {
            sqlite3_bind_null(handle, parameter)
        }
        parameter += 1
    }

    mutating func bind(_ value: Data?) {
        if let value {
            value.withUnsafeBytes { bytes in
                // A nil address would bind NULL; an empty blob is still a blob.
                if let address = bytes.baseAddress {
                    _ = sqlite3_bind_blob(handle, parameter, address, Int32(bytes.count), Self.transient)
                } else {
                    _ = sqlite3_bind_zeroblob(handle, parameter, 0)
                }
            }
        } else {
            sqlite3_bind_null(handle, parameter)
        }
        parameter += 1
    }

    /// Runs the statement with the values bound since the last run, then readies it for the next.
    mutating func execute(_ db: Database) throws {
        parameter = 1
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        sqlite3_reset(handle)
    }
}
