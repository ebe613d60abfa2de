import CobroDomain

/// Which key picks each outcome on the call-log form. One table, so the list on screen, the
/// legend and the key handler cannot disagree. The letters are the same in both languages:
/// clerks who switch language keep their fingers' habits.
public enum CallLogOutcomeKeys {
    /// The order the form lists them in: two columns, the calls that reached nobody (and the
    /// odd ones) on the left, the conversations on the right.
    public static let order: [ContactOutcome] = [
        .noAnswer, .voicemail, .wrongNumber, .callback, .other,
        .rightParty, .promise, .dispute, .refused, .paid,
    ]

    /// A switch rather than a dictionary: the compiler proves every outcome has a key.
    public static func key(for outcome: ContactOutcome) -> Character {
        switch outcome {
        case .noAnswer: return "n"
        case .voicemail: return "v"
        case .wrongNumber: return "w"
        case .callback: return "c"
        case .other: return "o"
        case .rightParty: return "r"
        case .promise: return "p"
        case .dispute: return "d"
        case .refused: return "x"
        case .paid: return "a"
        }
    }

    /// The outcome a typed letter picks, in either case (Caps Lock must not lose a call).
    public static func outcome(for character: Character) -> ContactOutcome? {
        let lower = Character(character.lowercased())
        return order.first { key(for: $0) == lower }
    }
}
