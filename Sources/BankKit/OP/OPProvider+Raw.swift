import Foundation

/// `bankterm api` over OP: the profile's server with its `x-api-key`, the user's `x-authorization` and a session
/// and request id, as every OP call carries. Never retried.
extension OPProvider: RawAPICalling {
    public func send(_ request: RawAPIRequest) async throws -> HTTPResponse {
        var http = HTTPRequest(method: request.method,
                               url: configuration.baseURL + request.path + request.queryString(encode: Self.encode),
                               headers: [
                                   HTTPHeader("Accept", "application/json"),
                                   HTTPHeader("x-api-key", configuration.apiKey),
                                   HTTPHeader("x-authorization", token),
                                   HTTPHeader("x-session-id", sessionID),
                                   HTTPHeader("x-request-id", UUID().uuidString.lowercased()),
                               ], body: request.body)
        if request.body != nil { http.headers.append(HTTPHeader("Content-Type", "application/json")) }
        http.headers += request.headers
        requestCount += 1
        let response = try await transport.send(http)
        if let limit = OPWire.rateLimit(response.headers) { rateLimit = limit }
        return response
    }

    public nonisolated func error(for response: HTTPResponse) -> BankError {
        OPWire.error(status: response.status, headers: response.headers, body: response.body)
    }
}
