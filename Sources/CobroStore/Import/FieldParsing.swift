import CobroDomain
import Foundation

/// The field parsers shared by every import: each returns nil after noting the problem.
extension FieldReader {
    func date(_ index: Int?, _ name: String, log: inout ImportLog) -> CivilDate? {
        guard let text = required(index, name, log: &log) else { return nil }
        guard let date = CivilDate(iso: text) else {
            log.problem(line, "\(name) '\(text)' is not a valid date (write YYYY-MM-DD)")
            return nil
        }
        return date
    }

    func currency(_ index: Int?, log: inout ImportLog) -> Currency? {
        guard let code = required(index, "currency", log: &log) else { return nil }
        guard let currency = Currency(code: code) else {
            log.problem(line, "currency '\(code)' is not an ISO 4217 code (write EUR, USD, MXN…, in capitals)")
            return nil
        }
        return currency
    }

    func amount(_ index: Int?, currency: Currency?, separator: DecimalSeparator, log: inout ImportLog) -> Money? {
        guard let text = required(index, "amount", log: &log), let currency else { return nil }
        do {
            return try Money.parse(text, currency: currency, separator: separator)
        } catch {
            var reason = "amount: \(error)"
            if separator == .point, text.contains(",") { reason += " (use --decimal-comma for 1.234,56)" }
            log.problem(line, reason)
            return nil
        }
    }

    /// `true`/`false` in any case; nil when empty or wrong (the problem noted).
    func boolean(_ index: Int?, _ name: String, log: inout ImportLog) -> Bool? {
        guard let text = text(index) else { return nil }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default:
            log.problem(line, "\(name) '\(text)' must be true or false")
            return nil
        }
    }

    /// A value of a fixed list (status, method, language); nil when empty or not in the list.
    func choice<Value: RawRepresentable & CaseIterable>(
        _ index: Int?, _ name: String, as type: Value.Type, log: inout ImportLog
    ) -> Value? where Value.RawValue == String {
        guard let text = text(index) else { return nil }
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            log.problem(line, "\(name) '\(text)' is not one of \(allowed)")
            return nil
        }
        return value
    }

    func timeZone(_ index: Int?, log: inout ImportLog) -> String? {
        guard let identifier = text(index) else { return nil }
        guard TimeZone(identifier: identifier) != nil, identifier.contains("/") || identifier == "UTC" else {
            log.problem(line, "timezone '\(identifier)' is not an IANA time zone (write e.g. Europe/Madrid)")
            return nil
        }
        return identifier
    }
}
