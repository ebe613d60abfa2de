/// A text field with rules: which characters it takes, how many, and whether the text is
/// acceptable. Refusing wrong keys at the keyboard keeps a date or amount field from ever
/// holding letters; `validate` then judges the whole text, and the field turns .inputInvalid
/// with a `message` the screen can show, so the clerk sees what is wrong before saving.
public struct ValidatedField: Sendable {
    public var field: TextField
    /// The most characters (grapheme clusters) the field holds; nil for no limit.
    public let maxLength: Int?
    public let accepts: @Sendable (Character) -> Bool
    /// nil when the text is valid, else what is wrong with it ("Not a date").
    public let validate: @Sendable (String) -> String?

    public init(text: String = "", placeholder: String = "", maxLength: Int? = nil,
                accepts: @escaping @Sendable (Character) -> Bool = { _ in true },
                validate: @escaping @Sendable (String) -> String? = { _ in nil }) {
        field = TextField(text: text, placeholder: placeholder)
        self.maxLength = maxLength
        self.accepts = accepts
        self.validate = validate
    }

    public var text: String {
        get { field.text }
        set { field.text = newValue }
    }

    /// What is wrong with the text now, nil when it is valid.
    public var message: String? { validate(field.text) }

    public var isValid: Bool { message == nil }

    /// Like `TextField.handle`, but a character the field does not accept, or one that would
    /// pass `maxLength`, is `.refused` and changes nothing.
    public mutating func handle(_ key: Key) -> FieldResponse {
        if case .character(let character) = key, !accepts(character) { return .refused }
        var edited = field
        let response = edited.handle(key)
        if let maxLength, edited.count > maxLength, edited.count > field.count { return .refused }
        field = edited
        return response
    }

    /// Draws the field in .input, or .inputInvalid while `validate` has a complaint.
    public func draw(into grid: inout Grid, in rect: Rect, focused: Bool) {
        field.draw(into: &grid, in: rect, focused: focused, style: Style(isValid ? .input : .inputInvalid))
    }

    /// An ISO date field (`YYYY-MM-DD`, the only date format the desk reads): digits and '-'
    /// only, at most 10 characters. The caller says what a valid date is (a real day, not in
    /// the past…).
    public static func date(text: String = "", validate: @escaping @Sendable (String) -> String?) -> ValidatedField {
        ValidatedField(text: text, placeholder: "YYYY-MM-DD", maxLength: 10,
                       accepts: { $0 == "-" || isASCIIDigit($0) }, validate: validate)
    }

    /// An amount field: digits, '.', ',' (decimal comma or thousands, as the user's language
    /// writes them) and '-' (credit notes). Parsing and the currency's decimals are the
    /// caller's `validate`.
    public static func amount(text: String = "", placeholder: String = "",
                              validate: @escaping @Sendable (String) -> String?) -> ValidatedField {
        ValidatedField(text: text, placeholder: placeholder,
                       accepts: { "-.,".contains($0) || isASCIIDigit($0) }, validate: validate)
    }

    /// 0–9 only: `Character.isNumber` would also let in "½" and Arabic-Indic digits.
    private static func isASCIIDigit(_ character: Character) -> Bool {
        character.isASCII && character.isWholeNumber
    }
}

extension ValidatedField: Equatable {
    /// Equal when they show the same: text, cursor, placeholder, limit and message. The rules
    /// are code, not state, so screen states holding fields can still be compared in tests.
    public static func == (lhs: ValidatedField, rhs: ValidatedField) -> Bool {
        lhs.field == rhs.field && lhs.maxLength == rhs.maxLength && lhs.message == rhs.message
    }
}
