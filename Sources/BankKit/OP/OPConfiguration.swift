import Foundation

/// Everything an `OPProvider` needs to reach OP's accounts API as one simulated (or real) end user.
public struct OPConfiguration: Sendable {
    /// The host, e.g. `https://sandbox.apis.op-palvelut.fi`; the `/v1` of each path carries the major version.
    public var baseURL: String
    /// The application's key, sent as `x-api-key`.
    public var apiKey: String
    /// The end user's token, sent as `x-authorization`.
    public var token: String
    /// Where tags, comments, narratives and where-locations live: OP has no metadata API.
    public var annotations: LocalAnnotationStore
    public var transport: HTTPTransportConfiguration
    /// Attempts for a request that meets a network error, 502 or 503 (every OP call is a GET).
    public var maxAttempts: Int
    public var retryDelay: TimeInterval
    /// Seconds the provider may spend on failed attempts and waits in all (`RetryBudget`); nil: no limit beyond
    /// `maxAttempts`.
    public var retryBudget: TimeInterval?

    public init(baseURL: String = OPSandbox.baseURL, apiKey: String, token: String,
                annotations: LocalAnnotationStore, transport: HTTPTransportConfiguration = HTTPTransportConfiguration(),
                maxAttempts: Int = 3, retryDelay: TimeInterval = 0.25,
                retryBudget: TimeInterval? = nil) {
        var base = baseURL.trimmingCharacters(in: .whitespaces)
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.apiKey = apiKey
        self.token = token
        self.annotations = annotations
        self.transport = transport
        self.maxAttempts = max(1, maxAttempts)
        self.retryDelay = retryDelay
        self.retryBudget = retryBudget
    }
}
