import Foundation

/// A provider is about to try a request again: why, and which attempt comes next. The browser shows it in the
/// status bar ("stalled, retrying (2/3)") while the last good data stays on screen.
public struct RetryNotice: Sendable, Hashable {
    public var reason: String
    /// The attempt about to start, counting the first.
    public var attempt: Int
    public var maxAttempts: Int

    public init(reason: String, attempt: Int, maxAttempts: Int) {
        self.reason = reason
        self.attempt = attempt
        self.maxAttempts = maxAttempts
    }

    /// The reason for a retry after `error`, as few words as a status bar has room for.
    public init(after error: BankError, attempt: Int, maxAttempts: Int) {
        let reason: String
        switch error.kind {
        case .network: reason = error.isStall ? "stalled" : "no answer"
        case .rateLimited: reason = "rate limited"
        default: reason = error.status.map { "server error \($0)" } ?? "server error"
        }
        self.init(reason: reason, attempt: attempt, maxAttempts: maxAttempts)
    }

    public var text: String { "\(reason), retrying (\(attempt)/\(maxAttempts))" }
}

/// Who hears of retries: a task-local, so a provider reports to whoever awaits it (the browser's effect that
/// started the load) without every provider method growing a parameter. Child and unstructured tasks inherit it.
public enum RetryReporting {
    @TaskLocal public static var observer: RetryObserver?

    static func report(_ notice: RetryNotice) {
        observer?.hear(notice)
    }
}
