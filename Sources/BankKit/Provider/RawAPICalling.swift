import Foundation

/// Any request to a provider's API with the provider's base URL and authentication applied, for `bankterm api`.
/// The answer comes back whatever its status, so the caller can show an error's body and headers.
public protocol RawAPICalling: Sendable {
    func send(_ request: RawAPIRequest) async throws -> HTTPResponse
    /// What an answer outside 2xx means, read as this provider's errors are read (code, message, retry time).
    func error(for response: HTTPResponse) -> BankError
}

public struct RawAPIRequest: Sendable {
    public var method: HTTPMethod
    /// For OBP, a path under `/obp/vX` (e.g. `/banks`), or a full server path starting with `/obp/` or `/my/`.
    public var path: String
    public var query: [(String, String)]
    public var headers: [HTTPHeader]
    public var body: Data?

    public init(method: HTTPMethod, path: String, query: [(String, String)] = [], headers: [HTTPHeader] = [],
                body: Data? = nil) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The query string, `?a=b&c=d`, or "" when there is none.
    func queryString(encode: (String) -> String) -> String {
        query.isEmpty ? "" : "?" + query.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
    }
}
