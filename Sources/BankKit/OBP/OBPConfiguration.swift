import Foundation

/// Everything an `OBPProvider` needs to reach one server as one user.
public struct OBPConfiguration: Sendable {
    /// The host, e.g. `https://apisandbox.openbankproject.com`; `/obp/vX` is added per request.
    public var baseURL: String
    public var apiVersion: OBPAPIVersion
    /// Present when the client may log in (again) by itself.
    public var credentials: DirectLoginCredentials?
    /// A token to start with, e.g. from `--token` or `BANKTERM_TOKEN`.
    public var token: String?
    /// Where tokens are cached between runs; nil keeps them in memory only.
    public var tokenStore: TokenStore?
    public var transport: HTTPTransportConfiguration
    /// A 429 whose reset is further away than this fails at once instead of waiting.
    public var maxRateLimitWait: TimeInterval
    /// Attempts for an idempotent request that meets a network error, 502 or 503; POST is never retried.
    public var maxAttempts: Int
    public var retryDelay: TimeInterval
    /// Seconds the provider may spend on failed attempts and waits in all (`RetryBudget`); nil: no limit beyond
    /// `maxAttempts`.
    public var retryBudget: TimeInterval?

    public init(baseURL: String, apiVersion: OBPAPIVersion = .default, credentials: DirectLoginCredentials? = nil,
                token: String? = nil, tokenStore: TokenStore? = nil,
                transport: HTTPTransportConfiguration = HTTPTransportConfiguration(),
                maxRateLimitWait: TimeInterval = 60, maxAttempts: Int = 3, retryDelay: TimeInterval = 0.25,
                retryBudget: TimeInterval? = nil) {
        var base = baseURL.trimmingCharacters(in: .whitespaces)
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.apiVersion = apiVersion
        self.credentials = credentials
        self.token = token
        self.tokenStore = tokenStore
        self.transport = transport
        self.maxRateLimitWait = maxRateLimitWait
        self.maxAttempts = max(1, maxAttempts)
        self.retryDelay = retryDelay
        self.retryBudget = retryBudget
    }
}
