import Foundation

/// OP Financial Group's accounts API over libcurl: `x-api-key` and `x-authorization` on every request, one
/// `x-session-id` per run and a fresh `x-request-id` per request, OP's error descriptor mapped to `BankError`, and
/// its daily `X-RateLimit-*` budget kept for the status bar. OP has one bank, no views and no metadata API: the
/// provider shows a single owner view, and tags, comments, narratives and where-locations live in a
/// `LocalAnnotationStore`. An actor: counters and the transaction lists are shared by concurrent calls.
public actor OPProvider: BankProvider {
    public nonisolated let name = "op"
    public nonisolated let capabilities: ProviderCapabilities
    public nonisolated let configuration: OPConfiguration
    /// The signing client of the OP merchant profile beside the accounts one, when there is one: OP's payments
    /// API is a second API of the same bank, which the browser's payments screen reaches through this provider.
    public nonisolated let merchantClient: OPPaymentClient?
    /// Sent as `x-session-id` with every request of this provider's life, so OP can group them.
    public nonisolated let sessionID: String
    let transport: HTTPTransport

    public internal(set) var rateLimit: RateLimit?
    public internal(set) var requestCount = 0
    /// The `x-request-id` of the last request sent, to quote when asking OP about a failure.
    public private(set) var lastRequestID: String?
    /// The last full transaction list per account: OP sends the whole list at once, so later pages are cut from it.
    var transactionLists: [AccountID: [Transaction]] = [:]
    private var retryBudget: RetryBudget
    /// The customer's `x-authorization` token: the configuration's until `switchCustomer` names another.
    public private(set) var token: String

    public init(configuration: OPConfiguration, transport: HTTPTransport? = nil, merchantClient: OPPaymentClient? = nil) {
        self.configuration = configuration
        self.merchantClient = merchantClient
        self.capabilities = ProviderCapabilities(supportsViews: false, metadataIsLocal: true, supportsImages: false,
                                                 supportsBranches: false,
                                                 supportsMerchantPayments: merchantClient != nil)
        self.transport = transport ?? HTTPTransport(configuration: configuration.transport)
        self.sessionID = UUID().uuidString.lowercased()
        self.retryBudget = RetryBudget(limit: configuration.retryBudget)
        self.token = configuration.token
    }

    /// Browses as another customer from the next request on; the lists cut from the last one's answers go.
    public func switchCustomer(token: String) {
        self.token = token
        transactionLists = [:]
    }

    /// GETs `path` (which starts with `/v1`) and returns the body of its 2xx answer. Network errors, 502 and 503 are
    /// tried again a bounded number of times, each attempt a new request with its own id.
    func get(_ path: String) async throws -> Data {
        var attempt = 1
        var failed: BankError?
        while true {
            let requestID = UUID().uuidString.lowercased()
            let request = HTTPRequest(method: .get, url: configuration.baseURL + path, headers: [
                HTTPHeader("Accept", "application/json"),
                HTTPHeader("x-api-key", configuration.apiKey),
                HTTPHeader("x-authorization", token),
                HTTPHeader("x-session-id", sessionID),
                HTTPHeader("x-request-id", requestID),
            ], timeout: retryBudget.attemptTimeout(retry: attempt > 1))
            requestCount += 1
            lastRequestID = requestID
            let started = ContinuousClock.now
            let response: HTTPResponse
            do {
                response = try await transport.send(request)
            } catch let error as BankError where error.kind == .network {
                let cause = retryBudget.failure(error, since: started, previous: failed)
                failed = cause
                guard attempt < configuration.maxAttempts else { throw cause }
                try await retry(after: cause, attempt: &attempt)
                continue
            }
            if let limit = OPWire.rateLimit(response.headers) { rateLimit = limit }
            if (200..<300).contains(response.status) { return response.body }
            let error = OPWire.error(status: response.status, headers: response.headers, body: response.body)
            if [502, 503].contains(response.status), attempt < configuration.maxAttempts {
                retryBudget.charge(since: started)
                try await retry(after: error, attempt: &attempt)
                continue
            }
            throw error
        }
    }

    /// Waits before the next attempt, or throws `error` when the retry budget has no room left for one.
    private func retry(after error: BankError, attempt: inout Int) async throws {
        let wait = try retryBudget.beginRetry(after: error, attempt: &attempt, maxAttempts: configuration.maxAttempts,
                                              delay: configuration.retryDelay)
        try await Task.sleep(for: .seconds(wait))
    }

    /// Percent-encodes one path segment.
    nonisolated static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    nonisolated static func encode<Kind>(_ id: Identifier<Kind>) -> String { encode(id.rawValue) }

    private nonisolated static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
