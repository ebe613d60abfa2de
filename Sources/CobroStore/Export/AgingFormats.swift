import CobroDomain

/// The aging report's machine formats (SPEC §4): CSV rows and JSON, amounts as plain decimals.
extension AgingReport {
    public static let csvHeader = ["currency", "code", "name"] + AgingBucket.allCases.map(\.rawValue) + ["unapplied", "balance"]

    /// One row per customer, as in the JSON; no totals rows.
    public func writeCSV(to writer: inout CSVWriter<some TextOutputStream>) {
        writer.writeRow(AgingReport.csvHeader)
        for section in currencies {
            for customer in section.customers {
                writer.writeRow([section.currency.code, customer.code, customer.name]
                                + AgingReport.amounts(customer.figures, section).map(\.1))
            }
        }
    }

    /// The SPEC's JSON shape, with the keys in the SPEC's order.
    public var json: String {
        let sections = currencies.map { section in
            let customers = section.customers.map { customer in
                JSONText.object([("code", JSONText.string(customer.code)), ("name", JSONText.string(customer.name))]
                                + AgingReport.amounts(customer.figures, section).map { ($0.0, JSONText.string($0.1)) })
            }
            let totals = JSONText.object(AgingReport.amounts(section.totals, section).map { ($0.0, JSONText.string($0.1)) })
            return JSONText.object([("currency", JSONText.string(section.currency.code)), ("totals", totals),
                                    ("customers", JSONText.array(customers))])
        }
        return JSONText.object([
            ("as_of", JSONText.string(asOf.iso)),
            ("buckets", JSONText.array(AgingBucket.allCases.map { JSONText.string($0.rawValue) })),
            ("currencies", JSONText.array(sections)),
        ])
    }

    /// The six buckets, unapplied and balance, named as in the SPEC.
    private static func amounts(_ figures: AgingFigures, _ section: CurrencyAging) -> [(String, String)] {
        AgingBucket.allCases.map { ($0.rawValue, section.money(figures[$0]).decimalString) }
            + [("unapplied", section.money(figures.unapplied).decimalString),
               ("balance", section.money(figures.balance).decimalString)]
    }
}

/// Builds JSON text with keys in a chosen order (JSONEncoder sorts or scrambles them).
public enum JSONText {
    public static func string(_ value: String) -> String {
        var escaped = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }

    public static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }

    public static func array(_ elements: [String]) -> String { "[" + elements.joined(separator: ", ") + "]" }

    public static func number(_ value: Int) -> String { String(value) }
}
