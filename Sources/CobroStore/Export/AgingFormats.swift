import CobroDomain

/// The aging report's machine formats (SPEC §4): CSV rows and JSON, amounts as plain decimals.
extension AgingReport {
    public static let csvHeader = ["currency", "code", "name"] + AgingBucket.allCases.map(\.rawValue) + ["unapplied", "balance"]

    /// One row per customer, as in the JSON; no totals rows.
    public func writeCSV(to writer: inout CSVWriter<some TextOutputStream>) {
        writer.writeRow(AgingReport.csvHeader)
        for section in currencies {
            for customer in section.customers {
                let amounts = AgingReport.amounts(customer.figures, section).map(\.1)
                writer.writeRow([section.currency.code, customer.code, customer.name] + amounts, numbers: 3..<3 + amounts.count)
            }
        }
    }

    /// The SPEC's JSON shape, with the keys in the SPEC's order.
    public var json: String { jsonText.text }

    /// The JSON as UTF-8 bytes, ready to write out.
    public var jsonText: JSONText {
        var json = JSONText()
        json.object { json in
            json.member("as_of") { $0.string(asOf.iso) }
            json.member("buckets") { $0.array(AgingBucket.allCases) { $0.string($1.rawValue) } }
            json.member("currencies") {
                $0.array(currencies) { json, section in
                    json.object { json in
                        json.member("currency") { $0.string(section.currency.code) }
                        json.member("totals") { $0.object { AgingReport.writeAmounts(section.totals, section, to: &$0) } }
                        json.member("customers") {
                            $0.array(section.customers) { json, customer in
                                json.object { json in
                                    json.member("code") { $0.string(customer.code) }
                                    json.member("name") { $0.string(customer.name) }
                                    AgingReport.writeAmounts(customer.figures, section, to: &json)
                                }
                            }
                        }
                    }
                }
            }
        }
        return json
    }

    private static func writeAmounts(_ figures: AgingFigures, _ section: CurrencyAging, to json: inout JSONText) {
        for (name, amount) in amounts(figures, section) { json.member(name) { $0.string(amount) } }
    }

    /// The six buckets, unapplied and balance, named as in the SPEC.
    private static func amounts(_ figures: AgingFigures, _ section: CurrencyAging) -> [(String, String)] {
        AgingBucket.allCases.map { ($0.rawValue, section.money(figures[$0]).decimalString) }
            + [("unapplied", section.money(figures.unapplied).decimalString),
               ("balance", section.money(figures.balance).decimalString)]
    }
}

/// Writes JSON into one growing UTF-8 buffer, with keys in the order written (JSONEncoder sorts
/// or scrambles them, and nesting strings would copy every level).
public struct JSONText {
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    public init() { bytes.reserveCapacity(1 << 16) }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func object(_ members: (inout JSONText) -> Void) {
        open(UInt8(ascii: "{"))
        members(&self)
        close(UInt8(ascii: "}"))
    }

    public mutating func array<Elements: Sequence>(_ elements: Elements, _ write: (inout JSONText, Elements.Element) -> Void) {
        open(UInt8(ascii: "["))
        for element in elements {
            separate()
            write(&self, element)
            needsComma = true
        }
        close(UInt8(ascii: "]"))
    }

    public mutating func member(_ key: String, _ value: (inout JSONText) -> Void) {
        separate()
        appendQuoted(key)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        needsComma = false
        value(&self)
        needsComma = true
    }

    public mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
        needsComma = true
    }

    public mutating func number(_ value: Int64) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    private mutating func separate() {
        if needsComma {
            bytes.append(UInt8(ascii: ","))
            bytes.append(UInt8(ascii: " "))
        }
        needsComma = false
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }

    private mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case UInt8(ascii: "\n"): bytes.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): bytes.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): bytes.append(contentsOf: "\\t".utf8)
            case ..<0x20:
                let hex = String(byte, radix: 16)
                bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
