import BrowserModel
import CNcurses

/// The screen on the terminal; the only code that calls ncurses to draw. Each frame is drawn into a cell grid
/// and `present()` writes only the cells that differ from the frame before, so a key press sends the terminal
/// little more than what changed.
public final class CursesScreen: Screen {
    private var frame: CellGrid
    /// What the terminal shows now; nil forces a full repaint (first frame, resize, resume after Ctrl-Z).
    private var shown: CellGrid?
    private let depth: ColorDepth
    private var pairs: [PairKey: Int16] = [:]
    private var pairLimit: Int

    private struct PairKey: Hashable {
        var foreground: Int
        var background: Int
    }

    /// Takes over a terminal curses has already been started on (see `Terminal`).
    init(depth: ColorDepth) {
        self.depth = depth
        self.pairLimit = Int(bt_color_pairs())
        self.frame = CellGrid(size: CursesScreen.terminalSize())
    }

    public var size: Size { frame.size }

    /// Called at the start of each frame: follows the terminal's size and blanks the grid.
    func beginFrame() {
        let size = CursesScreen.terminalSize()
        if size != frame.size {
            frame = CellGrid(size: size)
            shown = nil
        }
    }

    /// Forgets what the terminal shows, so the next `present` repaints every cell.
    func invalidate() {
        shown = nil
    }

    public func clear(style: Style) { frame.clear(style: style) }

    @discardableResult
    public func put(_ text: SafeText, row: Int, col: Int, limit: Int, style: Style) -> Int {
        frame.put(text, row: row, col: col, limit: limit, style: style)
    }

    public func fill(row: Int, col: Int, count: Int, style: Style) {
        frame.fill(row: row, col: col, count: count, style: style)
    }

    /// Writes the changed cells and refreshes. Returns how many cells were written.
    @discardableResult
    func present() -> Int {
        if shown == nil { _ = CNcurses.clearok(bt_stdscr(), true) }
        let changed = frame.changes(from: shown)
        for (row, col) in changed {
            draw(frame[row, col], row: row, col: col)
        }
        // Keep the cursor parked in the bottom-right corner, out of the way when it cannot be hidden.
        _ = CNcurses.move(Int32(max(0, frame.size.rows - 1)), Int32(max(0, frame.size.cols - 1)))
        _ = CNcurses.refresh()
        shown = frame
        return changed.count
    }

    private func draw(_ cell: Cell, row: Int, col: Int) {
        let style = depth == .none ? cell.style.monochrome : cell.style
        var attrs = bt_a_normal()
        if style.bold { attrs |= bt_a_bold() }
        if style.dim { attrs |= bt_a_dim() }
        if style.italic { attrs |= bt_a_italic() }
        if style.underline { attrs |= bt_a_underline() }
        if style.reverse { attrs |= bt_a_reverse() }
        let pair = colorPair(for: style)
        // The bottom-right cell makes the terminal scroll on some emulators; curses reports ERR there, harmlessly.
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 6) { chars in
            var count = 0
            cell.glyph.forEachScalar { scalar in
                chars[count] = wchar_t(bitPattern: scalar)
                count += 1
            }
            chars[count] = 0
            _ = bt_put_cell(Int32(row), Int32(col), chars.baseAddress, attrs, pair)
        }
    }

    private func colorPair(for style: Style) -> Int16 {
        guard let foreground = depth.index(for: style.foreground),
              let background = depth.index(for: style.background) else { return 0 }
        if foreground == -1 && background == -1 { return 0 }
        let key = PairKey(foreground: foreground, background: background)
        if let pair = pairs[key] { return pair }
        let number = pairs.count + 1
        // Terminals with few pairs fall back to the default colours rather than failing.
        guard number < pairLimit, number < Int(Int16.max) else { return 0 }
        _ = init_pair(Int16(number), Int16(foreground), Int16(background))
        pairs[key] = Int16(number)
        return Int16(number)
    }

    static func terminalSize() -> Size {
        var rows: Int32 = 0
        var cols: Int32 = 0
        bt_getmaxyx(bt_stdscr(), &rows, &cols)
        return Size(rows: Int(max(0, rows)), cols: Int(max(0, cols)))
    }
}
