/// A grid of terminal cells that widgets draw into. Only `CursesScreen` talks to the terminal; tests draw into a
/// `BufferScreen` and compare its text.
public protocol Screen: AnyObject {
    var size: Size { get }
    /// Blanks every cell with the given style.
    func clear(style: Style)
    /// Writes `text` from (row, col), clipped at the right edge; returns the column after the last cell written.
    /// Wide characters take two cells. Text must already be sanitised: a stray control character is blanked.
    @discardableResult
    func put(_ text: String, row: Int, col: Int, style: Style) -> Int
}

extension Screen {
    public func clear() { clear(style: Style()) }

    /// Fills `count` cells of one row with `character` (a narrow character).
    public func fill(row: Int, col: Int, count: Int, character: Character = " ", style: Style) {
        guard count > 0 else { return }
        put(String(repeating: String(character), count: count), row: row, col: col, style: style)
    }

    /// Fills a rectangle with blanks.
    public func fill(_ rect: Rect, style: Style) {
        for row in rect.top..<rect.bottom {
            fill(row: row, col: rect.left, count: rect.width, style: style)
        }
    }
}
