/// The verbs the OBP API uses.
public enum HTTPMethod: String, Sendable, Hashable {
    case get = "GET"
    case post = "POST"
    case put = "PUT"
    case delete = "DELETE"

    /// Whether sending the request twice has the effect of sending it once, so a failed attempt may be retried.
    public var isIdempotent: Bool { self != .post }
}
