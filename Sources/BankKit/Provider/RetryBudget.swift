import Foundation

/// How long a provider may spend on failed attempts and the waits between them, summed over its whole life (for
/// the command line, one command): once spent, a failure is reported instead of tried again, and no attempt may run
/// past what is left. Without a limit only the attempt count bounds retries (the browser, where the user watches).
public struct RetryBudget: Sendable, Hashable {
    public let limit: TimeInterval?
    public private(set) var spent: TimeInterval = 0

    /// The command line's default: a stalled server costs at most this, not three full timeouts.
    public static let commandLineDefault: TimeInterval = 45

    public init(limit: TimeInterval?) {
        self.limit = limit.map { max(0, $0) }
    }

    /// Time lost to a failed attempt or a wait before the next.
    mutating func charge(_ seconds: TimeInterval) {
        spent += max(0, seconds)
    }

    /// A failed attempt that started at `start`.
    mutating func charge(since start: ContinuousClock.Instant) {
        let elapsed = (ContinuousClock.now - start).components
        charge(Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
    }

    /// Charges an attempt that failed with `error` and returns the failure to report. A retry that ran into what was
    /// left of the budget was ended by the budget, not the server ("timed out after 1 s" after a stall says
    /// nothing), so the cause is then the failure before it.
    mutating func failure(_ error: BankError, since start: ContinuousClock.Instant,
                          previous: BankError?) -> BankError {
        charge(since: start)
        guard let limit, let previous, spent >= limit - 0.25 else { return error }
        return previous
    }

    /// Whether a retry after waiting `wait` still leaves a useful attempt (a second at least).
    func allowsRetry(after wait: TimeInterval) -> Bool {
        guard let limit else { return true }
        return spent + wait + 1 <= limit
    }

    /// The longest an attempt may take: the whole budget for a first attempt, what is left of it for a retry.
    func attemptTimeout(retry: Bool) -> TimeInterval? {
        guard let limit else { return nil }
        return retry ? max(1, limit - spent) : max(1, limit)
    }

    /// Starts retry number `attempt + 1` after `error`: reports it (`RetryReporting`), charges the exponential
    /// backoff and returns it for the caller to wait. Throws `error`, saying so, when the budget has no room left.
    mutating func beginRetry(after error: BankError, attempt: inout Int, maxAttempts: Int,
                             delay: TimeInterval) throws(BankError) -> TimeInterval {
        let wait = delay * Double(1 << (attempt - 1))
        guard allowsRetry(after: wait) else {
            throw BankError(kind: error.kind, status: error.status, code: error.code,
                            message: error.message + " (gave up after \(Int(spent.rounded())) s of failed attempts; "
                            + "--retry-budget allows more)")
        }
        attempt += 1
        RetryReporting.report(RetryNotice(after: error, attempt: attempt, maxAttempts: maxAttempts))
        charge(wait)
        return wait
    }
}
