import CobroDomain
import Testing

@Suite("Money: integer minor units, strict parsing, locale display")
struct MoneyTests {
    @Test("a point is the decimal separator by default")
    func pointDecimal() throws {
        #expect(try Money.parse("1234.56", currency: .EUR) == Money(minorUnits: 123_456, currency: .EUR))
        #expect(try Money.parse("150", currency: .EUR).minorUnits == 15_000)
        #expect(try Money.parse("150.5", currency: .USD).minorUnits == 15_050)
        #expect(try Money.parse("-119.45", currency: .USD).minorUnits == -11_945)
        #expect(try Money.parse("0.01", currency: .MXN).minorUnits == 1)
    }

    @Test("--decimal-comma reads ',' as decimals and '.' as thousands")
    func commaDecimal() throws {
        #expect(try Money.parse("1.234,56", currency: .EUR, separator: .comma).minorUnits == 123_456)
        #expect(try Money.parse("1234,56", currency: .EUR, separator: .comma).minorUnits == 123_456)
        #expect(try Money.parse("1.234.567", currency: .CLP, separator: .comma).minorUnits == 1_234_567)
        #expect(throws: AmountError.misplacedGroupSeparator("12.34,5")) {
            try Money.parse("12.34,5", currency: .EUR, separator: .comma)
        }
    }

    @Test("more decimals than the currency has is an error, even zeros")
    func tooManyDecimals() {
        #expect(throws: AmountError.tooManyDecimals("10.999", currency: .EUR)) { try Money.parse("10.999", currency: .EUR) }
        #expect(throws: AmountError.tooManyDecimals("1500.00", currency: .CLP)) { try Money.parse("1500.00", currency: .CLP) }
        #expect(throws: AmountError.tooManyDecimals("1500.5", currency: .JPY)) { try Money.parse("1500.5", currency: .JPY) }
    }

    @Test("letters, an empty amount, stray separators and overflow are errors, never zero",
          arguments: ["12a", "abc", "1,234.56", "1.2.3", "12.", ".5", "--5", "1 000", "+"])
    func notANumber(text: String) {
        #expect(throws: AmountError.self) { try Money.parse(text, currency: .EUR) }
    }

    @Test("empty and out-of-range amounts say so")
    func emptyAndRange() throws {
        #expect(throws: AmountError.empty) { try Money.parse("", currency: .EUR) }
        #expect(throws: AmountError.outOfRange("99999999999999999999")) { try Money.parse("99999999999999999999", currency: .CLP) }
        #expect(try Money.parse("9223372036854775807", currency: .CLP).minorUnits == Int64.max)
    }

    @Test("machine form: exactly the currency's decimals, zero unsigned")
    func decimalString() {
        #expect(Money(minorUnits: 0, currency: .EUR).decimalString == "0.00")
        #expect(Money(minorUnits: 0, currency: .CLP).decimalString == "0")
        #expect(Money(minorUnits: -2_500, currency: .USD).decimalString == "-25.00")
        #expect(Money(minorUnits: 5, currency: .EUR).decimalString == "0.05")
        #expect(Money(minorUnits: -5, currency: .EUR).decimalString == "-0.05")
        #expect(Money(minorUnits: 785_691, currency: .CLP).decimalString == "785691")
        #expect(Money(minorUnits: 1_234_567, currency: Currency(code: "KWD")!).decimalString == "1234.567")
    }

    @Test("Spanish shows 1.234,56 €, English €1,234.56")
    func localeDisplay() {
        let amount = Money(minorUnits: 123_456, currency: .EUR)
        #expect(amount.formatted(in: .es) == "1.234,56\u{00A0}€")
        #expect(amount.formatted(in: .en) == "€1,234.56")
        #expect((-amount).formatted(in: .en) == "-€1,234.56")
        #expect((-amount).formatted(in: .es) == "-1.234,56\u{00A0}€")
        #expect(Money(minorUnits: 1_234_567, currency: .CLP).formatted(in: .es) == "1.234.567\u{00A0}CLP")
        #expect(Money(minorUnits: 1_234_567, currency: .CLP).formatted(in: .en) == "CLP\u{00A0}1,234,567")
        #expect(Money(minorUnits: 99, currency: .USD).formatted(in: .en) == "$0.99")
        #expect(Money(minorUnits: 123_456_789, currency: .MXN).formattedNumber(in: .es) == "1.234.567,89")
    }

    @Test("the ISO table knows each currency's decimals and refuses unknown codes")
    func currencyTable() {
        for code in ["EUR", "USD", "GBP", "MXN", "COP", "ARS"] { #expect(Currency(code: code)?.minorUnitDigits == 2) }
        for code in ["CLP", "JPY"] { #expect(Currency(code: code)?.minorUnitDigits == 0) }
        #expect(Currency(code: "EURO") == nil)
        #expect(Currency(code: "eur") == nil)
    }
}
