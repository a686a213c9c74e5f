import Foundation

/// `bankterm api` over OBP: the profile's server and version, and its DirectLogin token (logging in first when the
/// profile has a password). A refused token is renewed once and the request sent again: the server refused it
/// before doing anything, so even a POST is safe to repeat then. Nothing else is retried.
extension OBPProvider: RawAPICalling {
    public func send(_ request: RawAPIRequest) async throws -> HTTPResponse {
        try await send(request, allowRelogin: true)
    }

    private func send(_ request: RawAPIRequest, allowRelogin: Bool) async throws -> HTTPResponse {
        let path = request.path.hasPrefix("/obp/") || request.path.hasPrefix("/my/logins/")
            ? request.path : "/obp/" + configuration.apiVersion.rawValue + request.path
        let url = configuration.baseURL + path + request.queryString(encode: Self.encode)
        let sentToken = try await tokenForRequest()
        var http = HTTPRequest(method: request.method, url: url, headers: [HTTPHeader("Accept", "application/json")],
                               body: request.body)
        if request.body != nil { http.headers.append(HTTPHeader("Content-Type", "application/json")) }
        if let sentToken { http.headers.append(HTTPHeader("DirectLogin", "token=\(sentToken)")) }
        http.headers += request.headers
        let response = try await exchange(http)
        guard allowRelogin, response.status == 401, sentToken != nil, configuration.credentials != nil,
              OBPWire.error(status: response.status, headers: response.headers, body: response.body).kind == .tokenExpired
        else { return response }
        try await login()
        return try await send(request, allowRelogin: false)
    }

    public nonisolated func error(for response: HTTPResponse) -> BankError {
        OBPWire.error(status: response.status, headers: response.headers, body: response.body)
    }
}
