import Synchronization

/// A fixed one-minute window, as OBP's per-consumer "calls per minute" limit behaves.
final class RateLimiter: Sendable {
    struct Decision: Sendable {
        let allowed: Bool
        let limit: Int
        let remaining: Int
        /// Seconds until the window resets.
        let reset: Int
    }

    private struct Window {
        var start: Int64 = 0
        var used = 0
    }

    let limit: Int
    private let window = Mutex(Window())

    init(limit: Int) { self.limit = limit }

    func consume(nowMillis: Int64) -> Decision {
        window.withLock { window in
            if nowMillis - window.start >= 60_000 { window = Window(start: nowMillis, used: 0) }
            let reset = Int((window.start + 60_000 - nowMillis + 999) / 1000)
            guard window.used < limit else {
                return Decision(allowed: false, limit: limit, remaining: 0, reset: reset)
            }
            window.used += 1
            return Decision(allowed: true, limit: limit, remaining: limit - window.used, reset: reset)
        }
    }
}
