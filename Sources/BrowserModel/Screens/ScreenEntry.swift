import BankKit

/// One screen on the stack over the browser. The id tells a task's result which screen asked for it, so a
/// result for a screen already closed is dropped.
public struct ScreenEntry: Sendable {
    public let id: Int
    public internal(set) var screen: any ScreenFeature
}

extension ScreenFeature {
    /// The event a key sends, or the reason it does nothing now.
    func binding(for key: Key) -> (event: any Sendable, disabledReason: String?)? {
        bindings.first { $0.keys.contains(key) }.map { ($0.event, $0.disabledReason) }
    }

    /// The keys worth showing in the status bar now: enabled ones only.
    public var hints: [(key: Key, label: String)] {
        bindings.compactMap { binding in
            guard binding.disabledReason == nil, let key = binding.keys.first else { return nil }
            return (key, binding.hint)
        }
    }

    /// The screen's keys for the help overlay.
    public var helpEntries: [(keys: [Key], summary: String)] {
        bindings.map { ($0.keys, $0.summary) }
    }

    /// Runs the reducer on an event that arrived type-erased (from a key or a task); a payload of another
    /// screen's type is ignored.
    mutating func handle(erased payload: any Sendable) -> [ScreenCommand<Event>] {
        guard let event = payload as? Event else { return [] }
        return handle(.event(event))
    }
}
