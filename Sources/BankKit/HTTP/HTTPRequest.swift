import Foundation

public struct HTTPRequest: Sendable, Hashable {
    public var method: HTTPMethod
    public var url: String
    /// Sent in order; names are not case-folded because servers should not care and logs read better as written.
    public var headers: [HTTPHeader]
    public var body: Data?
    /// The whole exchange for this request, when shorter than the transport's `totalTimeout`: what is left of a
    /// retry budget.
    public var timeout: TimeInterval?

    public init(method: HTTPMethod = .get, url: String, headers: [HTTPHeader] = [], body: Data? = nil,
                timeout: TimeInterval? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }
}

public struct HTTPHeader: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
