import Foundation

extension BankError {
    private static let stallMarker = " stalled: less than "

    /// A response that came slower than the transport's low-speed limit: a network error like a timeout, told apart
    /// so that the browser can say "stalled" while it tries again.
    static func stalled(host: String, limit: Int, seconds: Int) -> BankError {
        BankError(kind: .network, message: "\(host)\(stallMarker)\(limit) byte\(limit == 1 ? "" : "s")/s for \(seconds) s")
    }

    public var isStall: Bool {
        kind == .network && message.contains(Self.stallMarker)
    }
}
