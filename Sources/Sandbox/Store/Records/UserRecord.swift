/// A user as other users see it: OBP's `{id, provider, display_name}`.
struct UserRecord: Sendable, Equatable {
    let id: String
    let username: String
    let email: String
}
