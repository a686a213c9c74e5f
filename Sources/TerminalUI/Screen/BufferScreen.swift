import BrowserModel

/// An in-memory screen for tests: render into it, then compare `text()` with a golden file.
public final class BufferScreen: Screen {
    public private(set) var grid: CellGrid

    public init(rows: Int, cols: Int) {
        grid = CellGrid(size: Size(rows: rows, cols: cols))
    }

    public var size: Size { grid.size }

    public func clear(style: Style) { grid.clear(style: style) }

    @discardableResult
    public func put(_ text: SafeText, row: Int, col: Int, limit: Int, style: Style) -> Int {
        grid.put(text, row: row, col: col, limit: limit, style: style)
    }

    public func fill(row: Int, col: Int, count: Int, style: Style) {
        grid.fill(row: row, col: col, count: count, style: style)
    }

    /// Each row's text with trailing spaces trimmed, rows joined by newlines.
    public func text() -> String { grid.text() }

    /// The style of one cell, for tests that check colour roles.
    public func style(row: Int, col: Int) -> Style { grid[row, col].style }
}
