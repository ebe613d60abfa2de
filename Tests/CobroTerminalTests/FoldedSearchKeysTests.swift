import CobroTerminal
import Foundation
import Testing

/// The search keys of a screen's rows: a code and a name per row, matched ignoring accents and
/// case, found anywhere in either, and ordered by name the same way.
@Suite("Search keys: a filter finds a code or name with accents and case ignored")
struct FoldedSearchKeysTests {
    struct Row {
        let code: String
        let name: String
    }

    static let rows = [Row(code: "K000", name: "Ibáñez Hermanos"), Row(code: "K001", name: "Ñandú S.L."),
                       Row(code: "K002", name: "日本商事"), Row(code: "K003", name: "ZETA Ltd")]

    static func codes(_ filter: String, in keys: FoldedSearchKeys) -> Set<String> {
        Set(keys.rows(of: Array(0..<Int32(rows.count)), containing: FoldedSearchKeys.foldedUTF8(filter)).map { rows[Int($0)].code })
    }

    @Test func aFilterMatchesAnywhereInACodeOrNameAndNothingLongerThanTheKey() {
        let keys = FoldedSearchKeys(Self.rows, code: \.code, name: \.name)
        #expect(Self.codes("", in: keys) == ["K000", "K001", "K002", "K003"])
        #expect(Self.codes("k00", in: keys) == ["K000", "K001", "K002", "K003"])
        #expect(Self.codes("IBANEZ", in: keys) == ["K000"])
        #expect(Self.codes("s.l.", in: keys) == ["K001"])
        #expect(Self.codes("商事", in: keys) == ["K002"])
        #expect(Self.codes("zeta ltd", in: keys) == ["K003"], "plain ASCII folds to lower case too")
        #expect(Self.codes("hermanos", in: keys) == ["K000"], "the very end of a key")
        #expect(Self.codes("k003 zeta", in: keys) == ["K003"], "a code and its name read as one text")
        #expect(Self.codes("k000 ibáñez hermanos and more", in: keys).isEmpty)
    }

    @Test func theCandidatesKeepTheirOrder() {
        let keys = FoldedSearchKeys(Self.rows, code: \.code, name: \.name)
        let backwards: [Int32] = [3, 2, 1, 0]
        #expect(keys.rows(of: backwards, containing: Array("k00".utf8)) == backwards)
        #expect(keys.rows(of: [3, 0], containing: []) == [3, 0], "an empty filter lets every candidate through")
    }

    @Test func aFilterIsFoldedAsTheKeysAre() {
        #expect(FoldedSearchKeys.foldedUTF8("ÑanDÚ") == Array("nandu".utf8))
        #expect(FoldedSearchKeys.foldedUTF8("ABC-9") == Array("abc-9".utf8))
        #expect(FoldedSearchKeys.fold("Éter") == "eter")
    }

    @Test func theNameOrderFoldsAccentsAndCaseOfPlainAndAccentedNamesAlike() {
        let names = ["zar", "Éter", "ARENA", "árbol", "Muñoz", "muñeca", "SAN", "Sánchez"]
        let keys = FoldedSearchKeys(names, code: { _ in "X" }, name: { $0 })
        var rows = Array(0..<Int32(names.count))
        keys.sortByName(&rows)
        #expect(rows.map { names[Int($0)] } == ["árbol", "ARENA", "Éter", "muñeca", "Muñoz", "SAN", "Sánchez", "zar"])
    }

    @Test func noRowsHaveNoKeys() {
        #expect(FoldedSearchKeys().rows(of: [], containing: Array("a".utf8)).isEmpty)
    }
}
