import BrowserModel
import Foundation
import Synchronization

/// Counts the store's wake-ups, as the UI's wake pipe would see them.
public final class WakeCounter: Sendable {
    private let count = Mutex(0)

    public init() {}

    public var value: Int { count.withLock { $0 } }

    public func wake() { count.withLock { $0 += 1 } }
}

public struct StoreNeverSettled: Error {}

extension Store {
    /// Applies results until no effect is in flight and none is waiting: a bounded retry loop, no fixed sleep.
    /// `watching` sees the state after each batch of results, for what shows only while it is going on.
    public func settle(timeout: Duration = .seconds(90), watching: (AppState) -> Void = { _ in }) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            let drained = drainResults()
            watching(state)
            if !drained, effectsInFlight == 0, !drainResults() { return }
            try await Task.sleep(for: .milliseconds(1))
        }
        throw StoreNeverSettled()
    }

    /// Sends the moves that select the row matching `predicate` in the focused list.
    public func select(where index: Int) {
        send(.top)
        for _ in 0..<index { send(.moveDown) }
    }
}

/// A fresh directory under the system temporary directory, unique per test.
public func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("bankterm-bm-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
