import Foundation

/// The last `ETag` and body per GET URL and caller, so a repeated read costs a 304 instead of a full body.
/// Bounded: the oldest entry goes first.
struct ETagCache: Sendable {
    struct Entry: Sendable {
        var etag: String
        var body: Data
    }

    private var entries: [String: Entry] = [:]
    private var order: [String] = []
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    subscript(key: String) -> Entry? { entries[key] }

    mutating func store(_ entry: Entry, for key: String) {
        if entries.updateValue(entry, forKey: key) == nil {
            order.append(key)
            if order.count > capacity {
                entries[order.removeFirst()] = nil
            }
        }
    }
}
