import Foundation

/// The call budget a server reported in its last response (`X-Rate-Limit-*` for OBP, `X-RateLimit-*` for OP).
public struct RateLimit: Sendable, Hashable {
    public var limit: Int?
    public var remaining: Int?
    /// When the budget refills.
    public var resetAt: Date?

    public init(limit: Int? = nil, remaining: Int? = nil, resetAt: Date? = nil) {
        self.limit = limit
        self.remaining = remaining
        self.resetAt = resetAt
    }
}
