/// One endpoint: a method and a path pattern under `/obp/vX.Y.Z`, e.g. `banks/:bank/accounts/:account/:view/account`,
/// in Hummingbird's router syntax (`SandboxRouter` registers it once per version that serves it).
struct Route: Sendable {
    typealias Handler = @Sendable (OBPAPI, APICall) async throws -> APIResponse

    let method: String
    let pattern: String
    let since: APIVersion
    /// The last version that serves it, when a later one replaced it (OBP drops such endpoints from its routes).
    let until: APIVersion?
    let handler: Handler

    init(_ method: String, _ pattern: String, since: APIVersion = .v3_0_0, until: APIVersion? = nil,
         _ handler: @escaping Handler) {
        self.method = method
        self.pattern = pattern
        self.since = since
        self.until = until
        self.handler = handler
    }

    func serves(_ version: APIVersion) -> Bool {
        since <= version && until.map { version <= $0 } != false
    }
}
