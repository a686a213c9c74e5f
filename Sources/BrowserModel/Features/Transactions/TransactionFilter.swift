import Foundation

/// The `/` filter over the loaded transactions: a case-insensitive substring match against each row's
/// search text (`SearchIndex`: its key, then its amount). Narrowing the text (typing one more character) searches only the previous matches.
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
        let lowered = newText.lowercased()
        let previousLowered = text.lowercased()
        text = newText
        guard !lowered.isEmpty else {
            matches = nil
            scanned = 0
            return
        }
        let needle = Array(lowered.utf8)
        if let previous = matches, !previousLowered.isEmpty, scanned == count, lowered.contains(previousLowered) {
            matches = Self.narrow(previous, pages: pages, needle: needle)
        } else {
            matches = Self.scan(pages: pages, from: 0, needle: needle)
        }
        scanned = count
    }

    /// Extends the matches over rows loaded since the last scan.
    mutating func extend(pages: [TransactionPage], count: Int) {
        guard matches != nil, scanned < count else { return }
        matches! += Self.scan(pages: pages, from: scanned, needle: Array(text.lowercased().utf8))
        scanned = count
    }

    /// Adds transaction index `index` to the matches when it matches now and did not before (its text
    /// changed), returning the display row it took. A row that stops matching stays until the text changes.
    mutating func admit(_ index: Int, pages: [TransactionPage]) -> Int? {
        guard let current = matches, index < scanned, let limit = pages.first?.limit else { return nil }
        let page = pages[index / limit]
        let needle = Array(text.lowercased().utf8)
        guard !page.rows(matching: needle, among: [index - page.offset]).isEmpty else { return nil }
        var low = 0
        var high = current.count
        while low < high {
            let mid = (low + high) / 2
            if Int(current[mid]) < index { low = mid + 1 } else { high = mid }
        }
        guard low == current.count || Int(current[low]) != index else { return nil }
        matches?.insert(Int32(index), at: low)
        return low
    }

    mutating func clear() {
        self = TransactionFilter()
    }

    private static func scan(pages: [TransactionPage], from start: Int, needle: [UInt8]) -> [Int32] {
        var found: [Int32] = []
        for page in pages where page.offset + page.transactions.count > start {
            let first = max(0, start - page.offset)
            let rows = page.rows(matching: needle, in: first..<page.transactions.count)
            found += rows.lazy.map { Int32(page.offset + $0) }
        }
        return found
    }

    /// Searches only the previous matches: a longer text can only match fewer rows.
    private static func narrow(_ previous: [Int32], pages: [TransactionPage], needle: [UInt8]) -> [Int32] {
        guard let limit = pages.first?.limit else { return [] }
        var found: [Int32] = []
        var start = 0
        while start < previous.count {
            let pageIndex = Int(previous[start]) / limit
            var end = start
            while end < previous.count, Int(previous[end]) / limit == pageIndex { end += 1 }
            let page = pages[pageIndex]
            let candidates = previous[start..<end].map { Int($0) - page.offset }
            let rows = page.rows(matching: needle, among: candidates)
            found += rows.lazy.map { Int32(page.offset + $0) }
            start = end
        }
        return found
    }
}
