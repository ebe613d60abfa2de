/// Tax ids, phone numbers and e-mail addresses in each region's own format, with the real check
/// digits, so that the demo looks like data a clerk would recognise.
enum DemoIdentity {
    // MARK: - Tax ids

    static func taxID(in region: DemoRegion, company: DemoNames.Company, _ random: inout DemoRandom) -> String {
        let hasLegalForm = company.name != company.core
        switch region {
        case .spain: return hasLegalForm ? spanishCIF(legalName: company.name, &random) : spanishNIF(&random)
        case .unitedStates: return "\(random.int(in: 10...98))-\(random.digits(7))"
        case .mexico: return mexicanRFC(core: company.core, &random)
        case .chile: return chileanRUT(&random)
        case .colombia: return colombianNIT(&random)
        }
    }

    /// Spanish company id: the letter of the legal form, a province code, five digits, the check digit.
    private static func spanishCIF(legalName: String, _ random: inout DemoRandom) -> String {
        let letter = legalName.hasSuffix("S.A.") ? "A" : legalName.hasSuffix("Coop.") ? "F" : "B"
        let province = random.pick(["28", "08", "46", "41", "48", "29", "50", "15", "33", "03", "30", "07"])
        let body = province + random.digits(5)
        var sum = 0
        for (position, character) in body.enumerated() {
            let digit = character.wholeNumberValue!
            if position % 2 == 1 {
                sum += digit
            } else {
                let doubled = digit * 2
                sum += doubled / 10 + doubled % 10
            }
        }
        return letter + body + String((10 - sum % 10) % 10)
    }

    /// A sole trader's NIF: eight digits and the check letter.
    private static func spanishNIF(_ random: inout DemoRandom) -> String {
        let number = random.int(in: 10_000_000...79_999_999)
        let letters = Array("TRWAGMYFPDXBNJZSQVHLCKE")
        return String(number) + String(letters[number % 23])
    }

    /// Mexican RFC of a company: three initials of the name, the date of incorporation, a homoclave.
    private static func mexicanRFC(core: String, _ random: inout DemoRandom) -> String {
        let minorWords: Set<String> = ["DE", "DEL", "LA", "LAS", "LOS", "EL", "Y", "E"]
        let words = core.split(separator: " ").map { DemoNames.asciiSlug(String($0)).uppercased() }
            .filter { !$0.isEmpty && !minorWords.contains($0) }
        var initials = String(words.prefix(3).compactMap(\.first))
        if initials.count < 3, let first = words.first { initials += first.dropFirst().prefix(3 - initials.count) }
        initials += String(repeating: "X", count: max(0, 3 - initials.count))
        let year = random.int(in: 0...99)
        let month = random.int(in: 1...12)
        let day = random.int(in: 1...28)
        let date = twoDigits(year) + twoDigits(month) + twoDigits(day)
        return initials + date + String([random.alphanumeric(), random.alphanumeric(), random.alphanumeric()])
    }

    /// Chilean RUT of a company (76–77 million), with the modulo-11 check character.
    private static func chileanRUT(_ random: inout DemoRandom) -> String {
        let body = random.int(in: 76_000_000...77_999_999)
        var sum = 0
        var factor = 2
        var rest = body
        while rest > 0 {
            sum += rest % 10 * factor
            rest /= 10
            factor = factor == 7 ? 2 : factor + 1
        }
        let check = 11 - sum % 11
        let checkCharacter = check == 11 ? "0" : check == 10 ? "K" : String(check)
        return grouped(body) + "-" + checkCharacter
    }

    /// Colombian NIT of a company (900 million and up), with the DIAN check digit.
    private static func colombianNIT(_ random: inout DemoRandom) -> String {
        let body = random.int(in: 900_000_000...901_999_999)
        let weights = [3, 7, 13, 17, 19, 23, 29, 37, 41]
        var sum = 0
        var rest = body
        for weight in weights {
            sum += rest % 10 * weight
            rest /= 10
        }
        let remainder = sum % 11
        return grouped(body) + "-" + String(remainder >= 2 ? 11 - remainder : remainder)
    }

    // MARK: - Phones and e-mail

    /// A phone number in international format. US numbers use the 555-01XX range reserved for
    /// fiction, so that a demo number never rings a real line.
    static func phone(in region: DemoRegion, _ random: inout DemoRandom) -> String {
        switch region {
        case .spain:
            let first = random.chance(perMille: 550) ? "9" : "6"
            return "+34 \(first)\(random.digits(2)) \(random.digits(3)) \(random.digits(3))"
        case .unitedStates:
            let area = random.pick(["212", "646", "718", "917", "516", "914", "201", "973", "617", "215", "305", "404", "704", "202"])
            return "+1 \(area) 555 01\(random.digits(2))"
        case .mexico:
            let area = random.pick(["55", "55", "55", "33", "81", "222"])
            return "+52 \(area) \(random.digits(area.count == 2 ? 4 : 3)) \(random.digits(4))"
        case .chile:
            return random.chance(perMille: 500) ? "+56 2 2\(random.digits(3)) \(random.digits(4))"
                                                : "+56 9 \(random.digits(4)) \(random.digits(4))"
        case .colombia:
            return random.chance(perMille: 500) ? "+57 601 \(random.digits(3)) \(random.digits(4))"
                                                : "+57 3\(random.digits(2)) \(random.digits(3)) \(random.digits(4))"
        }
    }

    /// The company's mail domain. Demo addresses live under `.example` (RFC 2606), which never
    /// resolves: a dunning run on a demo database cannot mail a real company.
    static func domain(of company: DemoNames.Company) -> String {
        String(DemoNames.asciiSlug(company.core).prefix(28)) + ".example"
    }

    // MARK: - Formatting

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    /// 76123456 → "76.123.456", as RUTs and NITs are written.
    private static func grouped(_ value: Int) -> String {
        var groups: [String] = []
        var rest = value
        while rest >= 1000 {
            let group = rest % 1000
            groups.append(group < 10 ? "00\(group)" : group < 100 ? "0\(group)" : String(group))
            rest /= 1000
        }
        groups.append(String(rest))
        return groups.reversed().joined(separator: ".")
    }
}
