/// Field values that have broken parsers before: limits, look-alikes, control characters,
/// right-to-left and combining text, spreadsheet formulas and header injection.
enum FuzzValues {
    static let amounts = [
        "0", "1", "1.00", "-5.50", "150.5", "0.001", "1.234,56", "1234,56", "1.234.567,89", "12.34.56",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "92233720368547758.07", "92233720368547758.08", "-92233720368547758.08", "99999999999999999999999999",
        "4611686018427387904", "4611686018427387903.99", "1e5", "NaN", "inf", "0x10", "+5", "--5", "-", ".", ",",
        "-.5", "5.", " 12 ", "١٢٣", "１２３", "1\u{00A0}234", "=1+1", "-0", "-0.00", "",
    ]

    static let dates = [
        "2026-11-23", "2026-01-01", "2024-02-29", "2026-02-29", "2026-13-01", "2026-00-10", "2026-01-32",
        "0000-01-01", "0001-01-01", "1970-01-01", "1969-12-31", "9999-12-31", "10000-01-01", "-001-01-01",
        "+2026-01-01", "2026-1-5", "23/11/2026", "２０２６-１１-２３", "2026-11-23T10:00:00Z", "2026‐11‐23", "",
    ]

    static let currencies = ["EUR", "USD", "JPY", "CLP", "MXN", "GBP", "eur", "XXX", "EURO", "€", ""]

    static let booleans = ["true", "false", "TRUE", "False", "yes", "1", ""]

    static let texts = [
        "Ibáñez Hijos", "", " ", "\u{0}", "a\u{0}b", "\u{1B}[31mred\u{1B}[0m", "\u{7}\u{8}\u{7F}", "\u{85}\u{9B}2J",
        "line\nbreak", "cr\rreturn", "tab\there", "\"quoted\"", "semi;colon", "comma,name",
        "شركة الأمل", "חברת אור", "\u{202E}evil\u{202C}", "\u{200F}\u{200E}", "e\u{301}\u{301}\u{301}", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǒ̶",
        "株式会社テスト", "👨‍👩‍👧‍👦 family", "🇪🇸", "\u{FEFF}bom", "\u{FFFD}",
        "=SUM(A1:A9)", "+34 600 000 000", "-2+3", "@cmd", "=HYPERLINK(\"http://x\",\"y\")", "'=already", "\t=tab", "\r=cr",
        "Evil\r\nBcc: victim@example.com", "x@example.com\nSubject: hi", "=?UTF-8?B?QmNjOiB4?=",
        String(repeating: "x", count: 10_000), String(repeating: "ñ", count: 3_000),
    ]

    static let codes = ["C1", "C2", "C3", "C4", "C5", "c1", " C1", "C-0001", "=C1", "Ç", ""]

    static let timeZones = ["Europe/Madrid", "America/Mexico_City", "UTC", "Mars/Olympus", "GMT", "europe/madrid", ""]

    static let languages = ["es", "en", "ES", "fr", ""]

    static let statuses = ["active", "suspended", "legal", "agency", "written_off", "closed", ""]

    static let methods = ["cash", "transfer", "card", "cheque", "direct_debit", "other", "bitcoin", ""]
}
