import Foundation
import Testing
@testable import BankKit

@Suite struct ETagCacheTests {
    private func entry(_ tag: String, bytes: Int) -> ETagCache.Entry {
        ETagCache.Entry(etag: tag, body: Data(count: bytes))
    }

    @Test func keepsBodiesWithinItsByteBudgetOldestFirst() {
        var cache = ETagCache(byteCapacity: 100)
        cache.store(entry("a", bytes: 40), for: "A")
        cache.store(entry("b", bytes: 40), for: "B")
        cache.store(entry("c", bytes: 40), for: "C")
        #expect(cache["A"] == nil, "the oldest went to make room")
        #expect(cache["B"]?.etag == "b" && cache["C"]?.etag == "c")
        #expect(cache.bytes == 80 && cache.count == 2)
    }

    @Test func aReplacedEntryCountsOnceAndBecomesTheNewest() {
        var cache = ETagCache(byteCapacity: 100)
        cache.store(entry("a1", bytes: 40), for: "A")
        cache.store(entry("b", bytes: 40), for: "B")
        cache.store(entry("a2", bytes: 50), for: "A")
        #expect(cache.bytes == 90)
        cache.store(entry("c", bytes: 20), for: "C")
        #expect(cache["B"] == nil, "B is now the oldest")
        #expect(cache["A"]?.etag == "a2" && cache["C"] != nil)
        #expect(cache.bytes == 70)
    }

    @Test func aBodyOverTheWholeBudgetIsNotKept() {
        var cache = ETagCache(byteCapacity: 100)
        cache.store(entry("a", bytes: 60), for: "A")
        cache.store(entry("huge", bytes: 101), for: "H")
        #expect(cache["H"] == nil && cache["A"] != nil)
    }
}
