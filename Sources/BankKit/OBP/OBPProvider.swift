import Foundation

/// The Open Bank Project API over libcurl: DirectLogin with a cached token and one automatic re-login, paging with
/// both the `obp_*` headers and the query parameters, ETag reuse, waits on 429 and bounded retries of idempotent
/// requests. An actor: the token, the ETag cache and the counters are shared by concurrent calls.
public actor OBPProvider: BankProvider {
    public nonisolated let name = "obp"
    public nonisolated let capabilities = ProviderCapabilities(supportsViews: true, metadataIsLocal: false,
                                                               supportsImages: true, supportsBranches: true)
    public nonisolated let configuration: OBPConfiguration
    private let transport: HTTPTransport

    public private(set) var rateLimit: RateLimit?
    public private(set) var requestCount = 0
    /// Requests answered `304 Not Modified` and served from the ETag cache.
    public private(set) var notModifiedCount = 0
    /// GETs of a URL this provider had asked for already (retries not counted): a reload, or waste. The browser's
    /// page cache should keep it at zero while browsing, and `bankterm-bench waste` checks that it does.
    public private(set) var repeatedRequestCount = 0
    /// The first few repeated GETs' paths and queries (no host, no token), so a waste count can be explained.
    public private(set) var repeatedRequestPaths: [String] = []
    private var requestedURLs = Set<Int>()
    private var token: String?
    private var tokenLoaded = false
    private var pendingLogin: Task<String, any Error>?
    private var etags = ETagCache(byteCapacity: 1 << 20)
    private var retryBudget: RetryBudget

    public init(configuration: OBPConfiguration, transport: HTTPTransport? = nil) {
        self.configuration = configuration
        self.transport = transport ?? HTTPTransport(configuration: configuration.transport)
        self.token = configuration.token
        self.tokenLoaded = configuration.token != nil
        self.retryBudget = RetryBudget(limit: configuration.retryBudget)
    }

    // MARK: Authentication

    /// Logs in with the configured credentials, keeps the token and stores it in the token store.
    /// Concurrent callers share one login request.
    @discardableResult
    public func login() async throws -> String {
        if let pendingLogin { return try await pendingLogin.value }
        guard let credentials = configuration.credentials else {
            throw BankError(kind: .notLoggedIn, message: "no password to log in with (set BANKTERM_PASSWORD)")
        }
        let task = Task { try await self.directLogin(credentials) }
        pendingLogin = task
        defer { pendingLogin = nil }
        let newToken = try await task.value
        token = newToken
        tokenLoaded = true
        try configuration.tokenStore?.save(newToken)
        return newToken
    }

    /// Forgets the token here and in the token store.
    public func logout() {
        token = nil
        tokenLoaded = true
        configuration.tokenStore?.delete()
    }

    /// The token requests would carry now, if any (loading it from the store on first use).
    public func currentToken() -> String? {
        if !tokenLoaded {
            token = configuration.tokenStore?.load()
            tokenLoaded = true
        }
        return token
    }

    /// DirectLogin with the `DirectLogin:` header; when a server does not recognise that header, the older
    /// `Authorization: DirectLogin ...` form. Wrong credentials are not tried twice.
    private func directLogin(_ credentials: DirectLoginCredentials) async throws -> String {
        var lastError: BankError?
        for header in [credentials.directLoginHeader, credentials.authorizationHeader] {
            let request = HTTPRequest(method: .post, url: configuration.baseURL + "/my/logins/direct",
                                      headers: [header, HTTPHeader("Content-Type", "application/json")], body: Data())
            let response = try await exchange(request)
            if (200..<300).contains(response.status) { return try OBPWire.token(response.body) }
            let error = OBPWire.error(status: response.status, headers: response.headers, body: response.body)
            switch error.kind {
            case .badCredentials, .server, .rateLimited: throw error
            default: lastError = error
            }
        }
        throw lastError ?? BankError(kind: .badResponse, message: "login failed")
    }

    // MARK: Requests

    /// One HTTP exchange: counts it and records the rate-limit headers.
    func exchange(_ request: HTTPRequest) async throws -> HTTPResponse {
        // A page asked for ahead and no longer wanted (the list ended) is cancelled before it goes out, not sent
        // and then dropped: public sandboxes count every call.
        try Task.checkCancellation()
        requestCount += 1
        let response = try await transport.send(request)
        if let limit = OBPWire.rateLimit(response.headers) { rateLimit = limit }
        return response
    }

    /// Sends an API request under `/obp/vX` and returns the body of its 2xx answer (or the cached body on 304).
    /// Re-logs in once when the token is refused, waits out a 429 whose reset is near, and retries idempotent
    /// requests on network errors, 502 and 503. A POST is sent once and never again: after a refused token it
    /// logs in and reports the refusal, after a 429 it reports it, so the caller decides about sending again
    /// (a payment must never be made twice).
    /// `version` overrides the configured version for an endpoint that only older prefixes serve.
    func call(_ method: HTTPMethod, _ path: String, query: [(String, String)] = [], headers: [HTTPHeader] = [],
              body: Data? = nil, version: OBPAPIVersion? = nil, allowRelogin: Bool = true) async throws -> Data {
        var url = configuration.baseURL + "/obp/" + (version ?? configuration.apiVersion).rawValue + path
        if !query.isEmpty {
            url += "?" + query.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        }
        if method == .get, !requestedURLs.insert(url.hashValue).inserted {
            repeatedRequestCount += 1
            if repeatedRequestPaths.count < 10 {
                repeatedRequestPaths.append(String(url.dropFirst(configuration.baseURL.count)))
            }
        }
        let sentToken = try await tokenForRequest()
        var request = HTTPRequest(method: method, url: url, headers: headers, body: body)
        request.headers.append(HTTPHeader("Accept", "application/json"))
        if body != nil { request.headers.append(HTTPHeader("Content-Type", "application/json")) }
        if let sentToken { request.headers.append(HTTPHeader("DirectLogin", "token=\(sentToken)")) }
        let cacheKey = url + "\n" + (sentToken ?? "")
        let cached = method == .get ? etags[cacheKey] : nil
        if let cached { request.headers.append(HTTPHeader("If-None-Match", cached.etag)) }

        var attempt = 1
        var failed: BankError?
        var rateLimitWaits = 0
        while true {
            request.timeout = retryBudget.attemptTimeout(retry: attempt > 1 || rateLimitWaits > 0)
            let started = ContinuousClock.now
            let response: HTTPResponse
            do {
                response = try await exchange(request)
            } catch let error as BankError where error.kind == .network {
                let cause = retryBudget.failure(error, since: started, previous: failed)
                failed = cause
                guard method.isIdempotent, attempt < configuration.maxAttempts else { throw cause }
                try await retry(after: cause, attempt: &attempt)
                continue
            }
            let legacy = (version ?? configuration.apiVersion) == .v1_1
            if response.status == 304, let cached {
                notModifiedCount += 1
                return legacy ? OBPWire.fromV1_1(cached.body) : cached.body
            }
            if (200..<300).contains(response.status) {
                if method == .get, let etag = response.headers["ETag"], !etag.isEmpty {
                    etags.store(ETagCache.Entry(etag: etag, body: response.body), for: cacheKey)
                }
                return legacy ? OBPWire.fromV1_1(response.body) : response.body
            }
            let error = OBPWire.error(status: response.status, headers: response.headers, body: response.body)
            switch error.kind {
            case .rateLimited(let retryAt?) where method.isIdempotent && rateLimitWaits < 2
                && retryAt.timeIntervalSinceNow <= configuration.maxRateLimitWait
                && retryBudget.allowsRetry(after: retryAt.timeIntervalSinceNow):
                rateLimitWaits += 1
                RetryReporting.report(RetryNotice(after: error, attempt: rateLimitWaits + 1, maxAttempts: 3))
                // The reset is whole seconds on the server; a few milliseconds more avoid arriving just before it.
                let wait = max(0, retryAt.timeIntervalSinceNow) + 0.05
                retryBudget.charge(wait)
                try await Task.sleep(for: .seconds(wait))
                continue
            case .server where [502, 503].contains(response.status) && method.isIdempotent
                && attempt < configuration.maxAttempts:
                retryBudget.charge(since: started)
                try await retry(after: error, attempt: &attempt)
                continue
            case .tokenExpired, .notLoggedIn:
                guard allowRelogin, sentToken != nil, configuration.credentials != nil else { throw error }
                if token == sentToken { token = nil }
                try await login()
                guard method.isIdempotent else {
                    throw BankError(kind: error.kind, status: error.status, code: error.code,
                                    message: error.message + " (logged in again; the request was not carried out, send it again)")
                }
                return try await call(method, path, query: query, headers: headers, body: body, version: version,
                                      allowRelogin: false)
            default:
                throw error
            }
        }
    }

    func tokenForRequest() async throws -> String? {
        if let current = currentToken() { return current }
        return configuration.credentials == nil ? nil : try await login()
    }

    /// Waits before the next attempt, or throws `error` when the retry budget has no room left for one.
    private func retry(after error: BankError, attempt: inout Int) async throws {
        let wait = try retryBudget.beginRetry(after: error, attempt: &attempt, maxAttempts: configuration.maxAttempts,
                                              delay: configuration.retryDelay)
        try await Task.sleep(for: .seconds(wait))
    }

    /// Percent-encodes one path segment or query component (everything outside RFC 3986's unreserved set).
    nonisolated static func encode(_ text: String) -> String {
        // Paging values and ids are nearly always unreserved already; Foundation's encoder is costly per request.
        if text.utf8.allSatisfy(isUnreserved) { return text }
        return text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    nonisolated static func encode<Kind>(_ id: Identifier<Kind>) -> String { encode(id.rawValue) }

    private nonisolated static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private nonisolated static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    nonisolated static func json(_ object: [String: Any]) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
    }
}
