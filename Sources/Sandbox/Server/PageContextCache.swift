import Synchronization

/// The `TransactionPageContext`s of the current data generation (`ResponseCache.generation`), by account, view
/// and caller. Every write starts a new generation, so a context is never used across a change: one built while a
/// write commits is stored under the generation it started in, which the write then ends.
final class PageContextCache: Sendable {
    struct Key: Hashable, Sendable {
        let bankID: String
        let accountID: String
        let viewID: String
        let userID: String?
    }

    private struct State {
        var generation = 0
        var entries = [Key: TransactionPageContext]()
    }

    private let state = Mutex(State())
    private let capacity: Int

    init(capacity: Int = 64) { self.capacity = capacity }

    /// The context for `key` as of `generation`, if one is kept.
    func cached(_ key: Key, generation: Int?) -> TransactionPageContext? {
        guard let generation else { return nil }
        return state.withLock { $0.generation == generation ? $0.entries[key] : nil }
    }

    /// The context for `key` as of `generation`, built by `load` when there is none; nil `generation` (a request
    /// the response cache does not serve) always loads and keeps nothing.
    func context(_ key: Key, generation: Int?,
                 load: () throws -> TransactionPageContext) rethrows -> TransactionPageContext {
        guard let generation else { return try load() }
        if let cached = cached(key, generation: generation) { return cached }
        let context = try load()
        state.withLock { state in
            if generation > state.generation {
                state.generation = generation
                state.entries.removeAll(keepingCapacity: true)
            }
            guard generation == state.generation else { return }
            if state.entries.count >= capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[key] = context
        }
        return context
    }
}
