import CobroDomain
import Foundation
import GRDB

/// Decoding of the rows the queue reads, shared by the per-customer reads and the streams over
/// every customer. `from` is the index of the first of the columns listed here.
enum QueueRows {
    /// currency, id, number, issue_date, due_date, amount, disputed
    static func document(_ row: Row, from start: Int, _ currencies: inout CurrencyCache)
        throws -> (currency: Currency, disputed: Bool, document: AgingDocument) {
        (try currencies[row[start]], row[start + 6],
         AgingDocument(id: row[start + 1], number: row[start + 2], issueDate: try storedDate(row[start + 3]),
                       dueDate: try storedDate(row[start + 4]), amount: row[start + 5]))
    }

    /// currency, date, amount, invoice_id
    static func payment(_ row: Row, from start: Int, _ currencies: inout CurrencyCache) throws -> (currency: Currency, payment: AgingPayment) {
        (try currencies[row[start]], AgingPayment(date: try storedDate(row[start + 1]), amount: row[start + 2], invoiceID: row[start + 3]))
    }

    /// A contact-log entry `l` left-joined with its promise `p`.
    static let eventColumns = "l.id, l.at, l.channel, l.direction, l.outcome, l.corrects_id, l.callback_at, p.amount, p.currency, p.promised_date"

    static func event(_ row: Row, from start: Int, _ currencies: inout CurrencyCache) throws -> ContactEvent {
        var promise: PromiseToPay?
        if let units = row[start + 7] as Int64?, let code = row[start + 8] as String?, let date = row[start + 9] as String? {
            promise = PromiseToPay(amount: Money(minorUnits: units, currency: try currencies[code]), date: try storedDate(date))
        }
        return ContactEvent(
            id: row[start], at: try storedInstant(row[start + 1]), channel: try stored(ContactChannel.self, row[start + 2]),
            direction: try stored(ContactDirection.self, row[start + 3]), outcome: try stored(ContactOutcome.self, row[start + 4]),
            corrects: row[start + 5], callbackAt: try (row[start + 6] as String?).map(storedInstant), promise: promise)
    }
}

/// Currencies by code, each checked once.
struct CurrencyCache {
    private var known: [String: Currency] = [:]
    /// By their three ASCII bytes, as the queue summary stores them; a portfolio has a handful.
    private var byBytes: [(code: (UInt8, UInt8, UInt8), currency: Currency)] = []

    mutating func currency(_ code: (UInt8, UInt8, UInt8)) throws -> Currency {
        if let known = byBytes.first(where: { $0.code == code }) { return known.currency }
        let currency = try self[String(decoding: [code.0, code.1, code.2], as: UTF8.self)]
        byBytes.append((code, currency))
        return currency
    }

    subscript(code: String) -> Currency {
        mutating get throws {
            if let currency = known[code] { return currency }
            let currency = try storedCurrency(code)
            known[code] = currency
            return currency
        }
    }
}
