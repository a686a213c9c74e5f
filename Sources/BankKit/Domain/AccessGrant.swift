/// One user's access to an account: the views granted to them (OBP's `permissions` entries).
public struct AccessGrant: Sendable, Hashable {
    /// OBP names users by id, identity provider and display name (the username at that provider).
    public struct Grantee: Sendable, Hashable {
        public var id: UserID
        public var provider: String
        public var displayName: String

        public init(id: UserID, provider: String, displayName: String) {
            self.id = id
            self.provider = provider
            self.displayName = displayName
        }
    }

    public var user: Grantee
    public var views: [ViewSummary]

    public init(user: Grantee, views: [ViewSummary]) {
        self.user = user
        self.views = views
    }
}
