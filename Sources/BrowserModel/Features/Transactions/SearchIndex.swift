import BankKit
import Foundation

/// The lowercased search keys (description, counterparty, tags, amount) of one page's rows, end to end in one
/// buffer: one allocation per page instead of one string per row, and a `/` scan that reads memory in order.
struct SearchIndex: Sendable {
    private var bytes: [UInt8] = []
    /// Where each row's key ends in `bytes`; it starts where the previous one ends.
    private var ends: [UInt32] = []

    init(_ transactions: [Transaction]) {
        // Sized exactly: a guessed capacity doubled on overflow, and held twice the memory the keys need.
        let keys = transactions.map(Self.key)
        bytes.reserveCapacity(keys.reduce(0) { $0 + $1.utf8.count })
        ends.reserveCapacity(keys.count)
        for key in keys {
            bytes += key.utf8
            ends.append(UInt32(bytes.count))
        }
    }

    var count: Int { ends.count }

    /// The key of row `row`, for tests and debugging.
    func key(at row: Int) -> String {
        String(decoding: bytes[range(of: row)], as: UTF8.self)
    }

    /// The rows in `range` whose key contains `needle`, already lowercased.
    func rows(matching needle: [UInt8], in range: Range<Int>) -> [Int] {
        var found: [Int] = []
        scan(needle) { contains in
            for row in range where contains(row) { found.append(row) }
        }
        return found
    }

    /// Those of `candidates` (rows of this page) whose key contains `needle`, already lowercased.
    func rows(matching needle: [UInt8], among candidates: [Int]) -> [Int] {
        var found: [Int] = []
        scan(needle) { contains in
            for row in candidates where contains(row) { found.append(row) }
        }
        return found
    }

    /// Calls `body` with a row test that reads the buffers without copying or retaining them.
    private func scan(_ needle: [UInt8], _ body: ((Int) -> Bool) -> Void) {
        bytes.withUnsafeBufferPointer { hay in
            ends.withUnsafeBufferPointer { ends in
                needle.withUnsafeBufferPointer { pin in
                    body { row in
                        Self.contains(hay, from: row == 0 ? 0 : Int(ends[row - 1]), to: Int(ends[row]), pin)
                    }
                }
            }
        }
    }

    /// Naive search, which beats cleverer ones on keys this short: compare the first byte, then the rest.
    @inline(__always)
    private static func contains(_ hay: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                                 _ pin: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let needle = pin.baseAddress else { return true }
        guard let base = hay.baseAddress else { return false }
        let first = needle.pointee
        let last = end - pin.count
        var i = start
        while i <= last {
            if base[i] == first, memcmp(base + i + 1, needle + 1, pin.count - 1) == 0 { return true }
            i += 1
        }
        return false
    }

    mutating func replace(at row: Int, with transaction: Transaction, in transactions: [Transaction]) {
        var updated = transactions
        updated[row] = transaction
        self = SearchIndex(updated)
    }

    private func range(of row: Int) -> Range<Int> {
        (row == 0 ? 0 : Int(ends[row - 1]))..<Int(ends[row])
    }

    static func key(_ transaction: Transaction) -> String {
        var key = ""
        // A separator no query contains keeps a match from spanning two fields.
        let separator: Character = "\u{1F}"
        if let description = transaction.description { key += description; key.append(separator) }
        if let holder = transaction.counterparty?.holderName { key += holder; key.append(separator) }
        for tag in transaction.metadata.tags ?? [] { key += tag.value; key.append(separator) }
        if let value = transaction.value { key += DisplayFormat.amount(value) }
        return key.lowercased()
    }
}
