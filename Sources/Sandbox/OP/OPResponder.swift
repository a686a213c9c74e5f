import BankKit
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Serves OP's accounts API (`/v1/...`), OP Online Payment (`/paymentbutton/v1/...` and the browser flow under
/// `/customer/...`), and hands every other request to the OBP responder, so one sandbox answers them all.
/// Checks in OP's order: the application key, its daily quota, then the end user's token or the merchant's
/// signature.
/// `x-sandbox-fault: 500|503` makes a request fail as OP's servers sometimes do, so clients can test their handling;
/// the real OP API ignores that header.
struct OPResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let api: OPAPI
    let payments: OPPaymentsAPI
    let apiKey: String
    let maxBodyBytes: Int
    let budget: OPDailyBudget
    let requestCount: RequestCounter
    let fallback: RouterResponder<BasicRequestContext>

    init(configuration: SandboxConfiguration, requestCount: RequestCounter,
         fallback: RouterResponder<BasicRequestContext>) throws {
        let credits = OPAccountCredits()
        self.api = OPAPI(data: .standard, credits: credits)
        self.payments = OPPaymentsAPI(book: OPPaymentBook(data: .standard, credits: credits),
                                      check: try OPSignatureCheck(publicKeys: configuration.opMerchantKeys))
        self.apiKey = configuration.opAPIKey
        self.maxBodyBytes = configuration.maxBodyBytes
        self.budget = OPDailyBudget(limit: configuration.opDailyRequestLimit)
        self.requestCount = requestCount
        self.fallback = fallback
    }

    private static let apiKeyHeader = HTTPField.Name("x-api-key")!
    private static let authorization = HTTPField.Name("x-authorization")!
    private static let requestID = HTTPField.Name("x-request-id")!
    private static let sessionID = HTTPField.Name("x-session-id")!
    private static let fault = HTTPField.Name("x-sandbox-fault")!
    private static let rateLimit = HTTPField.Name("X-RateLimit-Limit")!
    private static let rateRemaining = HTTPField.Name("X-RateLimit-Remaining")!
    private static let rateReset = HTTPField.Name("X-RateLimit-Reset")!

    func respond(to request: Request, context: Context) async throws -> Response {
        // Only the first component decides; splitting and decoding the whole path is left to OP's own requests.
        let first = request.uri.path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: true).first
            .map { $0.utf8.contains(UInt8(ascii: "%")) ? ($0.removingPercentEncoding ?? String($0)) : String($0) }
        guard let first, ["v1", "paymentbutton", "customer"].contains(first) else {
            return try await fallback.respond(to: request, context: context)
        }
        let path = request.uri.path.split(separator: "/", omittingEmptySubsequences: true)
            .map { $0.removingPercentEncoding ?? String($0) }
        requestCount.increment()
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[Self.requestID] = request.headers[Self.requestID] ?? UUID().uuidString.lowercased()
        if let session = request.headers[Self.sessionID] { headers[Self.sessionID] = session }
        do {
            switch first {
            case "customer":
                var redirect = HTTPFields()
                redirect[.location] = try payments.browserFlow(path: path, query: Self.query(request))
                return Response(status: .found, headers: redirect)
            case "paymentbutton":
                try admit(request, headers: &headers)
                let signed = OPSignatureCheck.Request(
                    method: request.method.rawValue, header: Self.header(request), urls: Self.signedURLs(request),
                    body: try await body(request))
                let json = try payments.handle(signed, path: Array(path.dropFirst()), apiKey: apiKey)
                return Self.json(.ok, json, headers: headers)
            default:
                return Self.json(.ok, try answer(request, path: path, headers: &headers), headers: headers)
            }
        } catch {
            return Self.json(.init(code: error.status), error.json, headers: headers)
        }
    }

    private static func json(_ status: HTTPTypes.HTTPResponse.Status, _ json: JSON, headers: HTTPFields) -> Response {
        Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: json.bytes)))
    }

    /// The application key, its daily quota and the fault switch: the same gate for both OP APIs.
    private func admit(_ request: Request, headers: inout HTTPFields) throws(OPError) {
        guard let key = request.headers[Self.apiKeyHeader], !key.isEmpty else { throw .missingAPIKey }
        guard key == apiKey else { throw .invalidAPIKey }
        let decision = budget.consume(nowMillis: OBPAPI.nowMillis())
        headers[Self.rateLimit] = String(decision.limit)
        headers[Self.rateRemaining] = String(decision.remaining)
        headers[Self.rateReset] = String(decision.reset)
        guard decision.allowed else { throw .tooManyRequests }
        switch request.headers[Self.fault] {
        case "500": throw .internalError
        case "503": throw .unavailable
        default: break
        }
    }

    /// A header's value by name, for the signature check.
    private static func header(_ request: Request) -> @Sendable (String) -> String? {
        let fields = request.headers
        return { name in HTTPField.Name(name).flatMap { fields[$0] } }
    }

    /// The URL the client reached, as it would have signed it: over http, or over https behind a TLS proxy.
    private static func signedURLs(_ request: Request) -> [String] {
        let host = request.head.authority ?? "127.0.0.1"
        let target = request.head.path ?? request.uri.description
        return ["http://\(host)\(target)", "https://\(host)\(target)"]
    }

    private static func query(_ request: Request) -> [String: String] {
        var query = [String: String]()
        for item in request.uri.queryParameters { query[String(item.key)] = String(item.value) }
        return query
    }

    private func body(_ request: Request) async throws(OPError) -> [UInt8] {
        do {
            var buffer = try await request.body.collect(upTo: maxBodyBytes)
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch {
            throw OPError(status: 413, level: "ERROR", type: "VALIDATION", code: "413-1",
                          message: "The body is larger than \(maxBodyBytes) bytes")
        }
    }

    private func answer(_ request: Request, path: [String], headers: inout HTTPFields) throws(OPError) -> JSON {
        try admit(request, headers: &headers)
        guard let token = request.headers[Self.authorization], OPSandbox.customer(token: token) != nil else {
            throw .invalidToken
        }
        return try api.handle(method: request.method.rawValue, path: path, token: token)
    }
}
