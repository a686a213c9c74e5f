import Hummingbird
import Logging
import NIOCore

/// bankterm's OBP-compatible HTTP server. `start` loads the configured data, binds, and returns once the server
/// accepts connections; `stop` shuts it down.
public final class SandboxServer: Sendable {
    public enum StartError: Error, CustomStringConvertible {
        case notListening(host: String, port: Int)

        public var description: String {
            switch self {
            case .notListening(let host, let port): "the sandbox could not listen on \(host):\(port)"
            }
        }
    }

    public let port: Int
    public let baseURL: String
    /// What `start` loaded, for the command's summary line and for measurements.
    public let loadReport: SandboxLoadReport
    /// The payments' clock; tests move it to expire challenges.
    public let clock: SandboxClock

    private let task: Task<Void, any Error>
    private let tokens: TokenStore
    private let counter: RequestCounter

    private init(port: Int, baseURL: String, loadReport: SandboxLoadReport, clock: SandboxClock,
                 task: Task<Void, any Error>, tokens: TokenStore, counter: RequestCounter) {
        self.port = port
        self.clock = clock
        self.baseURL = baseURL
        self.loadReport = loadReport
        self.task = task
        self.tokens = tokens
        self.counter = counter
    }

    public static func start(_ configuration: SandboxConfiguration) async throws -> SandboxServer {
        let store = try SandboxStore(path: configuration.databasePath)
        let loadReport = try await SandboxLoader.load(configuration, into: store)

        let logger = Logger(label: "bankterm.sandbox") { _ in QuietLogHandler() }
        let tokens = TokenStore()
        let counter = RequestCounter()
        let identity = ServerIdentity(host: configuration.host)
        let clock = SandboxClock()
        var api = OBPAPI(store: store, tokens: tokens, consumerKey: configuration.consumerKey, identity: identity,
                         clock: clock, challenges: configuration.challenges)
        api.examples = try configuration.resourceDocsFile.map(ResourceDocExamples.load) ?? .none
        let endpoints = OBPEndpoints(api: api, maxBodyBytes: configuration.maxBodyBytes)
        let responder = SandboxRouter.responder(
            endpoints: endpoints,
            front: OBPFrontMiddleware(rateLimiter: configuration.rateLimitPerMinute.map(RateLimiter.init(limit:)),
                                      requestCount: counter, logger: logger))

        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            responder: try OPResponder(configuration: configuration, requestCount: counter, fallback: responder),
            server: EventLoopHTTP1Channel.builder {
                configuration.rateLimitPerMinute != nil ? []
                    : [CachedResponseHandler(cache: endpoints.cache, tokens: tokens, requestCount: counter)]
            },
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? configuration.port)
            },
            logger: logger)
        let task = Task {
            defer { continuation.finish() }
            try await app.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await task.value
            throw StartError.notListening(host: configuration.host, port: configuration.port)
        }
        let baseURL = "http://\(configuration.host):\(port)"
        identity.baseURL = baseURL
        return SandboxServer(port: port, baseURL: baseURL, loadReport: loadReport, clock: clock, task: task,
                             tokens: tokens, counter: counter)
    }

    public func stop() async {
        task.cancel()
        _ = await task.result
    }

    /// Makes every issued token invalid (OBP-20003), for client re-login tests.
    public func expireTokens() async {
        tokens.expireAll()
    }

    public var requestCount: Int {
        get async { counter.value }
    }
}
