import Synchronization

/// OP's quota: a number of requests per application (API key) per UTC day.
final class OPDailyBudget: Sendable {
    struct Decision: Sendable {
        let allowed: Bool
        let limit: Int
        let remaining: Int
        /// Seconds until the next UTC midnight.
        let reset: Int
    }

    private struct Day {
        var number: Int64 = -1
        var used = 0
    }

    let limit: Int
    private let day = Mutex(Day())

    init(limit: Int) { self.limit = limit }

    func consume(nowMillis: Int64) -> Decision {
        let today = nowMillis / 86_400_000
        let reset = Int(((today + 1) * 86_400_000 - nowMillis + 999) / 1000)
        return day.withLock { day in
            if day.number != today { day = Day(number: today, used: 0) }
            guard day.used < limit else { return Decision(allowed: false, limit: limit, remaining: 0, reset: reset) }
            day.used += 1
            return Decision(allowed: true, limit: limit, remaining: limit - day.used, reset: reset)
        }
    }
}
