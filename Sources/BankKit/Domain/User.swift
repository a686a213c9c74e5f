/// The person a provider's credentials belong to.
public struct User: Sendable, Hashable {
    public var id: UserID
    public var username: String
    public var email: String?
    public var provider: String?

    public init(id: UserID, username: String, email: String? = nil, provider: String? = nil) {
        self.id = id
        self.username = username
        self.email = email
        self.provider = provider
    }
}
