import Foundation

/// The last `ETag` and body per GET URL and caller, so a repeated read costs a 304 instead of a full body.
/// Bounded by the bytes of the bodies it keeps, the oldest entry going first. The browser keeps decoded pages in
/// a cache of its own, so these bodies only save bandwidth on a refresh; bounded by count instead (512 entries)
/// they were a third of the browser's memory after paging through 100,000 transactions.
struct ETagCache: Sendable {
    struct Entry: Sendable {
        var etag: String
        var body: Data
    }

    private var entries: [String: Entry] = [:]
    /// Keys from oldest to newest.
    private var order: [String] = []
    /// The bytes of every body kept.
    private(set) var bytes = 0
    let byteCapacity: Int

    init(byteCapacity: Int) {
        self.byteCapacity = byteCapacity
    }

    var count: Int { entries.count }

    subscript(key: String) -> Entry? { entries[key] }

    mutating func store(_ entry: Entry, for key: String) {
        // A body over the whole budget would only push everything else out and then go itself.
        guard entry.body.count <= byteCapacity else { return }
        if let old = entries.updateValue(entry, forKey: key) {
            bytes -= old.body.count
            order.removeAll { $0 == key }
        }
        order.append(key)
        bytes += entry.body.count
        var evicted = 0
        while bytes > byteCapacity, evicted < order.count {
            if let gone = entries.removeValue(forKey: order[evicted]) { bytes -= gone.body.count }
            evicted += 1
        }
        order.removeFirst(evicted)
    }
}
