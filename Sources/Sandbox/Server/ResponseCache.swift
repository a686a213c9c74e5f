import HTTPTypes
import Synchronization

/// Serialised GET responses, so paging back and forth over the same pages costs no database work or JSON
/// rendering. All data changes go through this server's API, and every change empties the cache: a generation
/// number makes sure a response rendered from data older than the latest change is never stored. Both
/// `OBPEndpoints` and `CachedResponseHandler` look answers up here, by the same `key`.
final class ResponseCache: Sendable {
    private struct State {
        var generation = 0
        var entries = [String: RenderedResponse]()
    }

    private let state = Mutex(State())
    private let capacity: Int

    init(capacity: Int = 256) { self.capacity = capacity }

    /// The `OBP_` headers of a request (a version's options, such as a consent): they change what OBP answers.
    static func obpHeaders(_ headers: HTTPFields) -> [String: String] {
        var found = [String: String]()
        for field in headers where field.name.canonicalName.hasPrefix("obp_") {
            found[field.name.canonicalName] = field.value
        }
        return found
    }

    /// The key of a GET: all that its answer depends on, which is who asks, the target (path and query) and the
    /// `OBP_` headers.
    static func key(userID: String?, target: String, obpHeaders: [String: String]) -> String {
        // Joined by hand: interpolating the sorted pairs would print them through reflection on every request.
        let headers = obpHeaders.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return ([userID ?? "", target] + headers).joined(separator: "\u{1f}")
    }

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
