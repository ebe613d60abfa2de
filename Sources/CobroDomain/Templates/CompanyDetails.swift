/// The company that sends reminders, as the config file describes it.
public struct CompanyDetails: Hashable, Sendable {
    public var name: String?
    public var phone: String?
    public var email: String?
    /// How customers can pay, one line each (`Transferencia: ES91 2100 …`), per language.
    public var paymentMethods: [Language: [String]]

    public init(name: String? = nil, phone: String? = nil, email: String? = nil, paymentMethods: [Language: [String]] = [:]) {
        self.name = name
        self.phone = phone
        self.email = email
        self.paymentMethods = paymentMethods
    }
}
