import BrowserModel

/// A grid of terminal cells that widgets draw into, through a `Canvas`. Only `CursesScreen` talks to the
/// terminal; tests draw into a `BufferScreen` and compare its text.
public protocol Screen: AnyObject {
    var size: Size { get }
    /// Blanks every cell with the given style.
    func clear(style: Style)
    /// Writes `text` from (row, col), clipped before column `limit` and the right edge; returns the column after
    /// the last cell written. Wide characters take two cells; one that would straddle the limit becomes a blank.
    /// Only safe text gets here: a screen never sees a server's raw string.
    @discardableResult
    func put(_ text: SafeText, row: Int, col: Int, limit: Int, style: Style) -> Int
    /// Blanks `count` cells of `row` from `col`, clipped to the screen: padding without a string of spaces.
    func fill(row: Int, col: Int, count: Int, style: Style)
}

extension Screen {
    public func clear() { clear(style: Style()) }

    @discardableResult
    public func put(_ text: SafeText, row: Int, col: Int, style: Style) -> Int {
        put(text, row: row, col: col, limit: size.cols, style: style)
    }
}
