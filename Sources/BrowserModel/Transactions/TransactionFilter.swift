import Foundation

/// The `/` filter over the loaded transactions: a case-insensitive substring match against each row's
/// precomputed search key. Narrowing the text (typing one more character) searches only the previous matches.
public struct TransactionFilter: Sendable, Hashable {
    /// The text as typed.
    public internal(set) var text = ""
    /// Indexes (into the loaded transactions, ascending) of the rows that match; nil when no filter is active.
    public internal(set) var matches: [Int32]?
    /// How many loaded rows `matches` accounts for, so pages that arrive later are filtered on their own.
    var scanned = 0

    public init() {}

    public var isActive: Bool { matches != nil }

    /// Sets the filter text and recomputes the matches over `pages`.
    mutating func update(text newText: String, pages: [TransactionPage], count: Int) {
        let needle = newText.lowercased()
        let previousNeedle = text.lowercased()
        text = newText
        guard !needle.isEmpty else {
            matches = nil
            scanned = 0
            return
        }
        if let previous = matches, !previousNeedle.isEmpty, needle.contains(previousNeedle), scanned == count {
            matches = previous.filter { Self.row(Int($0), in: pages).searchKey.containsBytes(of: needle) }
        } else {
            matches = Self.scan(pages: pages, from: 0, needle: needle)
        }
        scanned = count
    }

    /// Extends the matches over rows loaded since the last scan.
    mutating func extend(pages: [TransactionPage], count: Int) {
        guard matches != nil, scanned < count else { return }
        matches! += Self.scan(pages: pages, from: scanned, needle: text.lowercased())
        scanned = count
    }

    mutating func clear() {
        self = TransactionFilter()
    }

    private static func row(_ index: Int, in pages: [TransactionPage]) -> TransactionRow {
        let limit = pages[0].limit
        return pages[index / limit].rows[index % limit]
    }

    private static func scan(pages: [TransactionPage], from start: Int, needle: String) -> [Int32] {
        var found: [Int32] = []
        for page in pages where page.offset + page.rows.count > start {
            for (i, row) in page.rows.enumerated() where page.offset + i >= start {
                if row.searchKey.containsBytes(of: needle) { found.append(Int32(page.offset + i)) }
            }
        }
        return found
    }
}

extension String {
    /// Substring search on the UTF-8 bytes. Both sides are already lowercased, so bytes decide; this is
    /// several times faster than `String.contains` over 100,000 keys.
    func containsBytes(of needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in
                guard pin.count <= hay.count else { return false }
                guard let first = pin.first else { return true }
                let last = hay.count - pin.count
                var i = 0
                while i <= last {
                    if hay[i] == first {
                        var j = 1
                        while j < pin.count, hay[i + j] == pin[j] { j += 1 }
                        if j == pin.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
