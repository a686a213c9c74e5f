/// The endpoint implementations; each area of the API is an extension in its own file.
struct OBPAPI: Sendable {
    let store: SandboxStore
    let tokens: TokenStore
    let consumerKey: String
    let identity: ServerIdentity
    let clock: SandboxClock
    let challenges: ChallengePolicy

    var baseURL: String { identity.baseURL }
    var users: UserRenderer { UserRenderer(provider: baseURL) }
}
