/// One endpoint: a method and a path pattern under `/obp/vX.Y.Z`, e.g. `banks/:bank/accounts/:account/:view/account`.
struct Route: Sendable {
    typealias Handler = @Sendable (OBPAPI, APICall) async throws -> APIResponse

    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    let method: String
    let pattern: String
    let segments: [Segment]
    let since: APIVersion
    /// The last version that serves it, when a later one replaced it (OBP drops such endpoints from its routes).
    let until: APIVersion?
    let handler: Handler

    init(_ method: String, _ pattern: String, since: APIVersion = .v3_0_0, until: APIVersion? = nil,
         _ handler: @escaping Handler) {
        self.method = method
        self.pattern = pattern
        self.segments = pattern.split(separator: "/").map {
            $0.hasPrefix(":") ? .parameter(String($0.dropFirst())) : .literal(String($0))
        }
        self.since = since
        self.until = until
        self.handler = handler
    }

    func serves(_ version: APIVersion) -> Bool {
        since <= version && until.map { version <= $0 } != false
    }

    /// The path parameters if `path` matches this route's pattern.
    func match(_ path: [String]) -> [String: String]? {
        guard path.count == segments.count else { return nil }
        var params = [String: String]()
        for (segment, part) in zip(segments, path) {
            switch segment {
            case .literal(let literal): guard literal == part else { return nil }
            case .parameter(let name): params[name] = part
            }
        }
        return params
    }
}
