/// Who hears of a provider's retries (`RetryReporting.observer`). A struct around the closure, not the bare
/// optional closure: Swift 6.3.1's optimiser miscompiles `TaskLocal.withValue` for an optional function value, and
/// every release build of the browser crashed in `swift_task_localValuePush` on its first load.
public struct RetryObserver: Sendable {
    public let hear: @Sendable (RetryNotice) -> Void

    public init(_ hear: @escaping @Sendable (RetryNotice) -> Void) {
        self.hear = hear
    }
}
