import Synchronization

/// Serialised GET responses, so paging back and forth over the same pages costs no database work or JSON
/// rendering. All data changes go through this server's API, and every change empties the cache: a generation
/// number makes sure a response rendered from data older than the latest change is never stored.
final class ResponseCache: Sendable {
    private struct State {
        var generation = 0
        var entries = [String: RenderedResponse]()
    }

    private let state = Mutex(State())
    private let capacity: Int

    init(capacity: Int = 256) { self.capacity = capacity }

    var generation: Int { state.withLock { $0.generation } }

    func lookup(_ key: String) -> RenderedResponse? {
        state.withLock { $0.entries[key] }
    }

    func store(_ response: RenderedResponse, for key: String, renderedAt generation: Int) {
        state.withLock { state in
            guard state.generation == generation else { return }
            if state.entries.count >= capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[key] = response
        }
    }

    func invalidate() {
        state.withLock { state in
            state.generation += 1
            state.entries.removeAll(keepingCapacity: true)
        }
    }
}
