import CobroTerminal
import Foundation
import Testing

/// Filtering keeps the result of each typed filter so that Backspace and the next letter do not
/// rescan every row; these tests check that the kept results are exactly what a fresh scan would give.
@Suite("Filter steps: typing and erasing list exactly what a fresh scan would")
struct FilterStepsTests {
    /// Many rows whose names share letters, accents and case in every mix, some plain ASCII.
    static let names: [String] = {
        let words = ["Ibáñez", "Ñandú", "Zeta", "árbol", "Arena", "CAÑA", "rémora", "Muñoz", "Éter", "日本商事", "Sánchez", "zar", "SAN"]
        return (0..<130).map { number in words[number % words.count] + " " + words[(number * 7 + 3) % words.count] }
    }()
    static let codes = names.indices.map { String(format: "K%03d", $0) }
    static let keys = FoldedSearchKeys(names.indices, code: { codes[$0] }, name: { names[$0] })
    /// Not the rows' own order, so that keeping the screen's order is checked too.
    static let order: [Int32] = (0..<Int32(names.count)).sorted { ($0 * 37) % 130 < ($1 * 37) % 130 }

    /// The slow, obvious way: the rows in `order` whose code or name contains the filter.
    static func expected(_ filter: String) -> [Int32] {
        let fold = { (text: String) in text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        return order.filter { filter.isEmpty || fold(codes[Int($0)] + " " + names[Int($0)]).contains(fold(filter)) }
    }

    @Test func everyFilterTypedOrErasedListsWhatAFreshScanWould() {
        var steps = FilterSteps(unfiltered: Self.order)
        let filters = ["a", "ar", "are", "ar", "a", "", "ñ", "ña", "ñan", "ña", "ñan", "ñand", "ñan", "ña",
                       "K", "K0", "K01", "K0", "K", "", "日", "日本", "azar", "zar", "ZAR", "Ñ"]
        for filter in filters {
            #expect(steps.rows(matching: filter, in: Self.keys) == Self.expected(filter), "filter \"\(filter)\"")
        }
    }

    @Test func backspaceGivesBackExactlyTheRowsTheShorterFilterListed() {
        var steps = FilterSteps(unfiltered: Self.order)
        let afterN = steps.rows(matching: "n", in: Self.keys)
        #expect(afterN.count > 1 && afterN.count < 130)
        #expect(steps.rows(matching: "na", in: Self.keys).count < afterN.count)
        #expect(steps.rows(matching: "n", in: Self.keys) == afterN)
        #expect(steps.rows(matching: "", in: Self.keys) == Self.order)
    }

    @Test func aFilterEditedInTheMiddleIsScannedAfresh() {
        var steps = FilterSteps(unfiltered: Self.order)
        _ = steps.rows(matching: "zar", in: Self.keys)
        #expect(steps.rows(matching: "azar", in: Self.keys) == Self.expected("azar"))
    }

    @Test func onlyTheUnfilteredRowsCanMatch() {
        let some = Array(Self.order.prefix(20))
        var steps = FilterSteps(unfiltered: some)
        #expect(steps.rows(matching: "a", in: Self.keys) == Self.expected("a").filter(some.contains))
    }
}
