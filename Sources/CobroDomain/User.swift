/// What a person may do at the desk. A database without users is in single-user mode, where
/// everyone acts as owner.
public enum Role: String, CaseIterable, Codable, Sendable {
    case clerk
    case owner
}

public struct User: Hashable, Sendable {
    public var name: String
    public var role: Role
    public var disabled: Bool

    public init(name: String, role: Role, disabled: Bool = false) {
        self.name = name
        self.role = role
        self.disabled = disabled
    }
}
