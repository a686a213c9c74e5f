import BankKit
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Serves OP's `/v1/...` paths and hands every other request to the OBP responder, so one sandbox answers both
/// APIs. Checks in OP's order: the application key, its daily quota, then the end user's token.
/// `x-sandbox-fault: 500|503` makes a request fail as OP's servers sometimes do, so clients can test their handling;
/// the real OP API ignores that header.
struct OPResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let api: OPAPI
    let apiKey: String
    let budget: OPDailyBudget
    let requestCount: RequestCounter
    let fallback: SandboxResponder

    init(configuration: SandboxConfiguration, requestCount: RequestCounter, fallback: SandboxResponder) {
        self.api = OPAPI(data: .standard)
        self.apiKey = configuration.opAPIKey
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
        guard let first, first == "v1" || (first.contains("%") && first.removingPercentEncoding == "v1") else {
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
            let body = try answer(request, path: path, headers: &headers)
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body.bytes)))
        } catch {
            return Response(status: .init(code: error.status), headers: headers,
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: error.json.bytes)))
        }
    }

    private func answer(_ request: Request, path: [String], headers: inout HTTPFields) throws(OPError) -> JSON {
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
        guard let token = request.headers[Self.authorization], OPSandbox.customer(token: token) != nil else {
            throw .invalidToken
        }
        return try api.handle(method: request.method.rawValue, path: path, token: token)
    }
}
