import BankKit
import Foundation

/// The lowercased search keys (description, counterparty, tags) of one page's rows, each distinct key once, end to
/// end in one buffer, and for each row which key it has. A page's rows repeat a few merchants, so a row costs
/// two bytes instead of its key's fifty, and `/` reads each distinct key once. Amounts are not stored: they match
/// only a needle made of the characters amounts contain, and are formatted for that needle alone.
struct SearchIndex: Sendable {
    private var bytes: [UInt8] = []
    /// Where each distinct key ends in `bytes`; it starts where the previous one ends.
    private var ends: [UInt32] = []
    /// The key of each row, an index into `ends`.
    private var keys: RowKeys
    /// Every byte that occurs in the page's amounts as the filter sees them.
    private var amountBytes = ByteSet()

    init(_ transactions: [Transaction]) {
        var distinct: [String: Int] = [:]
        var texts: [String] = []
        var keyIndexes: [Int] = []
        keyIndexes.reserveCapacity(transactions.count)
        for transaction in transactions {
            let key = Self.key(transaction)
            if let index = distinct[key] {
                keyIndexes.append(index)
            } else {
                distinct[key] = texts.count
                keyIndexes.append(texts.count)
                texts.append(key)
            }
            if let amount = Self.amount(transaction) { amountBytes.insert(contentsOf: amount.utf8) }
        }
        // Sized once: grown key by key, the buffers kept a third more room than keys, for as long as the page.
        bytes.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count })
        ends.reserveCapacity(texts.count)
        for text in texts {
            bytes += text.utf8
            ends.append(UInt32(bytes.count))
        }
        keys = RowKeys(keyIndexes, distinct: texts.count)
    }

    var count: Int { keys.count }

    /// The key of row `row` without its amount.
    func key(at row: Int) -> String {
        String(decoding: bytes[range(ofKey: keys[row])], as: UTF8.self)
    }

    /// The rows in `range` whose key or amount contains `needle`, already lowercased.
    func rows(matching needle: [UInt8], in range: Range<Int>, of transactions: [Transaction]) -> [Int] {
        rows(matching: needle, among: range, of: transactions)
    }

    /// Those of `candidates` (rows of this page, ascending) whose key or amount contains `needle`, already lowercased.
    func rows(matching needle: [UInt8], among candidates: some Sequence<Int>, of transactions: [Transaction]) -> [Int] {
        var found: [Int] = []
        let amounts = amountBytes.contains(all: needle)
        withMatchingKeys(needle) { keyMatches in
            for row in candidates where keyMatches(keys[row])
                || amounts && Self.amount(transactions[row]).map({ Self.contains($0, needle) }) == true {
                found.append(row)
            }
        }
        return found
    }

    /// Calls `body` with a test of whether distinct key `key` contains `needle`, each key searched once.
    private func withMatchingKeys(_ needle: [UInt8], _ body: ((Int) -> Bool) -> Void) {
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: ends.count) { matched in
            bytes.withUnsafeBufferPointer { hay in
                needle.withUnsafeBufferPointer { pin in
                    for key in 0..<ends.count {
                        let range = range(ofKey: key)
                        matched.initializeElement(at: key, to: Self.contains(hay, from: range.lowerBound,
                                                                             to: range.upperBound, pin))
                    }
                }
            }
            body { matched[$0] }
            matched.deinitialize()
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

    private static func contains(_ text: String, _ needle: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { hay in
            needle.withUnsafeBufferPointer { contains(hay, from: 0, to: hay.count, $0) }
        }
    }

    mutating func replace(at row: Int, with transaction: Transaction, in transactions: [Transaction]) {
        var updated = transactions
        updated[row] = transaction
        self = SearchIndex(updated)
    }

    private func range(ofKey key: Int) -> Range<Int> {
        (key == 0 ? 0 : Int(ends[key - 1]))..<Int(ends[key])
    }

    /// The text `/` searches besides the amount.
    static func key(_ transaction: Transaction) -> String {
        var key = ""
        // A separator no query contains keeps a match from spanning two fields.
        let separator: Character = "\u{1F}"
        if let description = transaction.description { key += description; key.append(separator) }
        if let holder = transaction.counterparty?.holderName { key += holder; key.append(separator) }
        for tag in transaction.metadata.tags ?? [] { key += tag.value; key.append(separator) }
        return key.lowercased()
    }

    /// The amount as `/` searches it, after the key.
    static func amount(_ transaction: Transaction) -> String? {
        transaction.value.map { DisplayFormat.amount($0).lowercased() }
    }
}

/// Which distinct key each row of a page has: two bytes a row, four for a page of more than 65,536 distinct keys.
private enum RowKeys: Sendable {
    case narrow([UInt16])
    case wide([UInt32])

    init(_ indexes: [Int], distinct: Int) {
        self = distinct <= Int(UInt16.max) + 1 ? .narrow(indexes.map { UInt16($0) }) : .wide(indexes.map { UInt32($0) })
    }

    var count: Int {
        switch self {
        case .narrow(let keys): keys.count
        case .wide(let keys): keys.count
        }
    }

    subscript(row: Int) -> Int {
        switch self {
        case .narrow(let keys): Int(keys[row])
        case .wide(let keys): Int(keys[row])
        }
    }
}

/// A set of bytes, one bit each.
private struct ByteSet: Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    mutating func insert(contentsOf bytes: some Sequence<UInt8>) {
        for byte in bytes {
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: words.0 |= bit
            case 1: words.1 |= bit
            case 2: words.2 |= bit
            default: words.3 |= bit
            }
        }
    }

    func contains(all bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { byte in
            let word = switch byte >> 6 {
            case 0: words.0
            case 1: words.1
            case 2: words.2
            default: words.3
            }
            return word & (UInt64(1) << UInt64(byte & 63)) != 0
        }
    }
}
