import Foundation
import Synchronization

/// The sandbox's "now" for payments: the system clock plus an offset tests may move forward, so a challenge's
/// expiry is tested without waiting ten minutes.
public final class SandboxClock: Sendable {
    private let offsetMillis = Mutex<Int64>(0)

    public init() {}

    var nowMillis: Int64 { Int64(Date().timeIntervalSince1970 * 1000) + offsetMillis.withLock { $0 } }

    public func advance(seconds: Int) {
        offsetMillis.withLock { $0 += Int64(seconds) * 1000 }
    }
}
