/// The endpoint implementations; each area of the API is an extension in its own file.
struct OBPAPI: Sendable {
    let store: SandboxStore
    let tokens: TokenStore
    let consumerKey: String
    let identity: ServerIdentity
    let clock: SandboxClock
    let challenges: ChallengePolicy
    /// OBP's example bodies for the resource docs, when the sandbox was given OBP's docs file.
    var examples = ResourceDocExamples.none
    /// What pages of transactions share, kept for the data generation of the response cache.
    let pageContexts = PageContextCache()

    var baseURL: String { identity.baseURL }
    var users: UserRenderer { UserRenderer(provider: baseURL) }
}
