/// How many lines a scrolling view holds and how many it shows. Only the UI can measure it (the detail pane wraps
/// to its width, the key list belongs to the key map), so it reports it after layout; the model needs it to page
/// and to jump to the end.
public struct ScrollExtent: Sendable, Hashable {
    public var lines: Int
    public var rows: Int

    public init(lines: Int, rows: Int) {
        self.lines = max(0, lines)
        self.rows = max(1, rows)
    }

    /// The offset that shows the last line at the bottom.
    public var lastOffset: Int { max(0, lines - rows) }
}
