/// The cursor and scroll position of one list. Kept separate from the items so that a list of 100,000 rows
/// moves its cursor without touching (and copying) the rows.
public struct ListSelection: Sendable, Hashable {
    /// The selected row; 0 when the list is empty.
    public internal(set) var index: Int = 0
    /// The first row shown.
    public internal(set) var scroll: Int = 0
    /// How many rows the UI shows for this list; the UI reports it on every resize.
    public internal(set) var visibleRows: Int = 20

    public init() {}

    /// The rows on screen, clipped to `count`.
    public func visibleRange(count: Int) -> Range<Int> {
        let start = min(scroll, count)
        return start..<min(count, start + max(visibleRows, 1))
    }

    mutating func move(by delta: Int, count: Int) {
        select(index + delta, count: count)
    }

    mutating func select(_ row: Int, count: Int) {
        index = count == 0 ? 0 : min(max(row, 0), count - 1)
        follow(count: count)
    }

    mutating func setVisibleRows(_ rows: Int, count: Int) {
        visibleRows = max(rows, 1)
        follow(count: count)
    }

    /// Re-clamps after the list changed length, keeping the cursor on screen.
    mutating func clamp(count: Int) {
        select(index, count: count)
    }

    /// Scrolls the least needed to keep the cursor on screen, and never past the end.
    private mutating func follow(count: Int) {
        if index < scroll { scroll = index }
        if index >= scroll + visibleRows { scroll = index - visibleRows + 1 }
        scroll = max(0, min(scroll, max(0, count - visibleRows)))
    }
}
