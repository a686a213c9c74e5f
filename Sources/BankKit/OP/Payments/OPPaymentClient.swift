import Foundation

/// OP Online Payment over libcurl: every request signed with the merchant's key (`Date`, `x-session-id`, a fresh
/// `x-request-id`, `x-api-key`, `Authorization`), OP's error descriptor mapped to `BankError`, and the payments it
/// creates kept in an `OPPaymentLedger` (OP has no list endpoint). A create or a refund is never retried: a
/// second POST could move money twice. When one breaks mid-request the outcome is unknown, and the error says so
/// with the request id to ask OP about.
public actor OPPaymentClient {
    public nonisolated let configuration: OPMerchantConfiguration
    /// Sent as `x-session-id` with every request of this client's life.
    public nonisolated let sessionID: String
    public nonisolated let ledger: OPPaymentLedger?
    private let transport: HTTPTransport
    private let clock: @Sendable () -> Date

    public private(set) var rateLimit: RateLimit?
    /// The `x-request-id` of the last request sent.
    public private(set) var lastRequestID: String?

    public init(configuration: OPMerchantConfiguration, ledger: OPPaymentLedger? = nil, transport: HTTPTransport? = nil,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.configuration = configuration
        self.ledger = ledger
        self.transport = transport ?? HTTPTransport(configuration: configuration.transport)
        self.clock = clock
        self.sessionID = UUID().uuidString.lowercased()
    }

    /// Creates a payment and records it in the ledger; the answer holds the browser-flow URL for the customer.
    public func create(_ payment: OPNewPayment) async throws -> OPCreatedPayment {
        try configuration.validate()
        try payment.validate()
        let (data, requestID) = try await send(.post, OPPaymentAPI.paymentsPath,
                                               body: payment.body(accountID: configuration.accountID),
                                               what: "the payment")
        let created = try OPPaymentWire.created(data, browserFlowURL: configuration.browserFlowURL,
                                                requestID: requestID)
        try await ledger?.record(OPPaymentEntry(
            paymentID: created.paymentID, merchantID: configuration.merchantID, amount: payment.amount,
            reference: payment.reference, status: OPPaymentAPI.Status.initial, totalRefunded: nil, refundOf: nil,
            browserFlowURL: created.browserFlowURL, requestID: requestID, createdAt: clock(), updatedAt: clock()))
        return created
    }

    /// The payment's status as OP sees it now; the ledger's copy is brought up to date.
    public func status(_ paymentID: String) async throws -> OPPaymentStatus {
        try configuration.validate()
        let (data, _) = try await send(.get, OPPaymentAPI.statusPath(try Self.pathSegment(paymentID)), body: nil,
                                       what: nil)
        let status = try OPPaymentWire.status(data)
        try await ledger?.update(status, at: clock())
        return status
    }

    /// Refunds part or all of a payment. Never retried; the refund is recorded as a payment of its own.
    public func refund(_ paymentID: String, _ refund: OPRefund) async throws -> OPRefundResult {
        try configuration.validate()
        try refund.validate()
        let (data, requestID) = try await send(.post, OPPaymentAPI.refundPath(try Self.pathSegment(paymentID)),
                                               body: refund.body, what: "the refund")
        let result = try OPPaymentWire.refunded(data, requestID: requestID)
        if let ledger {
            let reference: String
            switch refund.note {
            case .reference(let value): reference = value
            case .message: reference = ""
            }
            try await ledger.record(OPPaymentEntry(
                paymentID: result.paymentID, merchantID: configuration.merchantID, amount: refund.amount,
                reference: reference, status: OPPaymentAPI.Status.initial, totalRefunded: nil, refundOf: paymentID,
                browserFlowURL: nil, requestID: requestID, createdAt: clock(), updatedAt: clock()))
            try await ledger.setRefunded(paymentID, total: result.totalRefundedAmount, at: clock())
        }
        return result
    }

    /// The other banks of the multibank browser flow.
    public func providers() async throws -> [OPMultibankProvider] {
        try configuration.validate()
        return try OPPaymentWire.providers(try await send(.get, OPPaymentAPI.providersPath, body: nil, what: nil).0)
    }

    /// Signs and sends one request and returns its 2xx body with the request id. `what` names the money a POST
    /// moves, for the "unknown outcome" message.
    private func send(_ method: HTTPMethod, _ path: String, body: Data?,
                      what: String?) async throws -> (Data, String) {
        let requestID = UUID().uuidString.lowercased()
        let url = configuration.baseURL + OPPaymentAPI.basePath + path
        let date = HTTPDate.format(clock())
        let signature = OPSignature(method: method.rawValue, date: date, merchantID: configuration.merchantID,
                                    apiKey: configuration.apiKey, sessionID: sessionID, requestID: requestID,
                                    url: url, body: body.map(Array.init) ?? [])
        let authorization = OPSignature.authorization(merchantID: configuration.merchantID,
                                                      keyVersion: configuration.keyVersion,
                                                      signatureHex: try configuration.key.sign(signature))
        let request = HTTPRequest(method: method, url: url, headers: [
            HTTPHeader("Accept", "application/json"),
            HTTPHeader("Content-Type", OPPaymentAPI.contentType),
            HTTPHeader("Date", date),
            HTTPHeader("x-api-key", configuration.apiKey),
            HTTPHeader("x-session-id", sessionID),
            HTTPHeader("x-request-id", requestID),
            HTTPHeader("Authorization", authorization),
        ], body: body)
        lastRequestID = requestID
        let response: HTTPResponse
        do {
            response = try await transport.send(request)
        } catch let error as BankError where error.kind == .network && what != nil {
            throw BankError(kind: .network, message: "unknown outcome: \(error.message). OP may or may not have "
                            + "made \(what ?? "it"); do not simply try again: ask OP about request id \(requestID)")
        }
        if let limit = OPWire.rateLimit(response.headers) { rateLimit = limit }
        guard (200..<300).contains(response.status) else {
            var error = OPWire.error(status: response.status, headers: response.headers, body: response.body)
            error.message += " (request id \(requestID))"
            if response.status == 401 {
                error.hint = "check api_key, merchant_id, key_version and private_key_file of the OP merchant "
                    + "profile, and that the machine's clock is right"
            }
            throw error
        }
        return (response.body, requestID)
    }

    /// A payment id goes into the path as it is; anything that would change the path is refused here.
    private static func pathSegment(_ id: String) throws(BankError) -> String {
        guard !id.isEmpty, id.utf8.count <= 64, id.utf8.allSatisfy({ byte in
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte) || byte == 45
        }) else {
            throw BankError(kind: .invalidInput, message: "not a payment id: \(id)")
        }
        return id
    }
}
