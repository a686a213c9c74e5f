import BankKit

/// Transaction pages already fetched, so that revisiting an account or a view costs no request.
/// Bounded by the number of transactions it holds; the least recently used page goes first.
/// A value type inside `AppState`, so the pure reducer decides hit or miss itself.
public struct PageCache: Sendable {
    private struct Entry: Sendable {
        var page: TransactionPage
        var lastUse: UInt64
    }

    private var entries: [PageKey: Entry] = [:]
    private var clock: UInt64 = 0
    /// At most this many transactions are kept.
    public let capacity: Int
    public private(set) var transactionCount = 0

    public init(capacity: Int = 200_000) {
        self.capacity = capacity
    }

    public var pageCount: Int { entries.count }

    /// The cached page for `key`, marking it as recently used.
    mutating func page(for key: PageKey) -> TransactionPage? {
        guard var entry = entries[key] else { return nil }
        clock += 1
        entry.lastUse = clock
        entries[key] = entry
        return entry.page
    }

    public func contains(_ key: PageKey) -> Bool { entries[key] != nil }

    mutating func insert(_ page: TransactionPage, for key: PageKey) {
        clock += 1
        if let old = entries.updateValue(Entry(page: page, lastUse: clock), forKey: key) {
            transactionCount -= old.page.transactions.count
        }
        transactionCount += page.transactions.count
        evict(keeping: key)
    }

    mutating func invalidate(_ key: PageKey) {
        if let old = entries.removeValue(forKey: key) { transactionCount -= old.page.transactions.count }
    }

    /// Drops every page of `account` through `view` (all views when nil), e.g. for `r`.
    mutating func invalidate(provider: String, account: AccountRef, view: ViewID?) {
        for key in entries.keys where key.provider == provider && key.account == account
            && (view == nil || key.view == view) {
            invalidate(key)
        }
    }

    private mutating func evict(keeping kept: PageKey) {
        while transactionCount > capacity, entries.count > 1 {
            var oldest: PageKey?
            var oldestUse = UInt64.max
            for (key, entry) in entries where key != kept && entry.lastUse < oldestUse {
                oldest = key
                oldestUse = entry.lastUse
            }
            guard let oldest else { return }
            invalidate(oldest)
        }
    }
}
